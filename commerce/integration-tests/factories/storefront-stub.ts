import { createServer, type IncomingHttpHeaders } from 'node:http';
import { RevalidateBody } from '@webdesaku/contracts';

export type Purge = { headers: IncomingHttpHeaders; tags: string[] };

/**
 * Stands in for the storefront's /api/revalidate (outside commerce, so mocked): records
 * each purge the storefront would accept (@webdesaku/contracts' RevalidateBody), refuses any
 * other body with 400, and fails the first `failFirst` calls to exercise the retry.
 */
export function storefrontStub(port: number) {
  const purges: Purge[] = [];
  let failures = 0;
  const state = { failFirst: 0 };
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      if (failures < state.failFirst) {
        failures += 1;
        res.writeHead(503).end();
        return;
      }
      // The storefront's own schema: a body it would refuse is no purge here either.
      const parsed = RevalidateBody.safeParse(JSON.parse(body));
      if (!parsed.success) {
        res.writeHead(400).end();
        return;
      }
      purges.push({ headers: req.headers, tags: parsed.data.tags });
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  server.listen(port, '127.0.0.1');
  return {
    url: `http://127.0.0.1:${port}`,
    purges,
    failFirst(n: number) {
      state.failFirst = n;
      failures = 0;
    },
    reset() {
      purges.length = 0;
      state.failFirst = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Waits until a purge for the tag arrived (the subscriber runs after the response). */
export async function purgeFor(purges: Purge[], tag: string, waitMs = 15_000): Promise<Purge> {
  const until = Date.now() + waitMs;
  while (Date.now() < until) {
    const found = purges.find((p) => p.tags.includes(tag));
    if (found) return found;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no storefront purge for ${tag} within ${waitMs} ms`);
}
