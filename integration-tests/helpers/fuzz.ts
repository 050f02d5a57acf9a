// A bounded, reproducible query-string fuzzer: the same seed always gives the same requests.

/** mulberry32: tiny deterministic PRNG, enough to pick cases reproducibly. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Parameter names our routes read, the ones Strapi and Medusa parse specially, and nonsense.
const KEYS = [
  'q',
  'page',
  'sort',
  'order',
  'category',
  'locale',
  'limit',
  'offset',
  'contact',
  'fields',
  'expand',
  'populate',
  'populate[0]',
  'filters[slug][$eq]',
  'filters[$or][0][title][$contains]',
  'pagination[page]',
  'pagination[pageSize]',
  'pagination[limit]',
  'status',
  'publicationState',
  'handle',
  'id',
  'tahun',
  'galat',
  'baru',
  '__proto__',
  'constructor[prototype][x]',
  'a[b][c][d][e][f]',
  '',
  'x'.repeat(300),
];

// Values that have broken parsers elsewhere: types, sizes, encodings, injections.
const VALUES = [
  '',
  '-1',
  '0',
  '1e309',
  'NaN',
  '99999999999999999999',
  '1.5',
  '[]',
  '{}',
  'null',
  'true',
  "' OR 1=1 --",
  '"><script>window.__xss=1</script>',
  '../../../../etc/passwd',
  '%00',
  '%zz',
  '%E0%A4%A',
  '😀',
  'désa',
  'a'.repeat(5000),
  '$ne',
  '*',
  'title:desc',
  'title:asc,foo:desc',
  '-created_at',
  '+',
  '%2e%2e%2f',
  'javascript:alert(1)',
  '\u202e',
  '0x41',
  '2026-13-45',
  '[object Object]',
];

export interface FuzzCase {
  path: string;
  query: string;
}

function pick<T>(items: T[], next: () => number): T {
  return items[Math.floor(next() * items.length)];
}

/** Raw, partly un-encoded query strings on purpose: servers must cope with what clients really send. */
function query(next: () => number): string {
  const parts: string[] = [];
  const count = 1 + Math.floor(next() * 4);
  for (let i = 0; i < count; i += 1) {
    const key = pick(KEYS, next);
    const value = pick(VALUES, next);
    const raw = next() < 0.3;
    parts.push(raw ? `${key}=${value}` : `${encodeURIComponent(key)}=${encodeURIComponent(value)}`);
    if (next() < 0.1) parts.push(`${encodeURIComponent(key)}[]=${encodeURIComponent(value)}`);
  }
  return parts.join('&').replace(/[#\s]/g, (c) => encodeURIComponent(c));
}

export function fuzzCases(paths: string[], total: number, seed = 20261127): FuzzCase[] {
  const next = prng(seed);
  return Array.from({ length: total }, () => ({ path: pick(paths, next), query: query(next) }));
}
