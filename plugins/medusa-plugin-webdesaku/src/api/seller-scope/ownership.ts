import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { deny } from './deny';
import type { ScopeContext } from './types';

type Row = Record<string, any>;

async function graph(
  ctx: ScopeContext,
  entity: string,
  fields: string[],
  filters: Record<string, unknown>,
): Promise<Row[]> {
  const query = ctx.req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity, fields, filters });
  return data as Row[];
}

export async function requireProduct(ctx: ScopeContext, productId: string): Promise<void> {
  const [product] = await graph(ctx, 'product', ['id', 'sales_channels.id'], { id: productId });
  const channels = (product?.sales_channels ?? []).map((c: Row) => c?.id);
  if (!channels.includes(ctx.village.sales_channel_id)) deny(ctx.village, 'Produk ini');
}

export async function requireOrder(ctx: ScopeContext, orderId: string): Promise<void> {
  const [order] = await graph(ctx, 'order', ['id', 'sales_channel_id'], { id: orderId });
  if (order?.sales_channel_id !== ctx.village.sales_channel_id) deny(ctx.village, 'Pesanan ini');
}

export async function requireFulfillmentOf(
  ctx: ScopeContext,
  orderId: string,
  fulfillmentId: string,
): Promise<void> {
  const [order] = await graph(ctx, 'order', ['id', 'fulfillments.id'], { id: orderId });
  const ids = (order?.fulfillments ?? []).map((f: Row) => f?.id);
  if (!ids.includes(fulfillmentId)) deny(ctx.village, 'Pengiriman ini');
}

/** Owned: a variant of one of the village's products, or (not yet on a product) stocked at its location. */
export async function requireInventoryItems(ctx: ScopeContext, itemIds: string[]): Promise<void> {
  if (!itemIds.length) return;
  const items = await graph(
    ctx,
    'inventory_item',
    ['id', 'variants.product.sales_channels.id', 'location_levels.location_id'],
    { id: itemIds },
  );
  const owned = new Set(
    items
      .filter((item) => {
        const variants = (item.variants ?? []).filter(Boolean);
        if (variants.length) {
          return variants.every((v: Row) =>
            (v.product?.sales_channels ?? []).some((c: Row) => c?.id === ctx.village.sales_channel_id),
          );
        }
        return (item.location_levels ?? []).some(
          (l: Row) => l?.location_id === ctx.village.stock_location_id,
        );
      })
      .map((item) => item.id),
  );
  if (itemIds.some((id) => !owned.has(id))) deny(ctx.village, 'Barang persediaan ini');
}

export function requireOwnLocation(ctx: ScopeContext, locationIds: string[]): void {
  if (locationIds.some((id) => id !== ctx.village.stock_location_id)) deny(ctx.village, 'Lokasi stok ini');
}

export async function requireLocationLevels(ctx: ScopeContext, levelIds: string[]): Promise<void> {
  if (!levelIds.length) return;
  const levels = await graph(ctx, 'inventory_level', ['id', 'location_id'], { id: levelIds });
  if (levels.length !== levelIds.length) deny(ctx.village, 'Stok ini');
  requireOwnLocation(
    ctx,
    levels.map((l) => l.location_id),
  );
}

export async function requireReservation(ctx: ScopeContext, reservationId: string): Promise<void> {
  const [reservation] = await graph(ctx, 'reservation', ['id', 'location_id'], { id: reservationId });
  if (reservation?.location_id !== ctx.village.stock_location_id) deny(ctx.village, 'Reservasi ini');
}

export async function requirePaymentCollection(ctx: ScopeContext, collectionId: string): Promise<void> {
  const links = await graph(ctx, 'order_payment_collection', ['order_id'], {
    payment_collection_id: collectionId,
  });
  if (!links[0]) deny(ctx.village, 'Pembayaran ini');
  await requireOrder(ctx, links[0].order_id);
}

export async function requirePayment(ctx: ScopeContext, paymentId: string): Promise<void> {
  const [payment] = await graph(ctx, 'payment', ['id', 'payment_collection_id'], { id: paymentId });
  if (!payment) deny(ctx.village, 'Pembayaran ini');
  await requirePaymentCollection(ctx, payment.payment_collection_id);
}

/** A customer is visible to a seller only once it ordered from the village. */
export async function requireCustomer(ctx: ScopeContext, customerId: string): Promise<void> {
  const orders = await graph(ctx, 'order', ['id'], {
    customer_id: customerId,
    sales_channel_id: ctx.village.sales_channel_id,
  });
  if (!orders.length) deny(ctx.village, 'Pelanggan ini');
}

/** Shipping options are the village's own when they ship from its stock location. */
export async function requireShippingOption(ctx: ScopeContext, optionId: string): Promise<void> {
  const [option] = await graph(ctx, 'shipping_option', ['id', 'service_zone.fulfillment_set.location.id'], {
    id: optionId,
  });
  const location = option?.service_zone?.fulfillment_set?.location?.id;
  if (location !== ctx.village.stock_location_id) deny(ctx.village, 'Opsi pengiriman ini');
}

/** A reusable option is regency-wide; an exclusive one belongs to its product's village. */
export async function requireSharedOrOwnOption(ctx: ScopeContext, optionId: string): Promise<void> {
  const [option] = await graph(ctx, 'product_option', ['id', 'is_exclusive', 'products.id'], {
    id: optionId,
  });
  if (!option) deny(ctx.village, 'Opsi produk ini');
  if (!option.is_exclusive) return;
  const products = (option.products ?? []).filter(Boolean);
  if (!products.length) deny(ctx.village, 'Opsi produk ini');
  for (const product of products) await requireProduct(ctx, product.id);
}

export async function requireNotificationTo(ctx: ScopeContext, id: string, userId: string): Promise<void> {
  const [notification] = await graph(ctx, 'notification', ['id', 'to'], { id });
  if (notification?.to !== userId) deny(ctx.village, 'Notifikasi ini');
}

/** Lines named in a write must be lines of the (own) order in the URL. */
export async function requireOrderLineItems(
  ctx: ScopeContext,
  orderId: string | undefined,
  lineIds: string[],
): Promise<void> {
  if (!orderId) deny(ctx.village, 'Baris pesanan ini');
  const [order] = await graph(ctx, 'order', ['id', 'items.id'], { id: orderId });
  const own = new Set((order?.items ?? []).map((i: Row) => i?.id));
  if (lineIds.some((id) => !own.has(id))) deny(ctx.village, 'Baris pesanan ini');
}

/** A producer (pelapak) is the village's own when it was added to the seller's village. */
export async function requireProducers(ctx: ScopeContext, producerIds: string[]): Promise<void> {
  if (!producerIds.length) return;
  const producers = await graph(ctx, 'producer', ['id', 'village_id'], { id: producerIds });
  const own = new Set(producers.filter((p) => p.village_id === ctx.village.id).map((p) => p.id));
  if (producerIds.some((id) => !own.has(id))) deny(ctx.village, 'Pelapak ini');
}
