import { describe, expect, it } from 'vitest';
import {
  mapProductDetail,
  mapProductSummary,
  mapShippingOption,
  mapShopVillage,
} from '../server/utils/medusa-mappers';
import { shopMediaUrl } from '../server/utils/media-url';
import { medusaProduct } from './factories';

const MEDUSA = 'http://localhost:9000';

describe('Medusa product → lapak model', () => {
  it('given variants with prices, then the card shows the lowest price and in-stock when any variant is', () => {
    const card = mapProductSummary(medusaProduct(), 'anjun', MEDUSA);
    expect(card).toEqual({
      id: 'prod_01',
      handle: 'kendi-gerabah',
      title: 'Kendi Gerabah',
      thumbnail: '/media/shop/static/kendi.jpg',
      price: 15000,
      inStock: true,
      village: 'anjun',
    });
  });

  it('given every variant sold out, then the product is out of stock', () => {
    const product = medusaProduct({
      variants: [
        {
          id: 'variant_03',
          calculated_price: { calculated_amount: 5000 },
          inventory_quantity: 0,
          manage_inventory: true,
        },
      ],
    });
    expect(mapProductSummary(product, 'anjun', MEDUSA).inStock).toBe(false);
  });

  it('given unmanaged inventory or backorders, then the variant stays buyable', () => {
    const detail = mapProductDetail(
      medusaProduct({
        variants: [
          { id: 'v', manage_inventory: false, inventory_quantity: 0 },
          { id: 'w', allow_backorder: true, inventory_quantity: 0 },
        ],
      }),
      'anjun',
      MEDUSA,
    );
    expect(detail.variants.map((v) => v.inStock)).toEqual([true, true]);
    expect(detail.images).toEqual(['/media/shop/static/kendi.jpg']);
  });

  it('given shipping options by name, then "Ambil di tempat" is recognised as pickup', () => {
    expect(mapShippingOption({ id: 'so_1', name: 'Ambil di tempat', amount: 0 }).pickup).toBe(true);
    expect(mapShippingOption({ id: 'so_2', name: 'Kurir desa', amount: 10000 })).toEqual({
      id: 'so_2',
      name: 'Kurir desa',
      amount: 10000,
      pickup: false,
    });
  });

  it('given a village lookup, then only an active village with a key has a usable shop', () => {
    expect(
      mapShopVillage({ slug: 'anjun', name: 'Anjun', publishable_key: 'pk_1', status: 'active' }, MEDUSA)
        .active,
    ).toBe(true);
    expect(
      mapShopVillage({ slug: 'baru', name: 'Baru', publishable_key: null, status: 'pending' }, MEDUSA).active,
    ).toBe(false);
  });
});

describe('shopMediaUrl', () => {
  it('given Medusa local files, then they are served through /media/shop; other https URLs pass; junk is dropped', () => {
    expect(shopMediaUrl('http://localhost:9000/static/a.jpg', MEDUSA)).toBe('/media/shop/static/a.jpg');
    expect(shopMediaUrl('https://cdn.example.id/a.jpg', MEDUSA)).toBe('https://cdn.example.id/a.jpg');
    expect(shopMediaUrl('javascript:alert(1)', MEDUSA)).toBeNull();
  });
});

describe('orders', () => {
  it('given an order paid by our COD provider at pickup, then method, instructions and pickup are read from Medusa', async () => {
    const { mapOrder } = await import('../server/utils/medusa-mappers');
    const order = mapOrder(
      {
        id: 'order_1',
        display_id: 7,
        sales_channel_id: 'sc_anjun',
        shipping_address: { phone: '+6281234567890' },
        shipping_methods: [{ name: 'Ambil di tempat' }],
        payment_collections: [
          {
            payment_sessions: [
              {
                provider_id: 'pp_cod_webdesaku',
                status: 'authorized',
                data: { instructions: 'Bayar tunai.' },
              },
            ],
          },
        ],
        items: [{ id: 'l1', product_title: 'Kendi', quantity: 2, unit_price: 45000, total: 90000 }],
        total: 90000,
      },
      MEDUSA,
    );
    expect(order).toMatchObject({
      displayId: '7',
      salesChannelId: 'sc_anjun',
      paymentMethod: 'cod',
      paymentInstructions: 'Bayar tunai.',
      pickup: true,
      phone: '+6281234567890',
      total: 90000,
    });
    expect(order.lines[0]).toMatchObject({ title: 'Kendi', quantity: 2, unitPrice: 45000, total: 90000 });
  });

  it('given our progress route, then the proof, the parcels with their resi and the cancel reason are read', async () => {
    const { mapOrder } = await import('../server/utils/medusa-mappers');
    const order = mapOrder({ id: 'order_1', status: 'canceled' }, MEDUSA, {
      payment_proof: { status: 'rejected', submitted_at: '2026-12-03T11:00:00Z', reason: 'Dana belum masuk' },
      cancel_reason: 'Tidak dibayar dalam 24 jam',
      fulfillments: [
        {
          packed_at: '2026-12-03T12:00:00Z',
          shipped_at: null,
          delivered_at: null,
          tracking_numbers: ['JNE1', '', '-'],
        },
      ],
    });
    expect(order.proof).toEqual({
      status: 'rejected',
      submittedAt: '2026-12-03T11:00:00Z',
      reason: 'Dana belum masuk',
    });
    expect(order.cancelReason).toBe('Tidak dibayar dalam 24 jam');
    expect(order.shipments).toEqual([
      { packedAt: '2026-12-03T12:00:00Z', shippedAt: null, deliveredAt: null, trackingNumbers: ['JNE1'] },
    ]);
    expect(mapOrder({ id: 'order_2' }, MEDUSA, { payment_proof: { status: 'odd' } }).proof).toBeNull();
  });
});
