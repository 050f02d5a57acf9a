import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, defineEventHandler, getQuery, toNodeListener } from 'h3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { medusaClient } from '../server/utils/medusa';

// A stand-in for Medusa's /store/products that behaves like Medusa 2.21 does for ?handle=null:
// the query value becomes a typed null, the filter matches anything, and the first product comes back.
let server: Server;
let base: string;
const GUCI = { id: 'prod_1', handle: 'guci-gerabah', title: 'Guci Gerabah', variants: [] };

beforeAll(async () => {
  const app = createApp();
  app.use(
    '/store/regions',
    defineEventHandler(() => ({ regions: [{ id: 'reg_id', currency_code: 'idr' }] })),
  );
  app.use(
    '/store/products',
    defineEventHandler((event) => {
      const handle = String(getQuery(event).handle);
      const loose = ['null', 'true', 'false'].includes(handle) || /^\d/.test(handle);
      return { products: loose || handle === GUCI.handle ? [GUCI] : [] };
    }),
  );
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('product by handle', () => {
  it('given a handle Medusa reads as a typed value (null, 1e309), then no product (a 404 page), not the first one', async () => {
    const medusa = medusaClient(base);
    expect(await medusa.product('pk_anjun', 'anjun', 'null')).toBeNull();
    expect(await medusa.product('pk_anjun', 'anjun', '1e309')).toBeNull();
  });

  it('given the real handle, then that product', async () => {
    const medusa = medusaClient(base);
    expect(await medusa.product('pk_anjun', 'anjun', 'guci-gerabah')).toMatchObject({
      handle: 'guci-gerabah',
    });
  });
});
