// A loopback proxy in front of the storefront's revalidation endpoint that can be told to fail,
// and remembers what it was sent: proves that a failed call is sent again later.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProxiedCall {
  path: string;
  body: string;
  answered: number;
}

export class FlakyProxy {
  readonly calls: ProxiedCall[] = [];
  private failuresLeft = 0;
  private server = http.createServer((req, res) => this.handle(req, res));

  constructor(private readonly target: string) {}

  async listen(port = 0): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(port, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next `count` calls are answered 503 without reaching the storefront. */
  failNext(count: number) {
    this.failuresLeft = count;
  }

  close() {
    this.server.closeAllConnections();
    return new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    if (this.failuresLeft > 0) {
      this.failuresLeft -= 1;
      this.calls.push({ path: req.url ?? '', body, answered: 503 });
      res.writeHead(503).end('storefront sedang mati (uji)');
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k)),
    ) as Record<string, string>;
    try {
      const answer = await fetch(this.target + (req.url ?? '/'), {
        method: req.method,
        headers,
        body: body || undefined,
      });
      this.calls.push({ path: req.url ?? '', body, answered: answer.status });
      res.writeHead(answer.status, { 'content-type': answer.headers.get('content-type') ?? 'text/plain' });
      res.end(await answer.text());
    } catch {
      this.calls.push({ path: req.url ?? '', body, answered: 502 });
      res.writeHead(502).end();
    }
  }
}
