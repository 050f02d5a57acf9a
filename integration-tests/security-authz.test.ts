import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, type Stack } from './stack';
import { medusaAdmin, strapiAdmin, type AdminClient } from './helpers/admin';
import { anonymous } from './helpers/anonymous';
import { editorOf, PASSWORD, REGENCY_ADMIN, sellerOf, VILLAGE_A, VILLAGE_B } from './helpers/demo';
import { request } from './helpers/http';
import { expected, type Actor, type Cell, type Clients } from './helpers/matrix';
import { matrixCells } from './helpers/matrix-cells';
import { freshArticle, villageFixtures, type VillageFixtures } from './helpers/matrix-fixtures';

let stack: Stack;
let clients: Record<Actor, Clients>;
let cells: Cell[];
let a: VillageFixtures;
let regency: Clients;

beforeAll(async () => {
  stack = await bootStack();
  const { urls } = stack.config;
  regency = {
    strapi: await strapiAdmin(urls.cms, REGENCY_ADMIN, PASSWORD),
    medusa: await medusaAdmin(urls.commerce, REGENCY_ADMIN, PASSWORD),
  };
  // Accounts exist only where the role works: editors in Strapi, sellers in Medusa.
  clients = {
    public: { strapi: anonymous(urls.cms), medusa: anonymous(urls.commerce) },
    editorA: {
      strapi: await strapiAdmin(urls.cms, editorOf(VILLAGE_A), PASSWORD),
      medusa: anonymous(urls.commerce),
    },
    sellerA: {
      strapi: anonymous(urls.cms),
      medusa: await medusaAdmin(urls.commerce, sellerOf(VILLAGE_A), PASSWORD),
    },
    regency,
  };
  a = await villageFixtures(urls, regency.strapi, regency.medusa, VILLAGE_A);
  const b = await villageFixtures(urls, regency.strapi, regency.medusa, VILLAGE_B);
  const store = (await regency.medusa.call('GET', '/admin/stores')).json.stores[0];
  const roles = (await regency.strapi.call('GET', '/admin/roles')).json.data as {
    id: number;
    code: string;
  }[];
  const roleId = roles.find((r) => r.code !== 'strapi-super-admin')!.id;
  cells = matrixCells(a, b, regency, { storeId: store.id, storeName: store.name, roleId });
});

afterAll(async () => {
  await stack?.stop();
});

/** Runs every cell for one actor; returns the cells whose outcome differs from the rule. */
async function surprises(actor: Actor) {
  const found: string[] = [];
  for (const cell of cells) {
    const client: AdminClient = clients[actor][cell.backend];
    const want = expected(actor, cell);
    const { outcome, status } = await cell.run(client);
    if (outcome !== want)
      found.push(`${actor} ${cell.action} of ${cell.owner}: ${outcome} (${status}), expected ${want}`);
  }
  return found;
}

// Order matters: the narrower actors go first, so their refused writes are checked on untouched data.
describe.each(['public', 'editorA', 'sellerA', 'regency'] as const)('authorization matrix: %s', (actor) => {
  it('every cell (Strapi content, Medusa products/inventory/orders/customers/settings × A, B) is as expected', async () => {
    // Given the actor's session; When it tries every action on A's, B's and regency-wide resources
    // Then each is allowed or refused exactly as the rule says: zero unexpected allows, zero lockouts
    expect(await surprises(actor)).toEqual([]);
  }, 600_000);
});

describe('accounts do not cross backends', () => {
  it('an editor cannot log into Medusa and a seller cannot log into Strapi', async () => {
    const { urls } = stack.config;
    const medusa = await request(`${urls.commerce}/auth/user/emailpass`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: editorOf(VILLAGE_A), password: PASSWORD }),
    });
    const strapi = await request(`${urls.cms}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: sellerOf(VILLAGE_A), password: PASSWORD }),
    });
    expect(medusa.status).toBe(401);
    expect([400, 401]).toContain(strapi.status);
  });
});

describe('the public APIs', () => {
  it('never show a draft, and never the commerce or editor fields of a village', async () => {
    // Given a draft article that was never published
    const { urls } = stack.config;
    const doc = await freshArticle(regency.strapi, a.villageDoc);
    // When the public asks for it, also asking explicitly for drafts
    for (const query of [`filters[documentId][$eq]=${doc}`, `filters[documentId][$eq]=${doc}&status=draft`]) {
      const list = await request(`${urls.cms}/api/webdesaku/articles?${query}`);
      // Then it is not there
      expect(JSON.parse(list.body).data ?? [], query).toEqual([]);
    }
    expect((await request(`${urls.cms}/api/webdesaku/articles/${doc}?status=draft`)).status).toBe(404);
    const village = await request(
      `${urls.cms}/api/webdesaku/villages?filters[slug][$eq]=${VILLAGE_A}&populate=*`,
    );
    expect(village.status).toBe(200);
    for (const field of ['salesChannelId', 'publishableKey', 'provisioningStatus', 'editors']) {
      expect(village.body).not.toContain(`"${field}"`);
    }
  });
});
