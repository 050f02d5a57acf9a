import type { MedusaContainer } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import {
  addInventoryQuantities,
  CATALOG_FIELDS,
  guestPriceContext,
  guestRegion,
  type CatalogProduct,
} from '../catalog';
import { producersOfProducts, type PublicProducer } from '../producers';
import type { MarketFilter } from './market-filter';
import { queryMarket, type MarketRow } from './market-query';

export interface MarketPage {
  products: (CatalogProduct & { village: { slug: string; name: string }; producer: PublicProducer | null })[];
  count: number;
}

/** The market's rows alone, and its total even when the page is past the end. */
async function marketRows(container: MedusaContainer, filter: MarketFilter) {
  const db = container.resolve(ContainerRegistrationKeys.PG_CONNECTION);
  const rows = await queryMarket(db, filter);
  if (rows.length || filter.offset === 0) return { rows, count: Number(rows[0]?.total ?? 0) };
  const [first] = await queryMarket(db, { ...filter, limit: 1, offset: 0 });
  return { rows, count: Number(first?.total ?? 0) };
}

/** Where each village's stock is counted: the stock locations of its sales channel. */
async function channelLocations(container: MedusaContainer, channels: string[]) {
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: 'sales_channel_locations',
    fields: ['sales_channel_id', 'stock_location_id'],
    filters: { sales_channel_id: channels },
  });
  const locations = new Map<string, string[]>();
  for (const link of data as { sales_channel_id: string; stock_location_id: string }[]) {
    locations.set(link.sales_channel_id, [
      ...(locations.get(link.sales_channel_id) ?? []),
      link.stock_location_id,
    ]);
  }
  return locations;
}

/**
 * A page of the regency market: which products, in which order, from one SQL statement over
 * every open village shop (lib/market/market-query.ts); then what a guest sees of those
 * products, read as `GET /store/products` reads it (calculated price in the Indonesia region,
 * stock at the product's own village's locations), so a card here equals the village's own.
 */
export async function listMarketProducts(
  container: MedusaContainer,
  filter: MarketFilter,
): Promise<MarketPage> {
  const region = await guestRegion(container);
  if (!region) return { products: [], count: 0 };
  const { rows, count } = await marketRows(container, filter);
  if (!rows.length) return { products: [], count };
  const ids = rows.map((r) => r.id);
  const [{ data }, producers, locations] = await Promise.all([
    container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: 'product',
      fields: CATALOG_FIELDS,
      filters: { id: ids },
      context: guestPriceContext(region),
    }),
    producersOfProducts(container, new Map(rows.map((r) => [r.id, r.village_id]))),
    channelLocations(container, [...new Set(rows.map((r) => r.sales_channel_id))]),
  ]);
  const rowOf = new Map<string, MarketRow>(rows.map((r) => [r.id, r]));
  const byId = new Map((data as unknown as CatalogProduct[]).map((p) => [p.id, p]));
  await addInventoryQuantities(
    container,
    [...byId.values()],
    (p) => locations.get(rowOf.get(p.id)!.sales_channel_id) ?? [],
  );
  return {
    products: rows
      .filter((row) => byId.has(row.id))
      .map((row) => ({
        ...byId.get(row.id)!,
        village: { slug: row.slug, name: row.village_name },
        producer: producers.get(row.id) ?? null,
      })),
    count,
  };
}
