/**
 * Indonesian mobile numbers arrive as 0812…, 62812…, +62 812-… or with spaces, dots and
 * brackets. Two forms leave our apps; each is made here only.
 */
const SEPARATORS = /[\s\-().]/g;

/**
 * The stored form of a mobile number, "+62" and the number without its leading 0 (an 8 and 8–13
 * digits), or null when it is not an Indonesian mobile number: what editors and shoppers type
 * is kept as one number, so a lookup by phone matches however it was written.
 */
export function normalizeMobilePhone(raw: string): string | null {
  const match = /^(?:\+?62|0)(8\d{7,12})$/.exec(raw.replace(SEPARATORS, ''));
  return match ? `+62${match[1]}` : null;
}

/**
 * A phone number as WhatsApp addresses it (wa.me links, the Cloud API): digits with the country
 * code, 62… ("0812-3456-7890" and "+62 812 3456 7890" are both 6281234567890); null when it
 * cannot be one.
 */
export function whatsappNumber(raw: string | null | undefined): string | null {
  const digits = (raw ?? '').replace(/\D/g, '');
  const international = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^62\d{8,13}$/.test(international) ? international : null;
}
