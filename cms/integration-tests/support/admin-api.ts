/** The Content Manager's HTTP API as the dashboard calls it, with a real admin JWT. */
export type Answer = { status: number; body: any };

export const login = async (baseUrl: string, email: string, password: string) => {
  const res = await fetch(`${baseUrl}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const body = await res.json();
  if (!res.ok) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(body)}`);
  return body.data.token as string;
};

export const contentManager = (baseUrl: string, token: string) => {
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const res = await fetch(`${baseUrl}/content-manager${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: res.status, body: await res.json().catch(() => null) };
  };
  const ct = (name: string) => `/collection-types/plugin::webdesaku.${name}`;
  const q = (locale?: string) => (locale ? `?locale=${locale}` : '');
  return {
    list: (name: string, locale?: string) =>
      call('GET', `${ct(name)}?page=1&pageSize=100${locale ? `&locale=${locale}` : ''}`),
    get: (name: string, id: string, locale?: string) => call('GET', `${ct(name)}/${id}${q(locale)}`),
    create: (name: string, data: unknown, locale?: string) => call('POST', `${ct(name)}${q(locale)}`, data),
    update: (name: string, id: string, data: unknown, locale?: string) =>
      call('PUT', `${ct(name)}/${id}${q(locale)}`, data),
    publish: (name: string, id: string, data: unknown = {}, locale?: string) =>
      call('POST', `${ct(name)}/${id}/actions/publish${q(locale)}`, data),
    remove: (name: string, id: string, locale?: string) => call('DELETE', `${ct(name)}/${id}${q(locale)}`),
    bulk: (
      name: string,
      action: 'bulkDelete' | 'bulkPublish' | 'bulkUnpublish',
      documentIds: string[],
      locale?: string,
    ) => call('POST', `${ct(name)}/actions/${action}${q(locale)}`, { documentIds }),
    clone: (name: string, id: string, data: unknown, locale?: string) =>
      call('POST', `${ct(name)}/clone/${id}${q(locale)}`, data),
  };
};

export const connect = (documentId: string) => ({ connect: [{ documentId }], disconnect: [] });

/** Any admin route, JSON or multipart, with a real admin JWT. */
export const adminApi = (baseUrl: string, token: string) => {
  const call = async (method: string, path: string, body?: unknown): Promise<Answer> => {
    const multipart = body instanceof FormData;
    const res = await fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${token}`,
        ...(body === undefined || multipart ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : multipart ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // server-sent events and empty answers stay text
    }
    return { status: res.status, body: parsed };
  };
  return { call };
};

/** A multipart upload form: `files` plus string fields (fileInfo is sent as JSON, as the dashboard does). */
export const uploadForm = (
  files: { bytes: Buffer; name: string; type: string }[],
  fields: Record<string, unknown> = {},
) => {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.bytes], { type: f.type }), f.name);
  for (const [k, v] of Object.entries(fields)) form.append(k, typeof v === 'string' ? v : JSON.stringify(v));
  return form;
};

/** Tiny real files: what an editor may upload and what they may not. */
export const SAMPLES = {
  png: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
    'base64',
  ),
  pdf: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  svg: Buffer.from(
    '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>',
  ),
  html: Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>'),
};
