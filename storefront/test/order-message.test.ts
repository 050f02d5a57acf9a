import { describe, expect, it } from 'vitest';
import type { OrderView } from '../shared/types/commerce';
import { orderWhatsappText } from '../shared/utils/order-message';

const order = (over: Partial<OrderView> = {}): OrderView => ({
  id: 'order_01ABCDEFGHJKMNPQRSTVWXYZ01',
  displayId: '12',
  status: 'pending',
  paymentStatus: 'authorized',
  fulfillmentStatus: 'not_fulfilled',
  createdAt: '2026-12-03T10:00:00Z',
  email: 'siti@contoh.id',
  phone: null,
  salesChannelId: 'sc_1',
  paymentMethod: 'cod',
  paymentInstructions: null,
  pickup: false,
  lines: [
    {
      id: 'l1',
      title: 'Kendi Gerabah',
      quantity: 2,
      unitPrice: 15000,
      total: 30000,
    } as OrderView['lines'][number],
    {
      id: 'l2',
      title: 'Kopi Wanayasa 250 g',
      quantity: 1,
      unitPrice: 45000,
      total: 45000,
    } as OrderView['lines'][number],
  ],
  subtotal: 75000,
  shipping: 10000,
  total: 85000,
  ...over,
});

describe('the WhatsApp message about an order', () => {
  it('names the short number, the village, every line, delivery and the total in rupiah', () => {
    expect(orderWhatsappText(order(), 'Anjun')).toBe(
      [
        'Halo, saya memesan #12 di Lapak Desa Anjun:',
        '- 2 × Kendi Gerabah: Rp 30.000',
        '- 1 × Kopi Wanayasa 250 g: Rp 45.000',
        'Ongkos kirim: Rp 10.000',
        'Total: Rp 85.000',
      ].join('\n'),
    );
  });

  it('says pickup instead of a courier fee, and falls back to the id without a number', () => {
    const text = orderWhatsappText(order({ pickup: true, displayId: '' }), null);
    expect(text.split('\n')[0]).toBe('Halo, saya memesan order_01ABCDEFGHJKMNPQRSTVWXYZ01:');
    expect(text).toContain('Diambil sendiri di desa.');
    expect(text).not.toContain('Ongkos kirim');
  });
});
