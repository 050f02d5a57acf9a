import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, defineEventHandler, toNodeListener } from 'h3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readForm } from '../server/utils/forms';

// A real HTTP server around readForm: chunked bodies only exist on the wire.
let server: Server;
let base: string;

beforeAll(async () => {
  const app = createApp();
  app.use(
    '/form',
    defineEventHandler(async (event) => {
      return { form: await readForm(event) };
    }),
  );
  server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Posts the pieces as a stream: fetch then sends them chunked, without Content-Length. */
function postChunked(pieces: string[]) {
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = pieces.shift();
      if (next === undefined) controller.close();
      else controller.enqueue(new TextEncoder().encode(next));
    },
  });
  return fetch(`${base}/form`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body,
    duplex: 'half',
  } as RequestInit);
}

describe('readForm body limit', () => {
  it('given a 3 MB body sent chunked (no Content-Length), then 413 before the upload even ends', async () => {
    // Given a client that keeps its upload open until it has an answer
    let answered: () => void = () => {};
    const gotAnswer = new Promise<void>((resolve) => (answered = resolve));
    const pieces = ['{"village":"anjun","note":"', 'x'.repeat(3 * 1024 * 1024)];
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        const next = pieces.shift();
        if (next !== undefined) return controller.enqueue(new TextEncoder().encode(next));
        await gotAnswer; // a server that reads to the end would wait here forever
        controller.enqueue(new TextEncoder().encode('"}'));
        controller.close();
      },
    });
    // When it posts the body
    const response = await fetch(`${base}/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    answered();
    // Then it is refused without the server buffering (or waiting for) the whole body
    expect(response.status).toBe(413);
    expect(await response.text()).toContain('terlalu besar');
  });

  it('given a small chunked form, then it is read as usual', async () => {
    const response = await postChunked(['{"village":"an', 'jun","qty":2}']);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ form: { village: 'anjun', qty: '2' } });
  });

  it('given a browser form (urlencoded), then its fields are read as before', async () => {
    const response = await fetch(`${base}/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'village=anjun&name=Siti+Aminah&qty=2',
    });
    expect(await response.json()).toEqual({ form: { village: 'anjun', name: 'Siti Aminah', qty: '2' } });
  });

  it('given an oversized Content-Length or malformed JSON, then 413 / 400', async () => {
    const big = await fetch(`${base}/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ note: 'x'.repeat(40 * 1024) }),
    });
    const broken = await fetch(`${base}/form`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"village": "',
    });
    expect([big.status, broken.status]).toEqual([413, 400]);
  });
});
