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
