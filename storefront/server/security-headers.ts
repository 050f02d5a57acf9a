// Sent on every response (nitro routeRules). Scripts come only from our own origin: Nuxt's
// payload is JSON (not executable), so no 'unsafe-inline' for scripts is needed.
// Images may come from https (Medusa/Strapi media behind a CDN); everything else is 'self'.
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: https:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

export const securityHeaders: Record<string, string> = {
  'content-security-policy': contentSecurityPolicy,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

/**
 * Pages that show one visitor's own state (cart, checkout, order) are also cut off from any window
 * that opened them (COOP). Public pages are the same for everyone (they are served from the page
 * cache), so there is nothing there for an opener to learn; COOP on them would only cost the
 * visitor: Chromium moves every navigation into a fresh browsing context group, and that process
 * swap was most of the village page's Lighthouse blocking time on a mid-range phone (BENCHMARKS.md).
 */
export const visitorPageHeaders: Record<string, string> = {
  ...securityHeaders,
  'cross-origin-opener-policy': 'same-origin',
};
export const VISITOR_PAGES = ['/keranjang', '/checkout/**', '/pesanan/**'];
