import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the WhatsApp Cloud API would have received. */
export type CloudApiCall = { path: string; headers: IncomingHttpHeaders; body: Record<string, any> };

/**
 * Stands in for Meta's WhatsApp Cloud API (outside our system) on a loopback port: records every
 * message request and answers as the API does, or with an error while `failing` is set.
 */
export async function startWhatsappReceiver() {
  const calls: CloudApiCall[] = [];
  const state = { failing: false };
  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      if (state.failing) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'Service temporarily unavailable' } }));
        return;
      }
      calls.push({ path: req.url ?? '', headers: req.headers, body: JSON.parse(raw || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ messages: [{ id: `wamid.${calls.length}` }] }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    calls,
    state,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
