// Serves backend media from our origin: /media/cms/uploads/* → Strapi, /media/shop/static/* → Medusa.
const SAFE_PATH = /^(uploads|static)\/[A-Za-z0-9._\-/]+$/;

export default defineEventHandler(async (event) => {
  const path = getRouterParam(event, 'path') ?? '';
  const [origin, ...rest] = path.split('/');
  const file = rest.join('/');
  if (!SAFE_PATH.test(file) || file.includes('..')) throw notFound('Berkas');
  const config = useStorefrontConfig();
  const base =
    origin === 'cms' && file.startsWith('uploads/')
      ? config.strapiUrl
      : origin === 'shop' && file.startsWith('static/')
        ? config.medusaUrl
        : null;
  if (!base) throw notFound('Berkas');
  const response = await fetch(`${base}/${file}`, { signal: AbortSignal.timeout(10_000) }).catch(() => null);
  if (!response || !response.ok || !response.body)
    throw response?.status === 404 || !response
      ? notFound('Berkas')
      : createError({ statusCode: 502, statusMessage: 'Berkas sedang tidak tersedia' });
  const type = response.headers.get('content-type') ?? 'application/octet-stream';
  if (!/^(image\/(?!svg)|application\/pdf)/.test(type)) throw notFound('Berkas'); // no SVG/HTML from backends on our origin
  setResponseHeader(event, 'content-type', type);
  // Versioned Strapi URLs (?v= from the file's updatedAt) and Medusa's timestamped file names never
  // change content: phones keep them for a year. An unversioned Strapi URL may be replaced in place.
  const immutable = origin === 'shop' || typeof getQuery(event).v === 'string';
  setResponseHeader(
    event,
    'cache-control',
    immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=86400',
  );
  const length = response.headers.get('content-length');
  if (length) setResponseHeader(event, 'content-length', Number(length));
  return response.body;
});
