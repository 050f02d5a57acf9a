/**
 * An Indonesian phone number as WhatsApp addresses it: digits with the country code, 62…
 * ("0812-3456-7890" and "+62 812 3456 7890" are both 6281234567890); null when it cannot be one.
 */
export function whatsappNumber(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/[^0-9]/g, '');
  const international = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^62[0-9]{8,13}$/.test(international) ? international : null;
}
