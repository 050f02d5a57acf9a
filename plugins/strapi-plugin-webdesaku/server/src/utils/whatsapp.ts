/**
 * Indonesian mobile numbers arrive as 0812..., 62812..., +62 812-... or with spaces.
 * We store one form, +62..., so wa.me links and Medusa get the same number.
 */
export const normalizeWhatsapp = (raw: string): string | null => {
  const compact = raw.replace(/[\s\-().]/g, '');
  let digits: string;
  if (compact.startsWith('+62')) digits = compact.slice(3);
  else if (compact.startsWith('62')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = compact.slice(1);
  else return null;
  if (!/^8\d{7,12}$/.test(digits)) return null;
  return `+62${digits}`;
};

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
