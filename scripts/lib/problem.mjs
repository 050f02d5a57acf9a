// A failure a person can act on: what is wrong in Bahasa Indonesia and English, and the command
// that fixes it, on one line. `npm start` prints its message without a stack trace.
export class Problem extends Error {}

/** @param {{ id: string, en: string, fix: string }} parts */
export function problem({ id, en, fix }) {
  return new Problem(`${id} / ${en} → ${fix}`);
}
