import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootStack, type Stack } from './stack';
import { VILLAGE_A } from './helpers/demo';
import { fuzzCases } from './helpers/fuzz';
import { postJson, request, STACK_TRACE, unexpected, type Answer } from './helpers/http';
import { BAD_IDS, fuzzPaths, MEDUSA_UNKNOWN, STOREFRONT_UNKNOWN, STRAPI_UNKNOWN } from './helpers/routes';

const SYNC = { authorization: `Bearer ${process.env.WEBDESAKU_SYNC_SECRET ?? 'dev-sync-secret'}` };
const REVALIDATE = { 'x-webdesaku-secret': process.env.REVALIDATE_SECRET ?? 'dev-revalidate-secret' };
const BIG = 'x'.repeat(3 * 1024 * 1024);

let stack: Stack;
let urls: Stack['config']['urls'];

beforeAll(async () => {
  stack = await bootStack();
  urls = stack.config.urls;
});

afterAll(async () => {
  await stack?.stop();
});

async function publishableKey(): Promise<string> {
  const shop = await request(`${urls.commerce}/webdesaku/villages/${VILLAGE_A}`);
  return JSON.parse(shop.body).village.publishable_key;
}

async function all(templates: string[], base: string) {
  const answers: Answer[] = [];
  for (const template of templates) {
    for (const id of BAD_IDS) answers.push(await request(base + template.replace('{x}', id)));
  }
  return answers;
}

const notFoundOrBad = (status: number) => status === 404 || status === 400;

describe('unknown and malformed slugs and ids', () => {
  it('are answered 404/400 by every storefront page and server route, without a stack trace', async () => {
    // Given a running stack; When every page and route is asked for identifiers that name nothing
    const answers = await all(STOREFRONT_UNKNOWN, urls.storefront);

    // Then each answer is a 404 or 400 and shows no internals
    expect(unexpected(answers, notFoundOrBad)).toEqual([]);
    expect(answers.filter((a) => STACK_TRACE.test(a.body)).map((a) => a.url)).toEqual([]);
  });

  it('are answered 404/400 by our Strapi routes', async () => {
    const answers = await all(STRAPI_UNKNOWN, urls.cms);
    expect(unexpected(answers, notFoundOrBad)).toEqual([]);
  });

  it('are answered 404/400 by our Medusa routes, also for a publishable key that does not exist', async () => {
    const answers = await all(MEDUSA_UNKNOWN, urls.commerce);
    for (const key of ['pk_tidak_ada', "pk_'--", '']) {
      answers.push(
        await request(`${urls.commerce}/store/webdesaku/village`, {
          headers: { 'x-publishable-api-key': key },
        }),
      );
    }
    expect(unexpected(answers, (s) => s >= 400 && s < 500)).toEqual([]);
    expect(unexpected(answers.slice(0, -3), notFoundOrBad)).toEqual([]);
  });

  it('shows the friendly Indonesian 404 page for an unknown village', async () => {
    const page = await request(`${urls.storefront}/desa/tidak-ada-desa-ini`);
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.body).toMatch(/tidak ditemukan/i);
  });
});

