import { whatsappNumber } from '@webdesaku/contracts';
// One formatter per kind, shared by pages and server (sitemap, JSON-LD, WhatsApp text).
const rupiah = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0, minimumFractionDigits: 0 });

/** 15000 → "Rp 15.000". Medusa stores IDR in whole rupiah; a plain space keeps copy/paste simple. */
export function formatRupiah(amount: number | null | undefined): string {
  if (amount === null || amount === undefined || !Number.isFinite(amount)) return '–';
  const sign = amount < 0 ? '-' : '';
  return `${sign}Rp ${rupiah.format(Math.round(Math.abs(amount)))}`;
}

const long: Intl.DateTimeFormatOptions = {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Asia/Jakarta',
};
const dateFormats: Record<'long' | 'short' | 'time', Intl.DateTimeFormatOptions> = {
  long,
  short: { ...long, month: 'short' },
  time: { ...long, hour: '2-digit', minute: '2-digit' },
};

// Creating an Intl.DateTimeFormat costs far more than using one (a village page formats a date
// per article and event), so each locale × style is made once.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();
function dateFormatter(locale: string, style: keyof typeof dateFormats): Intl.DateTimeFormat {
  const tag = locale === 'en' ? 'en-GB' : 'id-ID';
  const key = `${tag}:${style}`;
  let formatter = dateFormatters.get(key);
  if (!formatter) dateFormatters.set(key, (formatter = new Intl.DateTimeFormat(tag, dateFormats[style])));
  return formatter;
}

/** ISO date → "27 November 2026" (id-ID, Asia/Jakarta); empty string for missing/invalid input. */
export function formatDate(
  iso: string | null | undefined,
  locale = 'id',
  style: 'long' | 'short' = 'long',
): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(locale, style).format(date);
}

export function formatDateTime(iso: string | null | undefined, locale = 'id'): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return dateFormatter(locale, 'time').format(date);
}

export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  return rupiah.format(value);
}

export function waLink(phone: string | null | undefined, text: string): string | null {
  const number = whatsappNumber(phone);
  return number ? `https://wa.me/${number}?text=${encodeURIComponent(text)}` : null;
}
