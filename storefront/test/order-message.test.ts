import { describe, expect, it } from 'vitest';
import { orderWhatsappText } from '../shared/utils/order-message';
import { orderView } from './factories';

const order = orderView;

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
