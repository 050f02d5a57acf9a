/**
 * The public origin for absolute links (Open Graph, JSON-LD). Pages render only on the server,
 * so STOREFRONT_URL is read at runtime there; the request origin is the fallback.
 */
export function useSiteUrl(): string {
  const configured = import.meta.server ? process.env.STOREFRONT_URL?.trim().replace(/\/+$/, '') : undefined;
  return configured || useRequestURL().origin;
}
