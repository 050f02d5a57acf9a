import type { NotificationContent } from '@medusajs/framework/types';
import { formatRupiah } from './rupiah';

export type PlacedOrder = {
  id: string;
  display_id: number;
  total: number;
  email: string | null;
  /** the phone given at checkout (shipping address) */
  phone: string | null;
  items: { title: string; quantity: number; total: number }[];
  village: { name: string; slug: string; whatsapp: string | null };
  /** Why the seller rejected the shopper's proof of payment, when they did. */
  proof_rejection?: string | null;
  /** The chosen delivery ("Kurir desa") and the parcels' tracking numbers (resi), once shipped. */
  delivery?: string | null;
  tracking_numbers?: string[];
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function lines(order: PlacedOrder): string[] {
  return order.items.map((item) => `${item.quantity} × ${item.title}: ${formatRupiah(item.total)}`);
}

function render(
  subject: string,
  paragraphs: string[],
  list: string[],
  link: { href: string; label: string },
) {
  const text = [...paragraphs, '', ...list, '', `${link.label}: ${link.href}`].join('\n');
  const html =
    paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('') +
    `<ul>${list.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>` +
    `<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`;
  return { subject, text, html } satisfies NotificationContent;
}

/** To the shopper, in Bahasa Indonesia: what was ordered, what to pay, where to follow it. */
export function shopperOrderEmail(order: PlacedOrder, orderUrl: string): NotificationContent {
  return render(
    `Pesanan #${order.display_id} di Lapak Desa ${order.village.name} diterima`,
    [
      `Terima kasih, pesanan #${order.display_id} Anda di Lapak Desa ${order.village.name} sudah kami terima.`,
      `Total: ${formatRupiah(order.total)}. Penjual desa akan menghubungi Anda.`,
    ],
    lines(order),
    { href: orderUrl, label: 'Lihat pesanan' },
  );
}

/** To each seller of the village: a new order to pack, with the link into the dashboard. */
export function sellerOrderEmail(order: PlacedOrder, dashboardUrl: string): NotificationContent {
  return render(
    `Pesanan baru #${order.display_id}: ${formatRupiah(order.total)}`,
    [
      `Ada pesanan baru #${order.display_id} di Lapak Desa ${order.village.name}.`,
      `Total: ${formatRupiah(order.total)}.`,
    ],
    lines(order),
    { href: `${dashboardUrl}/orders/${order.id}`, label: 'Buka pesanan di dasbor' },
  );
}

/** To the shopper when the order is canceled (unpaid in time, by the seller, or by themselves). */
export function shopperCanceledEmail(order: PlacedOrder, orderUrl: string): NotificationContent {
  return render(
    `Pesanan #${order.display_id} di Lapak Desa ${order.village.name} dibatalkan`,
    [
      `Pesanan #${order.display_id} Anda di Lapak Desa ${order.village.name} dibatalkan.`,
      'Bila pembayaran transfer/QRIS belum diterima dalam batas waktu, pesanan dibatalkan otomatis dan stok dikembalikan. Silakan pesan kembali bila masih berminat.',
    ],
    lines(order),
    { href: orderUrl, label: 'Lihat pesanan' },
  );
}

/** To each seller when one of the village's orders is canceled. */
export function sellerCanceledEmail(order: PlacedOrder, dashboardUrl: string): NotificationContent {
  return render(
    `Pesanan #${order.display_id} dibatalkan`,
    [
      `Pesanan #${order.display_id} di Lapak Desa ${order.village.name} dibatalkan; stoknya kembali tersedia.`,
    ],
    lines(order),
    { href: `${dashboardUrl}/orders/${order.id}`, label: 'Buka pesanan di dasbor' },
  );
}

/** To each seller: a shopper sent the photo of their transfer/QRIS payment, to check and confirm. */
export function sellerProofEmail(order: PlacedOrder, dashboardUrl: string): NotificationContent {
  return render(
    `Bukti pembayaran pesanan #${order.display_id}: ${formatRupiah(order.total)}`,
    [
      `Pembeli mengirim bukti pembayaran untuk pesanan #${order.display_id} di Lapak Desa ${order.village.name}.`,
      `Periksa apakah ${formatRupiah(order.total)} sudah masuk, lalu konfirmasi pembayaran atau tolak dengan alasan.`,
    ],
    lines(order),
    { href: `${dashboardUrl}/orders/${order.id}`, label: 'Periksa bukti di dasbor' },
  );
}

/** To the shopper: the seller found no payment behind the proof, and says why. */
export function shopperProofRejectedEmail(order: PlacedOrder, orderUrl: string): NotificationContent {
  return render(
    `Bukti pembayaran pesanan #${order.display_id} ditolak`,
    [
      `Penjual Lapak Desa ${order.village.name} belum dapat menerima bukti pembayaran pesanan #${order.display_id}.`,
      `Alasan: ${order.proof_rejection ?? '-'}`,
      `Silakan periksa pembayaran ${formatRupiah(order.total)} lalu kirim bukti yang benar di halaman pesanan.`,
    ],
    lines(order),
    { href: orderUrl, label: 'Kirim bukti lagi' },
  );
}

/** To the shopper: the seller confirmed the money. */
export function shopperPaidEmail(order: PlacedOrder, orderUrl: string): NotificationContent {
  return render(
    `Pembayaran pesanan #${order.display_id} diterima`,
    [
      `Penjual Lapak Desa ${order.village.name} sudah menerima pembayaran ${formatRupiah(order.total)} untuk pesanan #${order.display_id}. Terima kasih.`,
    ],
    lines(order),
    { href: orderUrl, label: 'Lihat pesanan' },
  );
}

/** To the shopper: the parcel left, with the courier and the tracking number (resi) when there is one. */
export function shopperShippedEmail(order: PlacedOrder, orderUrl: string): NotificationContent {
  const resi = order.tracking_numbers?.length ? `, nomor resi ${order.tracking_numbers.join(', ')}` : '';
  return render(
    `Pesanan #${order.display_id} dikirim${resi ? ` (resi ${order.tracking_numbers!.join(', ')})` : ''}`,
    [
      `Pesanan #${order.display_id} dari Lapak Desa ${order.village.name} sudah dikirim${order.delivery ? ` lewat ${order.delivery}` : ''}${resi}.`,
    ],
    lines(order),
    { href: orderUrl, label: 'Lacak pesanan' },
  );
}
