import { createError } from 'h3';
import { BackendError } from './backend-http';

const SLUG = /^[a-z0-9][a-z0-9-]{0,99}$/;

/** Slugs and handles come from URLs: anything odd is a 404, never a backend call. */
export function requireSlug(value: unknown, what = 'Halaman'): string {
  if (typeof value !== 'string' || !SLUG.test(value)) throw notFound(what);
  return value;
}

export function notFound(what = 'Halaman'): Error {
  return createError({ statusCode: 404, statusMessage: `${what} tidak ditemukan` });
}

/** Backend failure → 404 when the backend said so, otherwise 503 with a calm message. */
export function toHttpError(error: unknown, what = 'Halaman'): Error {
  if (error instanceof BackendError && error.notFound) return notFound(what);
  if (error && typeof error === 'object' && 'statusCode' in error) return error as unknown as Error;
  console.warn(`[storefront] backend failure: ${String(error)}`);
  return createError({
    statusCode: 503,
    statusMessage: 'Layanan sedang tidak tersedia, silakan coba beberapa saat lagi',
  });
}

export function localeOf(value: unknown): 'id' | 'en' {
  return value === 'en' ? 'en' : 'id';
}
