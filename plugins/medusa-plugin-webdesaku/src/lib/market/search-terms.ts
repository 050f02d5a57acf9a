/** At most this many words of a search count: a shopper types a few, a longer text is noise. */
export const MAX_SEARCH_WORDS = 6;
const MAX_WORD_LENGTH = 30;
// A one-letter word is the prefix of almost every product: it narrows nothing and costs the most.
const MIN_WORD_LENGTH = 2;

/**
 * The words of a shopper's search, lowercased, in their order, without duplicates: runs of
 * letters and digits only, so each word can go into `to_tsquery` as a prefix (`kopi:*`) and
 * into `ILIKE` without escaping. "Gerabah, ANJUN!" and "anjun gerabah" give the same set.
 * Words of one letter are left out.
 */
export function searchTerms(text: string): string[] {
  const words =
    text
      .toLowerCase()
      .normalize('NFKC')
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  const kept = words.filter((w) => w.length >= MIN_WORD_LENGTH).map((w) => w.slice(0, MAX_WORD_LENGTH));
  return [...new Set(kept)].slice(0, MAX_SEARCH_WORDS);
}
