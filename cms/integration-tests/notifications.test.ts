/**
 * Events to the outside: the storefront's cache purge and the village shop in Medusa,
 * against a local receiver that fails first and then succeeds.
 */
import { createServer } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCms, type TestCms } from './support/cms';
import { makeArticle, makeVillage } from './support/factories';
import { startReceiver } from './support/receiver';

const REVALIDATE = '/api/revalidate';
const PROVISION = '/admin/webdesaku/villages';
let cms: TestCms;
let receiver: Awaited<ReturnType<typeof startReceiver>>;

const shopAnswer = (slug: string) => ({
  status: 200,
  body: {
    village: {
      id: `vil_${slug}`,
      slug,
      sales_channel_id: `sc_${slug}`,
      publishable_key: `pk_${slug}`,
      status: 'active',
    },
  },
});
const storedVillage = (documentId: string) =>
  cms.strapi.db.query('plugin::webdesaku.village').findOne({ where: { documentId } });

beforeAll(async () => {
  receiver = await startReceiver();
  cms = await startCms({
    WEBDESAKU_NOTIFY: 'true',
    MEDUSA_URL: receiver.url,
    STOREFRONT_URL: receiver.url,
    WEBDESAKU_SYNC_SECRET: 'sync-uji',
    REVALIDATE_SECRET: 'revalidate-uji',
    WEBDESAKU_RETRY_ATTEMPTS: '4',
    WEBDESAKU_RETRY_BASE_MS: '20',
  });
});
afterAll(async () => {
  await cms?.stop();
  await receiver?.close();
});

describe('Given the storefront is down at first', () => {
  it('When an article is published, Then the purge is retried until it arrives, with the secret and tags', async () => {
    receiver.setDefault(PROVISION, shopAnswer('x'));
    const village = await makeVillage(cms.strapi, { slug: 'desa-berita' });
    await cms.strapi.plugin('webdesaku').service('provisioning').idle();
    const before = receiver.callsTo(REVALIDATE).length;
    receiver.script(REVALIDATE, [{ status: 503 }, { status: 502 }]);
    await makeArticle(cms.strapi, village);
    await receiver.until(() =>
      receiver
        .callsTo(REVALIDATE)
        .slice(before)
        .some((c) => c.status === 200),
    );
    const calls = receiver.callsTo(REVALIDATE).slice(before);
    expect(calls.map((c) => c.status)).toEqual([503, 502, 200]);
    expect(calls[2].headers['x-webdesaku-secret']).toBe('revalidate-uji');
    expect(calls[2].body.tags).toEqual(expect.arrayContaining(['village:desa-berita', 'news', 'portal']));
  });

  it('When a draft is only saved, Then nothing is purged', async () => {
    const village = await makeVillage(cms.strapi);
    await cms.strapi.plugin('webdesaku').service('provisioning').idle();
    const before = receiver.callsTo(REVALIDATE).length;
    await makeArticle(cms.strapi, village, {}, 'draft');
    await makeArticle(cms.strapi, null); // a published one after it, as a marker
    await receiver.until(() => receiver.callsTo(REVALIDATE).length > before);
    const tags = receiver
      .callsTo(REVALIDATE)
      .slice(before)
      .flatMap((c) => c.body.tags);
    expect(tags).not.toContain(`village:${village.slug}`);
  });
});

describe('Given Medusa fails twice before answering', () => {
  it('When a village is created, Then its shop ids are stored once, without another notification loop', async () => {
    receiver.script(PROVISION, [{ status: 500 }, { status: 503 }, shopAnswer('desa-toko')]);
    const before = receiver.callsTo(PROVISION).length;
    const village = await makeVillage(cms.strapi, {
      slug: 'desa-toko',
      name: 'Desa Toko',
      whatsapp: '0812 1111 2222',
    });
    expect((await storedVillage(village.documentId)).provisioningStatus).toBe('pending');
    await cms.strapi.plugin('webdesaku').service('provisioning').idle();
    const stored = await storedVillage(village.documentId);
    expect(stored).toMatchObject({
      salesChannelId: 'sc_desa-toko',
      publishableKey: 'pk_desa-toko',
      provisioningStatus: 'active',
    });
    const calls = receiver.callsTo(PROVISION).slice(before);
    expect(calls.map((c) => c.status)).toEqual([500, 503, 200]);
    expect(calls[2].headers.authorization).toBe('Bearer sync-uji');
    expect(calls[2].body).toMatchObject({
      slug: 'desa-toko',
      name: 'Desa Toko',
      whatsapp: '+6281211112222',
      strapi_document_id: village.documentId,
    });
    // Storing the answer is not an edit: a later purge of an unrelated entry brings no new provisioning call.
    const revalidations = receiver.callsTo(REVALIDATE).length;
    await makeArticle(cms.strapi, null);
    await receiver.until(() => receiver.callsTo(REVALIDATE).length > revalidations);
    expect(receiver.callsTo(PROVISION).slice(before)).toHaveLength(3);
  });
});

describe('Given Medusa is down longer than the retries', () => {
  it('When it comes back, Then the reconcile provisions the pending village', async () => {
    receiver.setDefault(PROVISION, { status: 503 });
    const village = await makeVillage(cms.strapi, { slug: 'desa-sabar' });
    await cms.strapi.plugin('webdesaku').service('provisioning').idle();
    expect((await storedVillage(village.documentId)).provisioningStatus).toBe('pending');
    expect((await storedVillage(village.documentId)).salesChannelId).toBeNull();

    receiver.setDefault(PROVISION, shopAnswer('desa-sabar'));
    await cms.strapi.plugin('webdesaku').service('provisioning').reconcile();
    expect(await storedVillage(village.documentId)).toMatchObject({
      salesChannelId: 'sc_desa-sabar',
      provisioningStatus: 'active',
    });
  });

  it('When the CMS saves a village while Medusa hangs, Then the save does not wait for it', async () => {
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    receiver.setDefault(PROVISION, { status: 200 });
    const slow = startHangingServer(held);
    const { url } = await slow.ready;
    (cms.strapi.config.get('plugin::webdesaku') as any).medusaUrl = url;
    try {
      const village = await makeVillage(cms.strapi, { slug: 'desa-cepat' });
      expect(village.slug).toBe('desa-cepat'); // the save returned while Medusa still holds the request
      expect(slow.received()).toBeLessThanOrEqual(1);
    } finally {
      (cms.strapi.config.get('plugin::webdesaku') as any).medusaUrl = receiver.url;
      release();
      await slow.close();
    }
  });
});

/** Accepts Medusa calls and answers only once `until` resolves. */
function startHangingServer(until: Promise<void>) {
  let count = 0;
  const server = createServer(async (_req, res) => {
    count++;
    await until;
    res.writeHead(503).end();
  });
  const ready = new Promise<{ url: string }>((r) =>
    server.listen(0, '127.0.0.1', () => r({ url: `http://127.0.0.1:${(server.address() as any).port}` })),
  );
  return { ready, received: () => count, close: () => new Promise<void>((r) => server.close(() => r())) };
}
