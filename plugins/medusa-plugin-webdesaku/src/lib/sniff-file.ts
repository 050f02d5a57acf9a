/** What a file's first bytes say it is (never its name or the browser's word for it). */
export type SniffedKind = { mime: string; extension: string };

const startsWith = (bytes: Buffer, signature: number[], at = 0) =>
  signature.every((byte, i) => bytes[at + i] === byte);

const ascii = (bytes: Buffer, from: number, to: number) => bytes.subarray(from, to).toString('latin1');

/** The image formats a browser shows but never runs: JPEG, PNG, GIF, WebP, AVIF. */
export function sniffImage(bytes: Buffer): SniffedKind | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { mime: 'image/jpeg', extension: 'jpg' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
    return { mime: 'image/png', extension: 'png' };
  if (['GIF87a', 'GIF89a'].includes(ascii(bytes, 0, 6))) return { mime: 'image/gif', extension: 'gif' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP')
    return { mime: 'image/webp', extension: 'webp' };
  if (ascii(bytes, 4, 8) === 'ftyp' && ['avif', 'avis'].includes(ascii(bytes, 8, 12)))
    return { mime: 'image/avif', extension: 'avif' };
  return null;
}

/**
 * A CSV (the product import): text without NUL bytes that no browser would take for markup.
 * Served as text/csv it is never run, whatever it holds.
 */
export function sniffCsv(bytes: Buffer): SniffedKind | null {
  const head = ascii(bytes, 0, 512).trimStart();
  if (bytes.includes(0) || head.startsWith('<')) return null;
  return { mime: 'text/csv', extension: 'csv' };
}
