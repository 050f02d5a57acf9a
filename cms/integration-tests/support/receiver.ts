/**
 * A stand-in for the storefront and Medusa: records every call and answers from a
 * script (e.g. 503, 503, then 200), so retries can be observed.
 */
import { createServer, type IncomingMessage } from 'node:http';
import { REVALIDATE_PATH, RevalidateBody } from '@webdesaku/contracts';

export type Call = { path: string; headers: IncomingMessage['headers']; body: any; status: number };
type Reply = { status: number; body?: unknown };

export const startReceiver = async () => {
  const calls: Call[] = [];
  const scripts = new Map<string, Reply[]>();
  const defaults = new Map<string, Reply>();
  const waiters: { test: () => boolean; resolve: () => void }[] = [];

  const server = createServer(async (req, res) => {
    let raw = '';
    for await (const chunk of req) raw += chunk;
    const path = req.url ?? '/';
    const body = raw ? JSON.parse(raw) : null;
    // A purge the storefront would refuse (its schema, @webdesaku/contracts) is answered as it would: 400.
    const refused = path === REVALIDATE_PATH && !RevalidateBody.safeParse(body).success;
    const reply = refused
      ? { status: 400, body: { error: 'body' } }
      : (scripts.get(path)?.shift() ?? defaults.get(path) ?? { status: 200, body: { ok: true } });
    calls.push({ path, headers: req.headers, body, status: reply.status });
    res.writeHead(reply.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(reply.body ?? {}));
    for (const w of [...waiters])
      if (w.test()) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };

  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    callsTo: (path: string) => calls.filter((c) => c.path === path),
    /** Next answers for `path`, in order; afterwards the default answer. */
    script: (path: string, replies: Reply[]) => scripts.set(path, [...replies]),
    setDefault: (path: string, reply: Reply) => defaults.set(path, reply),
    /** Resolves once `test` holds after some call arrived (or already holds). */
    until: (test: () => boolean) =>
      test() ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ test, resolve })),
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
};
