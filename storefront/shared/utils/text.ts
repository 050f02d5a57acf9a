/** Replaces control characters (NUL breaks PostgreSQL, others break logs) with spaces; newlines may stay. */
export function stripControl(text: string, keepNewlines = false): string {
  let out = '';
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    const control = code < 32 || code === 127;
    out += control && !(keepNewlines && ch === '\n') ? ' ' : ch;
  }
  return out;
}
