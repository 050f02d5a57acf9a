import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { DeliveryError, postJsonWithRetry } from './post-json.js';

// A real receiver on loopback answering from a script, so retries are seen as they happen.
let server: Server | null = null;
async function receiver(statuses: number[]) {
  const seen: { body: unknown; secret: string | undefined }[] = [];
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      seen.push({ body: JSON.parse(raw), secret: req.headers['x-secret'] as string | undefined });
      const status = statuses.shift() ?? 200;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ status }));
    });
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, seen };
}
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

const policy = { attempts: 4, baseDelayMs: 5, timeoutMs: 2_000 };

describe('POST JSON with retries', () => {
  it('answers the JSON of the first success (positive control), sending body and headers', async () => {
    const { url, seen } = await receiver([200]);
    expect(await postJsonWithRetry(url, { tags: ['news'] }, { 'x-secret': 's' }, policy)).toEqual({
      status: 200,
    });
    expect(seen).toEqual([{ body: { tags: ['news'] }, secret: 's' }]);
  });

  it.each([[[503, 502]], [[429]], [[408, 500]]])('tries again after %j, then succeeds', async (failures) => {
    const { url, seen } = await receiver([...failures]);
    expect(await postJsonWithRetry(url, {}, {}, policy)).toEqual({ status: 200 });
    expect(seen).toHaveLength(failures.length + 1);
  });

  it.each([400, 401, 404, 413])('gives up at once on %s', async (status) => {
    const { url, seen } = await receiver([status]);
    const error = await postJsonWithRetry(url, {}, {}, policy).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DeliveryError);
    expect((error as DeliveryError).retriable).toBe(false);
    expect(seen).toHaveLength(1);
  });

  it('stops after its attempts, throwing the last failure', async () => {
    const { url, seen } = await receiver([503, 503, 503, 503, 503]);
    await expect(postJsonWithRetry(url, {}, {}, policy)).rejects.toThrow(/answered 503/);
    expect(seen).toHaveLength(4);
  });

  it('retries a receiver that is not listening, as unreachable', async () => {
    const { url } = await receiver([]);
    await new Promise<void>((resolve) => server!.close(() => resolve()));
    server = null;
    await expect(postJsonWithRetry(url, {}, {}, { ...policy, attempts: 2 })).rejects.toThrow(/unreachable/);
  });

  it('stops waiting when its signal aborts (a process shutting down)', async () => {
    const { url, seen } = await receiver([503, 503, 503]);
    const stop = new AbortController();
    const pending = postJsonWithRetry(url, {}, {}, { ...policy, baseDelayMs: 60_000, signal: stop.signal });
    await new Promise((resolve) => setTimeout(resolve, 100));
    stop.abort();
    await expect(pending).rejects.toThrow(/answered 503/);
    expect(seen).toHaveLength(1);
  });
});
