import { describe, expect, it } from 'vitest';
import type { H3Event } from 'h3';
import { pageCacheRequest } from '../server/utils/page-cache-request';
import { pageCacheRule } from '../server/utils/page-cache-rules';

describe('whole-page cache rules', () => {
  it('given a village page or sub-page in either language, then it is cached under the village and product tags', () => {
    expect(pageCacheRule('/desa/anjun')).toEqual({
      key: 'page:/desa/anjun',
      tags: ['village:anjun', 'products:anjun', 'news'],
      renderPath: '/desa/anjun',
    });
    expect(pageCacheRule('/en/desa/anjun/berita/festival')?.tags).toEqual([
      'village:anjun',
      'products:anjun',
      'news',
    ]);
  });

  it('given the portal or a district, then their broad tags are used', () => {
    expect(pageCacheRule('/')?.tags).toContain('portal');
    expect(pageCacheRule('/en')?.key).toBe('page:/en');
    expect(pageCacheRule('/kecamatan/plered')?.tags).toEqual([
      'district:plered',
      'village',
      'news',
      'products',
    ]);
  });

  it('given list parameters, then only page/sort/category make the key (tracking params do not split the cache)', () => {
    expect(pageCacheRule('/desa/anjun/lapak?sort=price_asc&utm_source=wa&page=2')?.key).toBe(
      'page:/desa/anjun/lapak?page=2&sort=price_asc',
    );
  });

  it('given extra parameters, then the shared page is rendered without them (no cache poisoning)', () => {
    const rule = pageCacheRule('/desa/anjun/lapak?utm_source=%22%3E%3Cscript%3E&page=2&x=1');
    expect(rule?.renderPath).toBe('/desa/anjun/lapak?page=2');
    expect(pageCacheRule('/desa/anjun/?utm=1')?.renderPath).toBe('/desa/anjun');
    expect(pageCacheRule('/desa/anjun/lapak?sort=a%26x%3D1')?.renderPath).toBe('/desa/anjun/lapak');
  });

  it('given the same page asked in odd ways, then it is one cache entry (no flooding by variants)', () => {
    for (const path of [
      '/lapak?page=01',
      '/lapak?page=abc',
      '/lapak?min_price=abc1',
      '/lapak?sort=acak',
      '/lapak?in_stock=ya',
    ]) {
      expect(pageCacheRule(path)?.key, path).toBe('page:/lapak');
    }
    expect(pageCacheRule('/lapak?min_price=15.000')?.key).toBe('page:/lapak?min_price=15000');
    expect(pageCacheRule(`/lapak?district=${'a'.repeat(101)}`)?.key).toBe('page:/lapak');
  });

  it('given personal or one-off pages, then they are never cached', () => {
    for (const path of [
      '/keranjang',
      '/checkout/anjun',
      '/pesanan/order_1',
      '/cari?q=kopi',
      '/desa/anjun/lapak/kendi?galat=stock',
      '/api/villages/anjun',
      '/desa/ANJUN',
    ]) {
      expect(pageCacheRule(path)).toBeNull();
    }
  });

  it('given a slug longer than any village may have, then the page is rendered (a 404), never cached', () => {
    expect(pageCacheRule(`/desa/${'a'.repeat(100)}`)?.key).toBe(`page:/desa/${'a'.repeat(100)}`);
    expect(pageCacheRule(`/desa/${'a'.repeat(101)}`)).toBeNull();
    expect(pageCacheRule(`/kecamatan/${'a'.repeat(101)}`)).toBeNull();
  });
});

describe("a visitor's request to the page cache", () => {
  const visit = (path: string, headers: Record<string, string> = {}) =>
    pageCacheRequest({ method: 'GET', path, node: { req: { headers } } } as unknown as H3Event);

  it('decodes the path as the app does: a percent-encoded letter is the same page', () => {
    expect(visit('/desa/an%6Aun/profil')?.key).toBe('page:/desa/anjun/profil');
  });

  it('decodes the query once only: an encoded "&" stays inside its parameter', () => {
    // category "kopi&page=3" is no category (the page ignores it): page 1 of /lapak, not page 3
    expect(visit('/desa/an%6Aun/lapak?category=kopi%26page%3D3')?.key).toBe('page:/desa/anjun/lapak');
    expect(visit('/desa/anjun%3Fx')).toBeNull();
  });

  it('never answers the renderer itself, nor a form post', () => {
    expect(visit('/desa/anjun')).not.toBeNull();
    expect(
      pageCacheRequest({
        method: 'POST',
        path: '/desa/anjun',
        node: { req: { headers: {} } },
      } as unknown as H3Event),
    ).toBeNull();
  });
});
