import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { listSitemapProducts } from '../../../../lib/sitemap-products';

/** Public: what the storefront's product sitemaps list (village, handle, update time), in one call. */
export async function GET(req: MedusaRequest, res: MedusaResponse) {
  res.set('cache-control', 'public, max-age=60');
  res.json({ products: await listSitemapProducts(req.scope) });
}
