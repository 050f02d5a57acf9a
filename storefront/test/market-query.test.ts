import { describe, expect, it } from 'vitest';
import { marketQueryString, parseMarketQuery } from '../shared/utils/market-query';
import { resolvePlace } from '../server/utils/market';
import { pageCacheRule } from '../server/utils/page-cache-rules';

const districts = [
  { slug: 'campaka', name: 'Campaka', villages: [{ slug: 'cijaya', name: 'Cijaya' }] },
  {
    slug: 'plered',
    name: 'Plered',
    villages: [
      { slug: 'anjun', name: 'Anjun' },
      { slug: 'citeko', name: 'Citeko' },
    ],
  },
];

describe('market filters from a URL', () => {
  it('given every filter, then each is read, prices as a shopper writes them', () => {
    const q = parseMarketQuery({
      district: 'plered',
      village: 'anjun',
      category: 'kerajinan',
      producer: 'prdc_01JF8Z6Q9M2V4N7R5T3W1XK0YB',
      min_price: '15.000',
      max_price: '200000',
      in_stock: '1',
      sort: 'price_asc',
      page: '3',
    });
    expect(q).toEqual({
      district: 'plered',
      village: 'anjun',
      category: 'kerajinan',
      producer: 'prdc_01JF8Z6Q9M2V4N7R5T3W1XK0YB',
      minPrice: 15000,
      maxPrice: 200000,
      inStock: true,
      sort: 'price_asc',
      page: 3,
    });
    expect(marketQueryString(q)).toEqual({
      district: 'plered',
      village: 'anjun',
      category: 'kerajinan',
      producer: 'prdc_01JF8Z6Q9M2V4N7R5T3W1XK0YB',
      min_price: '15000',
      max_price: '200000',
      in_stock: '1',
      sort: 'price_asc',
      page: '3',
    });
  });

  it('given mistyped or hostile values, then they are left out, never passed on', () => {
    const q = parseMarketQuery({
      district: '../etc',
      village: ['Anjun'],
      category: "x' OR 1=1",
      producer: 'a b',
      min_price: 'murah',
      max_price: '-5',
      in_stock: 'ya',
      sort: 'relevance',
      page: '0',
    });
    expect(marketQueryString(q)).toEqual({});
  });
});

describe('which villages a market query covers', () => {
  const q = parseMarketQuery({});

  it('given no place, then every village (null)', () => {
    expect(resolvePlace(districts, q).villages).toBeNull();
  });

  it('given a kecamatan, then its villages; given a desa in it, then that desa', () => {
    expect(resolvePlace(districts, { ...q, district: 'plered' }).villages).toEqual(['anjun', 'citeko']);
    expect(resolvePlace(districts, { ...q, district: 'plered', village: 'citeko' }).villages).toEqual([
      'citeko',
    ]);
    expect(resolvePlace(districts, { ...q, village: 'cijaya' }).villages).toEqual(['cijaya']);
  });

  it('given a desa outside the chosen kecamatan, then the kecamatan wins and the desa is dropped', () => {
    const resolved = resolvePlace(districts, { ...q, district: 'campaka', village: 'anjun' });
    expect(resolved.villages).toEqual(['cijaya']);
    expect(resolved.query.village).toBeNull();
  });

  it('given an unknown place, then no village at all (an empty page, not the whole regency)', () => {
    expect(resolvePlace(districts, { ...q, district: 'atlantis' }).villages).toEqual([]);
    expect(resolvePlace(districts, { ...q, village: 'atlantis' }).villages).toEqual([]);
  });
});

describe('the market page in the page cache', () => {
  it('given /lapak with filters and noise, then it is cached by its filters only, purged by products', () => {
    const rule = pageCacheRule('/en/lapak?utm_source=wa&district=plered&in_stock=1&page=2');
    expect(rule).toEqual({
      key: 'page:/en/lapak?page=2&district=plered&in_stock=1',
      tags: ['products', 'village', 'district'],
      renderPath: '/en/lapak?page=2&district=plered&in_stock=1',
    });
  });
});
