import type {
  MarketCategory,
  OrderView,
  ProducerProfile,
  ProductDetail,
  ProductSummary,
  ShippingChoice,
} from '#shared/types/commerce';
import { backendFile, backendRequest, BackendError, type RequestOptions } from './backend-http';
import { useStorefrontConfig } from './config';
import { arr, num, obj, str, type Raw } from './raw';
import * as map from './medusa-mappers';
import type { MarketSort } from '#shared/utils/market-query';
import { mapSitemapProducts } from './sitemap-mappers';
import type { SitemapProduct } from './sitemap-urls';

/** A page of the regency market as our plugin's route takes it (`daily`: the day's featured order). */
export interface MarketRequest {
  search?: string;
  villages?: string[];
  category?: string;
  handle?: string;
  producer?: string;
  minPrice?: number;
  maxPrice?: number;
  inStock?: boolean;
  sort: MarketSort | 'daily';
  limit: number;
  offset: number;
}
const PRODUCT_FIELDS =
  'id,handle,title,thumbnail,*variants.calculated_price,+variants.inventory_quantity,+variants.manage_inventory,+variants.allow_backorder';
const DETAIL_FIELDS = `${PRODUCT_FIELDS},description,*images,*categories,*variants.options`;
const CART_FIELDS =
  '*items,+items.product_handle,+item_subtotal,+shipping_total,+total,+email,*shipping_address,*shipping_methods,+metadata,+sales_channel_id';

/**
 * @param base where the storefront reaches Medusa
 * @param mediaBase the address Medusa writes into its file URLs (its public MEDUSA_URL), mapped to /media/shop
 * @param sharedSecret REVALIDATE_SECRET, which Medusa asks for before it shows an order (the public may not)
 */
