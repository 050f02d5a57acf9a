import { clientAddress } from '../utils/client-ip';

// Limits per client IP for the endpoints a bot could hammer: placing orders and looking them up.
// Internal calls made while rendering a page carry no client IP and were already counted as the page request.
const RULES: { method: string; pattern: RegExp; limit: number }[] = [
  { method: 'POST', pattern: /^\/api\/checkout\//, limit: 20 },
  { method: 'GET', pattern: /^\/api\/orders\//, limit: 30 },
  { method: 'POST', pattern: /^\/api\/orders\//, limit: 10 },
  { method: 'GET', pattern: /^(\/en)?\/pesanan\/[^/?]+(\/nota)?\?.*contact=/, limit: 30 },
  { method: 'GET', pattern: /^(\/en)?\/pesanan\?.*id=/, limit: 30 },
  // an uncached search reads every village shop's products, so a flood of random queries is limited too
  { method: 'GET', pattern: /^(\/en)?\/cari\?|^\/api\/search\?/, limit: 60 },
  // so are filtered market pages: each new combination of filters is a fresh query and cache entry
  {
    method: 'GET',
    pattern:
      /^(\/en)?\/(lapak|kecamatan\/[^/?]+|desa\/[^/?]+\/lapak)\/?\?|^\/api\/(lapak|districts\/[^/?]+)\?/,
    limit: 120,
  },
];

// RATE_LIMIT_SCALE multiplies every limit (e.g. 100 for a load test from one machine).
const scale = Math.max(1, Number(process.env.RATE_LIMIT_SCALE) || 1);

export default defineEventHandler((event) => {
  const rule = RULES.find((r) => r.method === event.method && r.pattern.test(event.path));
  if (!rule) return;
  // X-Forwarded-For counts only behind a proxy configured with TRUST_PROXY; otherwise anyone could
  // invent a new address per request and never be limited.
  const ip = clientAddress(
    event.node.req.socket?.remoteAddress,
    getHeader(event, 'x-forwarded-for'),
    useStorefrontConfig().trustProxy,
  );
  if (!ip) return;
  if (!rateLimit(`${rule.pattern.source}:${ip}`, rule.limit * scale, 60_000)) {
    throw createError({
      statusCode: 429,
      statusMessage: 'Terlalu banyak percobaan, tunggu sebentar lalu coba lagi',
    });
  }
});
