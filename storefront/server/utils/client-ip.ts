// Which address a request comes from, for rate limits. X-Forwarded-For is written by whoever
// sends the request, so it is believed only as far as TRUST_PROXY says a proxy of ours wrote it.
export type TrustProxy =
  | { kind: 'none' }
  /** this many proxies of ours stand in front (TRUST_PROXY=1 for one nginx/caddy) */
  | { kind: 'hops'; hops: number }
  /** exactly these addresses are proxies of ours (TRUST_PROXY=10.0.0.2,10.0.0.3) */
  | { kind: 'list'; addresses: Set<string> };

export class TrustProxyError extends Error {}

/** Unset, empty, 0 or false: no proxy is trusted and the socket address is the client. */
export function parseTrustProxy(raw: string | undefined): TrustProxy {
  const value = raw?.trim().toLowerCase() ?? '';
  if (value === '' || value === '0' || value === 'false') return { kind: 'none' };
  if (value === 'true') return { kind: 'hops', hops: 1 };
  if (/^\d+$/.test(value)) return { kind: 'hops', hops: Math.min(Number(value), 10) };
  const addresses = value.split(',').map((a) => normalize(a.trim()));
  if (addresses.some((a) => !/^[0-9a-f:.]+$/.test(a))) {
    throw new TrustProxyError(
      `TRUST_PROXY must be 0, a number of proxy hops (e.g. 1) or a comma-separated list of proxy IP addresses, got "${raw}"`,
    );
  }
  return { kind: 'list', addresses: new Set(addresses) };
}

/** ::ffff:127.0.0.1 (an IPv4 client on a dual-stack socket) is 127.0.0.1 */
function normalize(address: string): string {
  return address.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
}

export function clientAddress(
  socket: string | undefined,
  forwardedFor: string | undefined,
  trust: TrustProxy,
): string | undefined {
  if (!socket || trust.kind === 'none' || !forwardedFor) return socket && normalize(socket);
  // nearest hop last: [client?, proxy 1, ..., the peer that opened our socket]
  const chain = [
    ...forwardedFor
      .split(',')
      .map((a) => normalize(a.trim()))
      .filter(Boolean),
    normalize(socket),
  ];
  if (trust.kind === 'hops') return chain[Math.max(0, chain.length - 1 - trust.hops)];
  let i = chain.length - 1;
  while (i > 0 && trust.addresses.has(chain[i]!)) i -= 1;
  return chain[i];
}