export function medusaClient(base: string, mediaBase: string = base, sharedSecret = '') {
  const call = <T = Raw>(path: string, key: string | null, options: RequestOptions = {}) =>
    backendRequest<T>('medusa', base, path, {
      ...options,
      headers: { ...(key ? { 'x-publishable-api-key': key } : {}), ...options.headers },
    });
  let regionId: Promise<string> | null = null;

  const client = {
    base,
    async villages(): Promise<map.ShopVillage[]> {
      return arr(obj(await call('/webdesaku/villages', null))?.villages).map((v) =>
        map.mapShopVillage(v, mediaBase),
      );
    },
    async village(slug: string): Promise<map.ShopVillage> {
      const village = obj(obj(await call(`/webdesaku/villages/${encodeURIComponent(slug)}`, null))?.village);
      if (!village) throw new BackendError('medusa', 404, `village ${slug} has no shop`);
      return map.mapShopVillage(village, mediaBase);
    },
    /**
     * The village's shop and its newest products in one call (our plugin's public route): no key
     * lookup first. Same product fields as `products()`.
     */
    async villageProducts(
      slug: string,
      q: { limit?: number; offset?: number } = {},
    ): Promise<{ shop: map.ShopVillage; products: ProductSummary[]; count: number }> {
      const raw = obj(
        await call(`/webdesaku/villages/${encodeURIComponent(slug)}/products`, null, {
          query: { limit: q.limit ?? 12, offset: q.offset ?? 0 },
        }),
      );
      const village = obj(raw?.village);
      if (!village) throw new BackendError('medusa', 404, `village ${slug} has no shop`);
      return {
        shop: map.mapShopVillage(village, mediaBase),
        products: arr(raw?.products).map((p) => map.mapProductSummary(p, slug, mediaBase)),
        count: num(raw, 'count') ?? 0,
      };
    },
    /** Every published product of an active village's shop, in one call. */
    async sitemapProducts(): Promise<SitemapProduct[]> {
      return mapSitemapProducts(await call('/webdesaku/sitemap/products', null, { timeout: 20000 }));
    },
    /**
     * The regency market (our plugin's public route): products of every open village shop, or
     * of the given villages, filtered and sorted in one call; each names its village.
     */
    async market(q: MarketRequest): Promise<{ products: ProductSummary[]; count: number }> {
      const query: Record<string, string | number> = { limit: q.limit, offset: q.offset, sort: q.sort };
      if (q.search) query.q = q.search;
      if (q.villages) query.village = q.villages.join(',');
      if (q.category) query.category = q.category;
      if (q.handle) query.handle = q.handle;
      if (q.producer) query.producer = q.producer;
      if (q.minPrice !== undefined) query.min_price = q.minPrice;
      if (q.maxPrice !== undefined) query.max_price = q.maxPrice;
      if (q.inStock) query.in_stock = 'true';
      const raw = obj(await call('/webdesaku/products', null, { query }));
      return {
        products: arr(raw?.products).map((p) => map.mapMarketProduct(p, mediaBase)),
        count: num(raw, 'count') ?? 0,
      };
    },
    /** The market's categories that hold products (of the given villages), with their counts. */
    async marketCategories(villages?: string[]): Promise<MarketCategory[]> {
      const query = villages ? { village: villages.join(',') } : {};
      return arr(obj(await call('/webdesaku/categories', null, { query }))?.categories).map(
        map.mapMarketCategory,
      );
    },
    /** The village's producers (pelapak), by name; numbers only of those who agreed to show them. */
    async producers(slug: string): Promise<ProducerProfile[]> {
      const raw = obj(await call(`/webdesaku/villages/${encodeURIComponent(slug)}/producers`, null));
      return arr(raw?.producers).flatMap((p) => map.mapProducerProfile(p, mediaBase) ?? []);
    },
    /** The Indonesia region (idr); looked up once per process. */
    region(key: string): Promise<string> {
      regionId ??= call('/store/regions', key, { query: { limit: 50 } })
        .then((raw) => {
          const regions = arr(obj(raw)?.regions);
          const region = regions.find((r) => str(r, 'currency_code') === 'idr') ?? regions[0];
          const id = str(region ?? null, 'id');
          if (!id) throw new BackendError('medusa', null, 'no idr region');
          return id;
        })
        .catch((error) => {
          regionId = null;
          throw error;
        });
      return regionId;
    },
    async product(key: string, village: string, handle: string): Promise<ProductDetail | null> {
      const raw = obj(
        await call('/store/products', key, {
          query: { handle, region_id: await client.region(key), fields: DETAIL_FIELDS, limit: 1 },
        }),
      );
      // Medusa reads ?handle=null (or true/123) as a typed value and then matches any product:
      // only a product with exactly this handle is the one asked for.
      const product = arr(raw?.products).find((p) => str(p, 'handle') === handle);
      return product ? map.mapProductDetail(product, village, mediaBase) : null;
    },
    async createCart(key: string): Promise<Raw> {
      return (
        obj(
          obj(
            await call('/store/carts', key, {
              method: 'POST',
              body: { region_id: await client.region(key) },
              query: { fields: CART_FIELDS },
            }),
          )?.cart,
        ) ?? {}
      );
    },
    async cart(key: string, id: string): Promise<Raw | null> {
      try {
        return obj(
          obj(await call(`/store/carts/${encodeURIComponent(id)}`, key, { query: { fields: CART_FIELDS } }))
            ?.cart,
        );
      } catch (error) {
        if (error instanceof BackendError && (error.notFound || error.status === 400)) return null;
        throw error;
      }
    },
    async updateCart(key: string, id: string, body: Raw): Promise<Raw> {
      return (
        obj(
          obj(
            await call(`/store/carts/${encodeURIComponent(id)}`, key, {
              method: 'POST',
              body,
              query: { fields: CART_FIELDS },
            }),
          )?.cart,
        ) ?? {}
      );
    },
    async addLine(key: string, cartId: string, variantId: string, quantity: number): Promise<void> {
      await call(`/store/carts/${encodeURIComponent(cartId)}/line-items`, key, {
        method: 'POST',
        body: { variant_id: variantId, quantity },
      });
    },
    async setLineQuantity(key: string, cartId: string, lineId: string, quantity: number): Promise<void> {
      const path = `/store/carts/${encodeURIComponent(cartId)}/line-items/${encodeURIComponent(lineId)}`;
      await call(path, key, quantity > 0 ? { method: 'POST', body: { quantity } } : { method: 'DELETE' });
    },
    async shippingOptions(key: string, cartId: string): Promise<ShippingChoice[]> {
      return arr(
        obj(await call('/store/shipping-options', key, { query: { cart_id: cartId } }))?.shipping_options,
      ).map(map.mapShippingOption);
    },
    async setShipping(key: string, cartId: string, optionId: string): Promise<void> {
      await call(`/store/carts/${encodeURIComponent(cartId)}/shipping-methods`, key, {
        method: 'POST',
        body: { option_id: optionId },
      });
    },
    async startPayment(key: string, cartId: string, providerId: string): Promise<void> {
      const collection = obj(
        obj(await call('/store/payment-collections', key, { method: 'POST', body: { cart_id: cartId } }))
          ?.payment_collection,
      );
      const id = str(collection, 'id');
      if (!id) throw new BackendError('medusa', null, 'no payment collection');
      await call(`/store/payment-collections/${id}/payment-sessions`, key, {
        method: 'POST',
        body: { provider_id: providerId },
      });
    },
    /** Completing an already completed cart returns the same order (Medusa's idempotent completion). */
    async complete(key: string, cartId: string): Promise<{ orderId: string } | { error: string }> {
      const raw = obj(
        await call(`/store/carts/${encodeURIComponent(cartId)}/complete`, key, {
          method: 'POST',
          timeout: 20000,
        }),
      );
      const order = obj(raw?.order);
      if (str(raw, 'type') === 'order' && order) return { orderId: str(order, 'id') ?? '' };
      return { error: str(obj(raw?.error), 'message') ?? 'cart could not be completed' };
    },
    /** Cancels the shopper's unpaid, unpacked order (the caller checked who asks); false when too late. */
    async cancelOrder(id: string): Promise<boolean> {
      try {
        await call(`/webdesaku/orders/${encodeURIComponent(id)}/cancel`, null, {
          method: 'POST',
          headers: { 'x-webdesaku-secret': sharedSecret },
        });
        return true;
      } catch (error) {
        if (error instanceof BackendError && error.status === 400) return false;
        throw error;
      }
    },
    /**
     * Sends the shopper's proof-of-payment photo (the caller checked who they are); Medusa checks
     * what it is, strips it and tells the sellers. A refusal is a BackendError with Medusa's message.
     */
    async submitPaymentProof(id: string, photo: Buffer): Promise<void> {
      await call(`/webdesaku/orders/${encodeURIComponent(id)}/payment-proof`, null, {
        method: 'POST',
        headers: { 'x-webdesaku-secret': sharedSecret },
        body: { content: photo.toString('base64') },
        timeout: 20000,
      });
    },
    /** The proof photo the shopper sent, to show it back to them. */
    paymentProofImage(id: string) {
      return backendFile('medusa', base, `/webdesaku/orders/${encodeURIComponent(id)}/payment-proof`, {
        'x-webdesaku-secret': sharedSecret,
      });
    },
    /** The order id behind a short number ("12"), or null; only with the shared secret. */
    async orderIdByNumber(displayId: number): Promise<string | null> {
      try {
        const raw = obj(
          await call(`/webdesaku/orders/by-number/${displayId}`, null, {
            headers: { 'x-webdesaku-secret': sharedSecret },
          }),
        );
        return str(obj(raw?.order), 'id') ?? null;
      } catch (error) {
        if (error instanceof BackendError && (error.notFound || error.status === 400)) return null;
        throw error;
      }
    },
    async order(key: string, id: string): Promise<OrderView | null> {
      const secret = { 'x-webdesaku-secret': sharedSecret };
      const notFound = (error: unknown) => {
        if (error instanceof BackendError && (error.notFound || error.status === 400)) return null;
        throw error;
      };
      const [order, progress] = await Promise.all([
        call(`/store/orders/${encodeURIComponent(id)}`, key, {
          headers: secret,
          query: {
            fields:
              '*items,*shipping_address,*shipping_methods,*payment_collections.payment_sessions,+email,+sales_channel_id,+total,+item_subtotal,+shipping_total,+payment_status,+fulfillment_status,+display_id',
          },
        }).catch(notFound),
        call(`/webdesaku/orders/${encodeURIComponent(id)}/progress`, null, { headers: secret })
          .catch(notFound)
          .catch((error: unknown) => {
            // The timeline's extras are not worth failing the order page for.
            console.warn(`[order] progress of ${id} unavailable: ${String(error)}`);
            return null;
          }),
      ]);
      const raw = obj(obj(order)?.order);
      return raw ? map.mapOrder(raw, mediaBase, obj(obj(progress)?.progress)) : null;
    },
  };
  return client;
}

export type MedusaClient = ReturnType<typeof medusaClient>;

let client: MedusaClient | null = null;
export function useMedusa(): MedusaClient {
  const { medusaUrl, medusaPublicUrl, revalidateSecret } = useStorefrontConfig();
  client ??= medusaClient(medusaUrl, medusaPublicUrl, revalidateSecret);
  return client;
}
