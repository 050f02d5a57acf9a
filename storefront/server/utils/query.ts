import { stripControl } from '#shared/utils/text';

/** Page numbers from the query string: anything odd becomes 1, and there is an upper bound. */
export function pageParam(value: unknown, max = 500): number {
  const page = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(page) && page >= 1 ? Math.min(page, max) : 1;
}

/** Free text from the query string: one value, control characters (NUL breaks PostgreSQL) removed, bounded. */
export function textParam(value: unknown, maxLength = 100): string {
  const text = Array.isArray(value) ? value[0] : value;
  return typeof text === 'string' ? stripControl(text).trim().slice(0, maxLength) : '';
}
