// Reference point between nginx and the storefront: a bare Node http server (one process, like the
// storefront) answering with the village page's saved HTML from memory. It is the ceiling of any
// in-process page cache the storefront could add; run as its own process so it does not share an
// event loop with the load generator.
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run, stop, waitForHttp } from '../../lib/proc.mjs';

const SERVER = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.argv[2]);
http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(Number(process.argv[3]), '127.0.0.1');
`;

export async function serveWithNode(html, port) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'webdesaku-bench-node-'));
  writeFileSync(path.join(dir, 'page.html'), html);
  writeFileSync(path.join(dir, 'server.cjs'), SERVER);
  const proc = run(
    'node-static',
    process.execPath,
    [path.join(dir, 'server.cjs'), path.join(dir, 'page.html'), String(port)],
    { quiet: true },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, { proc, timeoutMs: 10_000 });
  return {
    url,
    async stop() {
      await stop(proc);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