describe('bodies that are too large or not JSON', () => {
  it('POST /api/revalidate: malformed JSON → 400, wrong secret → 401, oversized → 413', async () => {
    const malformed = await postJson(`${urls.storefront}/api/revalidate`, '{"tags": [', REVALIDATE);
    const wrongSecret = await postJson(
      `${urls.storefront}/api/revalidate`,
      { tags: ['portal'] },
      {
        'x-webdesaku-secret': 'salah',
      },
    );
    const oversized = await postJson(`${urls.storefront}/api/revalidate`, { tags: [BIG] }, REVALIDATE);
    expect([malformed.status, wrongSecret.status, oversized.status]).toEqual([400, 401, 413]);
  });

  it('storefront cart and checkout forms: malformed JSON → 400, oversized → 413', async () => {
    const answers = [
      await postJson(`${urls.storefront}/api/cart/add`, '{"village": "'),
      await postJson(`${urls.storefront}/api/cart/add`, { village: VILLAGE_A, note: BIG }),
      await postJson(`${urls.storefront}/api/checkout/${VILLAGE_A}`, '{{'),
      await postJson(`${urls.storefront}/api/checkout/${VILLAGE_A}`, { name: BIG }),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 413, 400, 413]);
  });

  it('an oversized body sent without Content-Length (chunked) is refused with 413 too', async () => {
    // Given a client that streams the body, so the server cannot trust a length header
    // (a well-formed add-to-cart form, so its size is the only thing wrong with it)
    const form = { village: VILLAGE_A, variant: 'variant_01JZZZZZZZZZZZZZZZZZZZZZZZ', note: '' };
    const chunks = [JSON.stringify(form).slice(0, -2), BIG, '"}'];
    const body = new ReadableStream({
      pull(controller) {
        const next = chunks.shift();
        if (next === undefined) controller.close();
        else controller.enqueue(new TextEncoder().encode(next));
      },
    });
    // When it is posted to the cart
    const answer = await request(`${urls.storefront}/api/cart/add`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    // Then the storefront refuses it
    expect(answer.status).toBe(413);
  });

  it('POST /admin/webdesaku/villages (Medusa): malformed JSON → 400, bad slug → 400, oversized → 413', async () => {
    const route = `${urls.commerce}/admin/webdesaku/villages`;
    const answers = [
      await postJson(route, '{"slug": ', SYNC),
      await postJson(route, { slug: '../Anjun Baru', name: 'x' }, SYNC),
      await postJson(route, { slug: 'desa-besar', name: BIG }, SYNC),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 400, 413]);
  });

  it('Strapi admin login: malformed JSON → 400, oversized → 413', async () => {
    const answers = [
      await postJson(`${urls.cms}/admin/login`, '{"email":'),
      await postJson(`${urls.cms}/admin/login`, { email: 'a@b.id', password: BIG }),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 413]);
  });
});

describe('query-parameter fuzzing (fixed seed, loopback only)', () => {
  it('never gets a 5xx from a storefront route or one of our backend routes', async () => {
    // Given 300 reproducible requests with odd, hostile and broken query strings
    const cases = fuzzCases(fuzzPaths(urls), 300);
    const answers: Answer[] = [];
    // When they are sent one after the other
    for (const { path, query } of cases) answers.push(await request(`${path}?${query}`));
    // Then none is answered with a server error
    expect(unexpected(answers, (s) => s < 500)).toEqual([]);
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThan(30);
  }, 600_000);

  it('never gets a 5xx (or no answer) from the keyed Medusa store routes either', async () => {
    const key = await publishableKey();
    const paths = [`${urls.commerce}/store/webdesaku/village`, `${urls.commerce}/store/products`];
    const answers: Answer[] = [];
    for (const { path, query } of fuzzCases(paths, 60, 7)) {
      answers.push(await request(`${path}?${query}`, { headers: { 'x-publishable-api-key': key } }, 10_000));
    }
    expect(unexpected(answers, (s) => s > 0 && s < 500)).toEqual([]);
  }, 900_000);

  it('a repeated ?locale= on a Medusa store route is answered, not left hanging', async () => {
    // Given a client that sends the locale parameter twice (an array after parsing)
    const key = await publishableKey();
    const answers: Answer[] = [];
    for (const path of ['/store/webdesaku/village', '/store/products', '/store/regions']) {
      // When it asks a store route
      const url = `${urls.commerce}${path}?locale=id&locale=en`;
      answers.push(await request(url, { headers: { 'x-publishable-api-key': key } }, 10_000));
    }
    // Then each gets an answer below 500 within seconds (a hung request holds a socket: a cheap DoS)
    expect(unexpected(answers, (s) => s > 0 && s < 500)).toEqual([]);
  }, 120_000);
});

