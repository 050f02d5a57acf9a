import type { MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { searchTerms } from '../../../lib/market/search-terms';
import { listMarketProducts } from '../../../lib/market/list-market-products';
import { productIdsOfProducer } from '../../../lib/producers';
import type { MarketQuery } from './validators';

/** The day in Jakarta: the featured order changes at local midnight. */
const jakartaDay = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/**
 * The regency market (public, no key): published products of every active village shop, one
 * page, filtered and sorted, with what the store API gives a guest and each product's village.
 * Searching `q` ranks by relevance unless another order is asked.
 */
export async function GET(req: MedusaRequest<unknown, MarketQuery>, res: MedusaResponse) {
  const q = req.validatedQuery as MarketQuery;
  const terms = searchTerms(q.q ?? '');
  // A search with no word to look for ("!!", "a") finds nothing, rather than the whole market.
  if (q.q?.trim() && !terms.length) {
    res.json({ products: [], count: 0, limit: q.limit, offset: q.offset });
    return;
  }
  const productIds = q.producer ? await productIdsOfProducer(req.scope, q.producer) : undefined;
  const { products, count } = await listMarketProducts(req.scope, {
    terms,
    villages: q.village,
    category: q.category,
    handle: q.handle,
    productIds,
    minPrice: q.min_price,
    maxPrice: q.max_price,
    inStock: q.in_stock,
    sort: q.sort ?? (terms.length ? 'relevance' : 'newest'),
    limit: q.limit,
    offset: q.offset,
    day: jakartaDay(),
  });
  res.json({ products, count, limit: q.limit, offset: q.offset });
}
