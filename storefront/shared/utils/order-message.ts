import type { OrderView } from '../types/commerce';
import { formatRupiah } from './format';

/**
 * The WhatsApp message a shopper sends the village's seller about an order: the short number,
 * each line with its amount, delivery and the total, so the seller can act without opening
 * anything else (in Bahasa Indonesia: it is read by the seller).
 */
export function orderWhatsappText(order: OrderView, villageName: string | null): string {
  const number = order.displayId ? `#${order.displayId}` : order.id;
  return [
    `Halo, saya memesan ${number}${villageName ? ` di Lapak Desa ${villageName}` : ''}:`,
    ...order.lines.map((line) => `- ${line.quantity} × ${line.title}: ${formatRupiah(line.total)}`),
    order.pickup ? 'Diambil sendiri di desa.' : `Ongkos kirim: ${formatRupiah(order.shipping)}`,
    `Total: ${formatRupiah(order.total)}`,
  ].join('\n');
}