describe('security headers of the storefront', () => {
  it('every kind of response carries a CSP without inline scripts and the usual headers', async () => {
    // Given pages, a server route and an error page
    const paths = [
      '/',
      `/desa/${VILLAGE_A}`,
      `/desa/${VILLAGE_A}/lapak`,
      '/cari?q=gerabah',
      '/api/portal',
      '/desa/tidak-ada',
    ];
    // When each is fetched twice: a page's second answer comes from the page cache, which answers
    // before Nitro's app and its route rules (storefront/server/plugins/page-cache.ts)
    const answers = [];
    for (const path of paths) answers.push({ path, answer: await request(urls.storefront + path) });
    for (const path of paths) answers.push({ path, answer: await request(urls.storefront + path) });
    const cached = answers.filter(({ answer }) => answer.headers.get('x-page-cache') === 'HIT');
    expect(new Set(cached.map(({ path }) => path))).toEqual(
      new Set(['/', `/desa/${VILLAGE_A}`, `/desa/${VILLAGE_A}/lapak`]),
    );
    // with their length (an HTTP/1.0 proxy could not tell where a chunked-less body ends)
    for (const { path, answer } of cached)
      expect(answer.headers.get('content-length'), path).toMatch(/^\d+$/);
    for (const { path, answer } of answers) {
      const csp = answer.headers.get('content-security-policy') ?? '';
      // Then scripts are limited to our origin (or exact hashes), framing is refused, and sniffing is off
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src [^;]*'self'/);
      expect(csp, path).not.toMatch(/script-src [^;]*'unsafe-(inline|eval)'/);
      expect(csp, path).toMatch(/object-src 'none'/);
      expect(csp, path).toMatch(/frame-ancestors 'none'/);
      expect(csp, path).toMatch(/base-uri 'self'/);
      expect(answer.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(answer.headers.get('x-frame-options'), path).toBe('DENY');
      expect(answer.headers.get('referrer-policy'), path).toBeTruthy();
      expect(answer.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it("isolates the pages with a visitor's own cart or order from other windows, and only those", async () => {
    // Given the cart, an order page and checkout (both languages), and public reading pages
    const own = [
      '/keranjang',
      '/en/keranjang',
      '/pesanan',
      `/checkout/${VILLAGE_A}`,
      `/en/checkout/${VILLAGE_A}`,
    ];
    const shared = [`/desa/${VILLAGE_A}`, `/desa/${VILLAGE_A}/lapak`, '/'];
    for (const path of own) {
      // Then a visitor's own pages are cut off from any opener (COOP)
      const answer = await request(urls.storefront + path);
      expect(answer.headers.get('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(answer.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
    }
    for (const path of shared) {
      // And pages that are the same for everyone skip it (a process swap per visit, nothing to protect)
      const answer = await request(urls.storefront + path);
      expect(answer.headers.get('cross-origin-opener-policy'), path).toBeNull();
    }
  });
});

describe('rate limits', () => {
  const lookup = () =>
    request(`${urls.storefront}/api/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ?contact=a%40b.id`);

  it('order lookups by one client are limited with a clear 429, while pages keep answering', async () => {
    // Given one client guessing order ids
    const statuses: number[] = [];
    // When it asks more often than the limit allows within a minute
    for (let i = 0; i < 40; i += 1) statuses.push((await lookup()).status);
    // Then it is told to wait, and the rest of the site still answers
    expect(statuses).toContain(429);
    expect(statuses.filter((s) => s !== 429 && s !== 404)).toEqual([]);
    const limited = await lookup();
    expect(limited.body).toMatch(/tunggu|coba lagi/i);
    expect((await request(`${urls.storefront}/api/portal`)).status).toBe(200);
  });

  it('checkout completion by one client is limited with 429', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const answer = await postJson(
        `${urls.storefront}/api/checkout/${VILLAGE_A}`,
        { name: 'Bot' },
        { accept: 'application/json' },
      );
      statuses.push(answer.status);
    }
    expect(statuses).toContain(429);
  });

  it('a client cannot escape the limit by inventing X-Forwarded-For addresses', async () => {
    // Given the order lookup limit is already reached by this client (test above)
    // When it sends each further lookup with a different made-up forwarded address
    const statuses: number[] = [];
    for (let i = 0; i < 10; i += 1) {
      const answer = await request(
        `${urls.storefront}/api/orders/order_01JZZZZZZZZZZZZZZZZZZZZZZZ?contact=a%40b.id`,
        {
          headers: { 'x-forwarded-for': `203.0.113.${i + 1}` },
        },
      );
      statuses.push(answer.status);
    }
    // Then it is still limited (the storefront has no trusted proxy in front of it here)
    expect(statuses.every((s) => s === 429)).toBe(true);
  });
});
