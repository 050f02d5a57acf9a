import { describe, expect, it } from 'vitest';
import { BackendError } from '../server/utils/backend-http';
import { DEGRADED_MS } from '../server/utils/data-cache';
import { mergeWithLapak } from '../server/utils/merge';

const lapak = {
  available: true,
  products: [
    {
      id: 'p',
      handle: 'kendi',
      title: 'Kendi',
      thumbnail: null,
      price: 15000,
      inStock: true,
      village: 'anjun',
    },
  ],
  count: 1,
};
const info = { village: { name: 'Anjun' } };

describe('mergeWithLapak', () => {
  it('given both backends answer, then the page has the information and the products', async () => {
    const merged = await mergeWithLapak(Promise.resolve(info), Promise.resolve(lapak), () => {});
    expect(merged).toEqual({ value: { ...info, lapak } });
  });

  it('given Medusa is down, then the information still renders, the lapak is unavailable and cached briefly', async () => {
    const warnings: string[] = [];
    const merged = await mergeWithLapak(
      Promise.resolve(info),
      Promise.reject(new BackendError('medusa', null, 'ECONNREFUSED')),
      (m) => warnings.push(m),
    );
    expect(merged.value).toEqual({ ...info, lapak: { available: false, products: [], count: 0 } });
    expect(merged.maxAge).toBe(DEGRADED_MS);
    expect(warnings[0]).toContain('lapak unavailable');
  });

  it('given Strapi fails, then the merge fails (so the cache can serve the stale page) even if Medusa answered', async () => {
    await expect(
      mergeWithLapak(
        Promise.reject(new BackendError('strapi', 404, 'no village')),
        Promise.resolve(lapak),
        () => {},
      ),
    ).rejects.toMatchObject({ notFound: true });
  });

  it('given both calls, then they run in parallel (Medusa is asked before Strapi answers)', async () => {
    const order: string[] = [];
    let releaseStrapi: (v: typeof info) => void = () => {};
    const strapi = new Promise<typeof info>((resolve) => (releaseStrapi = resolve)).then(
      (v) => (order.push('strapi'), v),
    );
    const medusa = Promise.resolve(lapak).then((v) => (order.push('medusa'), v));
    const merged = mergeWithLapak(strapi, medusa, () => {});
    await medusa;
    releaseStrapi(info);
    await merged;
    expect(order).toEqual(['medusa', 'strapi']);
  });
});

describe('mergeWithLapak with an empty lapak', () => {
  it('given Medusa answers with no products, then the page is cached only briefly', async () => {
    const merged = await mergeWithLapak(
      Promise.resolve(info),
      Promise.resolve({ available: true, products: [], count: 0 }),
      () => {},
    );
    expect(merged.maxAge).toBe(DEGRADED_MS);
  });
});
