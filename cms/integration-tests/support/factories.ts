/** Small fixtures built through the document service (no admin request: unscoped). */
import type { Core } from '@strapi/strapi';

let n = 0;
const next = () => `${Date.now().toString(36)}${(n++).toString(36)}`;
const U = (name: string) => `plugin::webdesaku.${name}` as any;
export const paragraph = (text: string) => [{ type: 'paragraph', children: [{ type: 'text', text }] }];

export const makeVillage = async (strapi: Core.Strapi, overrides: Record<string, unknown> = {}) => {
  const id = next();
  return strapi.documents(U('village')).create({
    data: {
      name: `Desa ${id}`,
      slug: `desa-${id}`,
      whatsapp: '081234567890',
      population: 1000,
      ...overrides,
    },
  } as any) as Promise<any>;
};

export const makeArticle = async (
  strapi: Core.Strapi,
  village: { documentId: string } | null,
  overrides: Record<string, unknown> = {},
  status: 'published' | 'draft' = 'published',
) => {
  const id = next();
  return strapi.documents(U('article')).create({
    locale: 'id',
    status,
    data: {
      title: `Berita ${id}`,
      slug: `berita-${id}`,
      body: paragraph('Isi berita.'),
      village: village?.documentId ?? null,
      ...overrides,
    },
  } as any) as Promise<any>;
};

export const make = async (
  strapi: Core.Strapi,
  name: string,
  data: Record<string, unknown>,
  params: Record<string, unknown> = {},
) => strapi.documents(U(name)).create({ data, ...params } as any) as Promise<any>;

export const PASSWORD = 'Rahasia123!';

/** An admin user; `role` is "editor" (Editor desa, linked to `village`) or "super". */
export const makeAdmin = async (
  strapi: Core.Strapi,
  role: 'editor' | 'super',
  village?: { documentId: string },
) => {
  const roleRow =
    role === 'super'
      ? await strapi.service('admin::role').getSuperAdmin()
      : await strapi.db.query('admin::role').findOne({ where: { code: 'webdesaku-editor-desa' } });
  const email = `${role}.${next()}@test.webdesaku.id`;
  const user = await strapi.service('admin::user').create({
    email,
    firstname: role,
    lastname: 'Uji',
    password: PASSWORD,
    isActive: true,
    registrationToken: null,
    roles: [roleRow.id],
  });
  if (village) {
    await strapi.db
      .query(U('village'))
      .update({ where: { documentId: village.documentId }, data: { editors: { connect: [user.id] } } });
  }
  return { ...user, email };
};

/** The smallest valid data of each village-owned type (unique fields made unique). */
export const minimalData = (name: string): Record<string, unknown> => {
  const id = next();
  const title = `Uji ${name} ${id}`;
  const year = 2000 + (n % 100);
  switch (name) {
    case 'official':
      return { name: title, position: 'Kaur' };
    case 'article':
      return { title, slug: `uji-${id}`, body: paragraph('Isi.') };
    case 'announcement':
      return { title, validFrom: '2030-01-01' };
    case 'event':
      return { title, startsAt: '2030-01-01T01:00:00.000Z' };
    case 'potential':
      return { title, category: 'agro' };
    case 'statistic':
      return { year, populationMale: 1, populationFemale: 1 };
    case 'budget':
      return { year, lineItems: [] };
    case 'service':
      return { name: title };
    default:
      return { title };
  }
};

const LOCALIZED = new Set(['article', 'announcement', 'event', 'potential', 'service']);
export const localeOf = (name: string) => (LOCALIZED.has(name) ? 'id' : undefined);

/** An entry of `name` in `village` through the document service (unscoped), as a draft or published. */
export const makeEntry = async (
  strapi: Core.Strapi,
  name: string,
  village: { documentId: string },
  status: 'draft' | 'published' = 'draft',
) =>
  strapi.documents(U(name)).create({
    data: { ...minimalData(name), village: village.documentId },
    locale: localeOf(name),
    status,
  } as any) as Promise<any>;
