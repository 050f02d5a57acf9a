import { medusaIntegrationTestRunner } from '@medusajs/test-utils';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import sharp from 'sharp';
import { testDbName } from '../factories/db-name';
import { createVillageProduct } from '../factories/products';
import { addProducer, setProductProducer, type AdminProducer } from '../factories/producers';
import { purgeFor, storefrontStub } from '../factories/storefront-stub';
import { SYNC_SECRET } from '../factories/villages';
import { villageWorld, type VillageWorld } from '../factories/world';
import { regencyLogin, sellerLogin, statusOf, type AdminLogin } from '../factories/admin';

const storefront = storefrontStub(41000 + Math.floor(Math.random() * 8000));

type ListedProduct = { id: string; producer: { id: string } | null };

const PUBLIC_FIELDS = ['dusun', 'id', 'name', 'photo_url', 'profile', 'whatsapp'];

const photo = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#a52' } })
    .png()
    .toBuffer();

medusaIntegrationTestRunner({
  dbName: testDbName('producers'),
  env: {
    WEBDESAKU_SYNC_SECRET: SYNC_SECRET,
    STOREFRONT_URL: storefront.url,
    REVALIDATE_SECRET: 'test-revalidate-secret',
  },
  testSuite: ({ api, getContainer }) => {
    let a: VillageWorld;
    let b: VillageWorld;
    let regency: AdminLogin;
    let sellerA: AdminLogin;
    let producerA: AdminProducer;
    let producerB: AdminProducer;

    beforeAll(async () => {
      a = await villageWorld(api, getContainer(), 'anjun');
      b = await villageWorld(api, getContainer(), 'wanayasa');
      regency = await regencyLogin(api, getContainer(), 'admin@webdesaku.id');
      sellerA = await sellerLogin(api, getContainer(), regency, 'anjun');
      const sellerB = await sellerLogin(api, getContainer(), regency, 'wanayasa');
      producerA = await addProducer(api, sellerA, a.village.id, {
        name: 'Bu Siti',
        whatsapp: '0812 1111 2222',
      });
      producerB = await addProducer(api, sellerB, b.village.id, {
        name: 'Pak Ujang',
        whatsapp: '0813 3333 4444',
      });
      await setProductProducer(api, sellerB, b.productId, producerB.id);
    });

    afterAll(() => storefront.close());
    beforeEach(() => storefront.reset());

    type Answer = { status: number; data: { message?: string } & Record<string, unknown> };
    const failure = (call: Promise<Answer>) => call.catch((e: { response: Answer }) => e.response);
    const listOf = async (who: AdminLogin, villageId: string) =>
      (await api.get(`/admin/webdesaku/villages/${villageId}/producers`, who.headers)).data
        .producers as AdminProducer[];
    const producerOf = async (productId: string) =>
      (await api.get(`/admin/webdesaku/products/${productId}/producer`, regency.headers)).data.producer;
    const publicProducers = async (slug: string) =>
      (await api.get(`/webdesaku/villages/${slug}/producers`)).data.producers as Record<string, unknown>[];

    it("a seller adds, edits, photographs and removes its village's producers", async () => {
      // When Anjun's seller adds a producer, the number typed as a villager writes it
      const created = await addProducer(api, sellerA, a.village.id, {
        name: '  Mak Onah ',
        whatsapp: '0857-2000-3000',
        profile: 'Membuat gerabah sejak 1990.',
        dusun: 'Dusun Citeko',
      });
      // Then it is stored for the village, the number as WhatsApp addresses it, not yet public
      expect(created).toMatchObject({
        village_id: a.village.id,
        name: 'Mak Onah',
        whatsapp: '6285720003000',
        whatsapp_public: false,
        photo_url: null,
      });
      expect(created.id).toMatch(/^prdc_/);
      expect((await listOf(sellerA, a.village.id)).map((p) => p.name)).toEqual(['Bu Siti', 'Mak Onah']);

      // When the seller edits it and ticks the consent box
      const { data: edited } = await api.post(
        `/admin/webdesaku/producers/${created.id}`,
        { name: 'Mak Onah Rohanah', whatsapp_public: true, dusun: '' },
        sellerA.headers,
      );
      expect(edited.producer).toMatchObject({ name: 'Mak Onah Rohanah', whatsapp_public: true, dusun: null });
      expect(edited.producer.profile).toBe('Membuat gerabah sejak 1990.');

      // And uploads a photo (re-encoded, served as what it is), then removes it
      const content = (await photo()).toString('base64');
      const { data: withPhoto } = await api.post(
        `/admin/webdesaku/producers/${created.id}/photo`,
        { content },
        sellerA.headers,
      );
      expect(withPhoto.producer.photo_url).toMatch(/pelapak-[0-9a-f-]+\.png$/);
      const served = await api.get(new URL(withPhoto.producer.photo_url).pathname, {
        responseType: 'arraybuffer',
      });
      expect(served.headers['content-type']).toContain('image/png');
      const { data: noPhoto } = await api.delete(
        `/admin/webdesaku/producers/${created.id}/photo`,
        sellerA.headers,
      );
      expect(noPhoto.producer.photo_url).toBeNull();

      // And removes the producer
      const { data: deleted } = await api.delete(`/admin/webdesaku/producers/${created.id}`, sellerA.headers);
      expect(deleted).toEqual({ id: created.id, object: 'producer', deleted: true });
      expect((await listOf(sellerA, a.village.id)).map((p) => p.id)).toEqual([producerA.id]);
    });

    it("deletes a producer's old photo file when it is replaced, removed, or the producer is deleted", async () => {
      // Given a producer with a photo, served at its address
      const producer = await addProducer(api, sellerA, a.village.id, { name: 'Bu Iis' });
      const upload = async () =>
        (
          await api.post(
            `/admin/webdesaku/producers/${producer.id}/photo`,
            { content: (await photo()).toString('base64') },
            sellerA.headers,
          )
        ).data.producer.photo_url as string;
      const status = (url: string) =>
        api
          .get(new URL(url).pathname)
          .then((r) => r.status)
          .catch((e: { response: { status: number } }) => e.response.status);
      const first = await upload();
      expect(await status(first)).toBe(200);
      // When it is replaced, then the old file is gone and the new one served
      const second = await upload();
      expect(await status(second)).toBe(200);
      expect(await status(first)).toBe(404);
      // When it is removed, then its file is gone too
      await api.delete(`/admin/webdesaku/producers/${producer.id}/photo`, sellerA.headers);
      expect(await status(second)).toBe(404);
      // When a producer with a photo is deleted, then the photo goes with it
      const third = await upload();
      await api.delete(`/admin/webdesaku/producers/${producer.id}`, sellerA.headers);
      expect(await status(third)).toBe(404);
    });

    it('refuses what is not a name, a number, a short profile or a photo, naming the field', async () => {
      const url = `/admin/webdesaku/villages/${a.village.id}/producers`;
      const cases: [Record<string, unknown>, RegExp][] = [
        [{ name: '' }, /Nama pelapak/],
        [{ name: 'Bu Ani', whatsapp: 'tanya RT' }, /WhatsApp/],
        [{ name: 'Bu Ani', profile: 'x'.repeat(501) }, /Profil pelapak paling banyak 500/],
        [{ name: 'Bu Ani', whatsapp_public: 'ya' }, /whatsapp_public/],
        // A field only the route sets is not the seller's to choose.
        [{ name: 'Bu Ani', photo_url: 'https://contoh.example/foto.jpg' }, /photo_url/],
      ];
      for (const [body, message] of cases) {
        const res = await failure(api.post(url, body, sellerA.headers));
        expect(res.status, JSON.stringify(body)).toBe(400);
        expect(res.data.message, JSON.stringify(body)).toMatch(message);
      }
      // Nor is the village: naming one is refused to a seller (403), and to anyone by the validator.
      const named = { name: 'Bu Ani', village_id: a.village.id };
      expect(await statusOf(api.post(url, named, sellerA.headers))).toBe(403);
      const byRegency = await failure(api.post(url, named, regency.headers));
      expect(byRegency.status).toBe(400);
      expect(byRegency.data.message).toMatch(/village_id/);
      const html = Buffer.from('<html><script>alert(1)</script></html>').toString('base64');
      const notPhoto = await failure(
        api.post(`/admin/webdesaku/producers/${producerA.id}/photo`, { content: html }, sellerA.headers),
      );
      expect(notPhoto.status).toBe(400);
      expect(notPhoto.data.message).toContain('JPEG, PNG atau WebP');
      const malformed = await failure(setProductProducer(api, sellerA, a.productId, 'bukan-id'));
      expect(malformed.status).toBe(400);
      expect((await listOf(sellerA, a.village.id)).map((p) => p.name)).toEqual(['Bu Siti']);
    });

    describe('a seller of another village is refused on every route, by every id it names', () => {
      const content = Buffer.from('x').toString('base64');
      const cases: [string, () => [string, string, unknown?]][] = [
        ["list B's producers", () => ['get', `/admin/webdesaku/villages/${b.village.id}/producers`]],
        [
          'add a producer to B',
          () => ['post', `/admin/webdesaku/villages/${b.village.id}/producers`, { name: 'X' }],
        ],
        [
          "edit B's producer",
          () => ['post', `/admin/webdesaku/producers/${producerB.id}`, { name: 'Diambil' }],
        ],
        ["delete B's producer", () => ['delete', `/admin/webdesaku/producers/${producerB.id}`]],
        [
          "photograph B's producer",
          () => ['post', `/admin/webdesaku/producers/${producerB.id}/photo`, { content }],
        ],
        [
          "remove the photo of B's producer",
          () => ['delete', `/admin/webdesaku/producers/${producerB.id}/photo`],
        ],
        ["read B's product's producer", () => ['get', `/admin/webdesaku/products/${b.productId}/producer`]],
        [
          "name B's producer on an own product",
          () => ['post', `/admin/webdesaku/products/${a.productId}/producer`, { producer_id: producerB.id }],
        ],
        [
          "name an own producer on B's product",
          () => ['post', `/admin/webdesaku/products/${b.productId}/producer`, { producer_id: producerA.id }],
        ],
        [
          "unset B's product's producer",
          () => ['post', `/admin/webdesaku/products/${b.productId}/producer`, { producer_id: null }],
        ],
        [
          "hide B's producer in an own product's metadata",
          () => ['post', `/admin/products/${a.productId}`, { metadata: { pelapak: producerB.id } }],
        ],
      ];

      it.each(cases)('%s: 403, and nothing of B changed', async (_, call) => {
        const before = { list: await listOf(regency, b.village.id), of: await producerOf(b.productId) };
        const [method, url, body] = call();
        const send =
          method === 'get' || method === 'delete'
            ? api[method](url, sellerA.headers)
            : api.post(url, body, sellerA.headers);
        const res = await failure(send);
        expect(res.status).toBe(403);
        expect(res.data.message).toContain('bukan milik Desa Anjun');
        expect({ list: await listOf(regency, b.village.id), of: await producerOf(b.productId) }).toEqual(
          before,
        );
      });

      it('the same calls with own ids go through (positive control)', async () => {
        expect(
          await statusOf(api.get(`/admin/webdesaku/villages/${a.village.id}/producers`, sellerA.headers)),
        ).toBe(200);
        expect(await statusOf(setProductProducer(api, sellerA, a.productId, producerA.id))).toBe(200);
        expect((await producerOf(a.productId)).id).toBe(producerA.id);
        expect(
          await statusOf(api.get(`/admin/webdesaku/products/${a.productId}/producer`, sellerA.headers)),
        ).toBe(200);
        expect(await statusOf(setProductProducer(api, sellerA, a.productId, null))).toBe(200);
        expect(await producerOf(a.productId)).toBeNull();
      });

      it("a regency admin manages any village, but never names a producer on another village's product", async () => {
        const added = await addProducer(api, regency, b.village.id, { name: 'Bu Lilis' });
        expect(added.village_id).toBe(b.village.id);
        expect(await statusOf(setProductProducer(api, regency, b.productId, added.id))).toBe(200);
        const mixed = await failure(setProductProducer(api, regency, b.productId, producerA.id));
        expect(mixed.status).toBe(400);
        expect(mixed.data.message).toContain('Pelapak ini bukan dari desa');
        expect((await producerOf(b.productId)).id).toBe(added.id);
      });
    });

    it("shows a producer's number to shoppers only with its consent, and nothing private", async () => {
      // Given Bu Siti made A's product and has not agreed to show her number
      await setProductProducer(api, sellerA, a.productId, producerA.id);
      const hidden = await publicProducers('anjun');
      expect(hidden).toEqual([
        expect.objectContaining({ id: producerA.id, name: 'Bu Siti', whatsapp: null }),
      ]);
      expect(Object.keys(hidden[0]).sort()).toEqual(PUBLIC_FIELDS);
      const { data: page } = await api.get('/webdesaku/villages/anjun/products');
      expect(page.products[0].producer).toEqual({
        id: producerA.id,
        name: 'Bu Siti',
        dusun: 'Dusun Sukamaju',
        photo_url: null,
        whatsapp: null,
      });
      // When she agrees
      await api.post(
        `/admin/webdesaku/producers/${producerA.id}`,
        { whatsapp_public: true },
        sellerA.headers,
      );
      // Then her number is shown, on the list and on her product
      expect((await publicProducers('anjun'))[0].whatsapp).toBe('6281211112222');
      const { data: after } = await api.get('/webdesaku/villages/anjun/products');
      expect(after.products[0].producer.whatsapp).toBe('6281211112222');
      // And a village without an open shop lists none
      await getContainer().resolve('village').updateVillages({ id: a.village.id, status: 'pending' });
      expect(await publicProducers('anjun')).toEqual([]);
    });

    it("lists one producer's products on the village's product route", async () => {
      // Given two products of Anjun, one made by Bu Siti
      const { product: other } = await createVillageProduct(getContainer(), a.village);
      await setProductProducer(api, sellerA, a.productId, producerA.id);
      const page = async (query: string) =>
        (await api.get(`/webdesaku/villages/anjun/products${query}`)).data;
      // Then the whole list names her on hers and no one on the other
      const all = await page('');
      expect(all.count).toBe(2);
      const byId = Object.fromEntries(all.products.map((p: ListedProduct) => [p.id, p.producer?.id ?? null]));
      expect(byId).toEqual({ [a.productId]: producerA.id, [other.id]: null });
      // And filtered by her, only hers
      const hers = await page(`?producer=${producerA.id}`);
      expect(hers.products.map((p: ListedProduct) => p.id)).toEqual([a.productId]);
      expect(hers.count).toBe(1);
      // And by another village's or an unknown producer, nothing
      expect((await page(`?producer=${producerB.id}`)).products).toEqual([]);
      expect((await page('?producer=prdc_01JZZZZZZZZZZZZZZZZZZZZZZZ')).count).toBe(0);
      // And a malformed one is a 400 naming the parameter
      const bad = await failure(api.get('/webdesaku/villages/anjun/products?producer=1%20OR%201'));
      expect(bad.status).toBe(400);
      expect(bad.data.message).toContain('producer');
    });

    it('deleting a producer unlinks its products, which stay on sale', async () => {
      // Given Bu Siti made A's product
      await setProductProducer(api, sellerA, a.productId, producerA.id);
      // When she is removed
      await api.delete(`/admin/webdesaku/producers/${producerA.id}`, sellerA.headers);
      // Then the product names no producer, in the admin and in the shop, and no link is left
      expect(await producerOf(a.productId)).toBeNull();
      const { data } = await api.get('/webdesaku/villages/anjun/products');
      expect(data.products.map((p: ListedProduct) => [p.id, p.producer])).toEqual([[a.productId, null]]);
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY);
      const { data: links } = await query.graph({
        entity: 'product_producer',
        fields: ['product_id'],
        filters: { producer_id: producerA.id },
      });
      expect(links).toEqual([]);
      // And it may name another producer
      const next = await addProducer(api, sellerA, a.village.id, { name: 'Bu Euis' });
      expect(await statusOf(setProductProducer(api, sellerA, a.productId, next.id))).toBe(200);
      expect((await producerOf(a.productId)).id).toBe(next.id);
    });

    it('a product names one producer at most: naming another replaces it', async () => {
      const second = await addProducer(api, sellerA, a.village.id, { name: 'Bu Euis' });
      await setProductProducer(api, sellerA, a.productId, producerA.id);
      await setProductProducer(api, sellerA, a.productId, second.id);
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY);
      const { data: links } = await query.graph({
        entity: 'product_producer',
        fields: ['producer_id'],
        filters: { product_id: a.productId },
      });
      expect((links as { producer_id: string }[]).map((l) => l.producer_id)).toEqual([second.id]);
    });

    it("purges the village's pages and product pages when its producers change", async () => {
      await api.post(
        `/admin/webdesaku/producers/${producerA.id}`,
        { name: 'Bu Siti Aminah' },
        sellerA.headers,
      );
      const purge = await purgeFor(storefront.purges, 'village:anjun');
      expect(purge.tags).toEqual(['village:anjun', 'products:anjun']);
      storefront.reset();
      await setProductProducer(api, sellerA, a.productId, producerA.id);
      await purgeFor(storefront.purges, 'products:anjun');
    });
  },
});
