// Backend media is served through the storefront (/media/cms/..., /media/shop/...): the browser
// never needs to reach Strapi or Medusa directly, and the CSP can stay `img-src 'self'`-centred.
export function cmsMediaUrl(url: string, version?: string): string {
  if (url.startsWith('/uploads/')) return `/media/cms${url}${version ? `?v=${version}` : ''}`;
  return url;
}

/** Medusa's local file provider returns absolute URLs on its own origin (…/static/x.jpg). */
export function shopMediaUrl(url: string | null | undefined, medusaUrl: string): string | null {
  if (!url) return null;
  if (url.startsWith('/static/')) return `/media/shop${url}`;
  try {
    const parsed = new URL(url);
    const origin = new URL(medusaUrl);
    const local =
      parsed.host === origin.host || parsed.hostname === 'localhost' || parsed.hostname === '127.0.0.1';
    if (local && parsed.pathname.startsWith('/static/')) return `/media/shop${parsed.pathname}`;
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}
