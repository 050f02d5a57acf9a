import type { H3Event } from 'h3';
import { createError, getHeader, readBody, sendRedirect } from 'h3';
import { readBodyWithin } from './body-limit';

const MAX_FORM_BYTES = 32 * 1024;

/** A posted HTML form (or JSON), as flat strings; oversized bodies (even chunked ones) are refused with 413. */
export async function readForm(event: H3Event): Promise<Record<string, string>> {
  // h3's readBody reads everything it is sent; hand it a body already read within the limit.
  event._requestBody = Uint8Array.from(await readBodyWithin(event, MAX_FORM_BYTES));
  let body: unknown;
  try {
    body = await readBody(event);
  } catch {
    throw createError({ statusCode: 400, statusMessage: 'Data formulir tidak dapat dibaca' });
  }
  if (!body || typeof body !== 'object') return {};
  return Object.fromEntries(
    Object.entries(body as Record<string, unknown>)
      .map(([k, v]) => [k, Array.isArray(v) ? v[0] : v] as const)
      .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
      .map(([k, v]) => [k, String(v).slice(0, 2000)]),
  );
}

export function localePrefix(locale: unknown): string {
  return locale === 'en' ? '/en' : '';
}

/** Browsers posting a form get a 303 to the next page; scripts asking for JSON get JSON. */
export function formResponse(event: H3Event, location: string, json: Record<string, unknown>) {
  if ((getHeader(event, 'accept') ?? '').includes('application/json')) return json;
  return sendRedirect(event, location, 303);
}
