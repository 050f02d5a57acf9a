// Logged-in clients for the real admin APIs: Strapi's admin (Content Manager) and Medusa's admin.
import { request, type Answer } from './http';

export interface AdminClient {
  call(method: string, path: string, body?: unknown): Promise<Answer & { json: any }>;
}

function client(base: string, token: string): AdminClient {
  return {
    async call(method, path, body) {
      const answer = await request(base + path, {
        method,
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          accept: 'application/json',
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      let json: any = null;
      try {
        json = JSON.parse(answer.body);
      } catch {
        /* not JSON: keep the text */
      }
      return { ...answer, json };
    },
  };
}

export async function strapiAdmin(base: string, email: string, password: string): Promise<AdminClient> {
  const login = await request(`${base}/admin/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Strapi login of ${email} failed: ${login.status} ${login.body}`);
  return client(base, JSON.parse(login.body).data.token);
}

export async function medusaAdmin(base: string, email: string, password: string): Promise<AdminClient> {
  const login = await request(`${base}/auth/user/emailpass`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`Medusa login of ${email} failed: ${login.status} ${login.body}`);
  return client(base, JSON.parse(login.body).token);
}

/** Content Manager paths of a plugin type, e.g. cm('article') */
export const cm = (type: string) => `/content-manager/collection-types/plugin::webdesaku.${type}`;

/** The Strapi documentId of a village, from the public API. */
export async function villageDocumentId(cmsBase: string, slug: string): Promise<string> {
  const answer = await request(`${cmsBase}/api/webdesaku/villages?filters[slug][$eq]=${slug}`);
  const [village] = JSON.parse(answer.body).data;
  if (!village) throw new Error(`village ${slug} not found in Strapi`);
  return village.documentId;
}
