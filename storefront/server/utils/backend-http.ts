import { FetchError, ofetch } from 'ofetch';

/** A failed backend call, normalized so the merge layer can tell "not found" from "down". */
export class BackendError extends Error {
  constructor(
    readonly backend: 'strapi' | 'medusa',
    readonly status: number | null,
    message: string,
    readonly body: unknown = null,
  ) {
    super(`${backend}: ${message}`);
  }

  get notFound(): boolean {
    return this.status === 404;
  }

  /** 4xx other than 404: the backend understood and refused (e.g. out of stock) */
  get rejected(): boolean {
    return this.status !== null && this.status >= 400 && this.status < 500 && this.status !== 404;
  }
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  query?: Record<string, string | number | string[] | undefined>;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

export async function backendRequest<T>(
  backend: 'strapi' | 'medusa',
  base: string,
  path: string,
  options: RequestOptions = {},
): Promise<T> {
  try {
    return await ofetch<T>(path, {
      baseURL: base,
      method: options.method ?? 'GET',
      query: options.query,
      body: options.body as Record<string, unknown> | undefined,
      headers: { accept: 'application/json', ...options.headers },
      timeout: options.timeout ?? 8000,
      retry: 0,
    });
  } catch (error) {
    throw toBackendError(backend, error);
  }
}

/** A file a backend serves (e.g. a proof-of-payment photo): its bytes and its content type. */
export async function backendFile(
  backend: 'strapi' | 'medusa',
  base: string,
  path: string,
  headers: Record<string, string>,
): Promise<{ bytes: Buffer; contentType: string }> {
  try {
    const res = await ofetch.raw(path, {
      baseURL: base,
      headers,
      responseType: 'arrayBuffer',
      timeout: 8000,
      retry: 0,
    });
    return {
      bytes: Buffer.from(res._data as ArrayBuffer),
      contentType: res.headers.get('content-type') ?? 'application/octet-stream',
    };
  } catch (error) {
    throw toBackendError(backend, error);
  }
}

function toBackendError(backend: 'strapi' | 'medusa', error: unknown): BackendError {
  if (error instanceof FetchError) {
    const data = error.data as { message?: string; error?: { message?: string } } | undefined;
    const message = data?.error?.message ?? data?.message ?? error.message;
    return new BackendError(backend, error.statusCode ?? null, message, error.data ?? null);
  }
  return new BackendError(backend, null, String(error));
}

/** Encodes Strapi's bracket query syntax: { populate: { cover: true } } → populate[cover]=true */
export function strapiQuery(params: Record<string, unknown>, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    const name = prefix ? `${prefix}[${key}]` : key;
    if (value === undefined || value === null) continue;
    if (typeof value === 'object') Object.assign(out, strapiQuery(value as Record<string, unknown>, name));
    else out[name] = String(value);
  }
  return out;
}
