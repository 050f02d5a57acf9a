import type {
  BankAccount,
  CartLine,
  MarketCategory,
  OrderView,
  PaymentDetails,
  PaymentMethod,
  PaymentProofView,
  ProducerProfile,
  ProducerRef,
  ProductDetail,
  ProductSummary,
  ProductVariant,
  ShipmentView,
  ShippingChoice,
  VillageCart,
} from '#shared/types/commerce';
import { arr, num, obj, str, type Raw } from './raw';
import { shopMediaUrl } from './media-url';
import { PAYMENT_METHODS, paymentMethodOf as methodOfProvider } from '@webdesaku/contracts';

export interface ShopVillage {
  slug: string;
  name: string;
  salesChannelId: string | null;
  publishableKey: string | null;
  whatsapp: string | null;
  active: boolean;
  payment: PaymentDetails;
}

function mapBankAccount(raw: Raw): BankAccount {
  return { bank: str(raw, 'bank') ?? '', number: str(raw, 'number') ?? '', holder: str(raw, 'holder') ?? '' };
}

export function mapShopVillage(raw: Raw, medusaUrl: string): ShopVillage {
  const status = str(raw, 'status');
  return {
    slug: str(raw, 'slug') ?? '',
    name: str(raw, 'name') ?? '',
    salesChannelId: str(raw, 'sales_channel_id'),
    publishableKey: str(raw, 'publishable_key'),
    whatsapp: str(raw, 'whatsapp'),
    active: !!str(raw, 'publishable_key') && (status === null || status === 'active'),
    payment: {
      bankAccounts: arr(raw.bank_accounts)
        .map(mapBankAccount)
        .filter((a) => a.bank && a.number),
      qrisImage: shopMediaUrl(str(raw, 'qris_image_url'), medusaUrl),
    },
  };
}

function variantPrice(variant: Raw): number | null {
  const calculated = obj(variant.calculated_price);
  return (
    num(calculated, 'calculated_amount', 'original_amount') ??
    num(arr(variant.prices).find((p) => p.currency_code === 'idr') ?? null, 'amount')
  );
}

function variantStock(variant: Raw): { inventory: number | null; inStock: boolean } {
  const inventory = num(variant, 'inventory_quantity');
  const managed = variant.manage_inventory !== false;
  const backorder = variant.allow_backorder === true;
  return { inventory: managed ? inventory : null, inStock: !managed || backorder || (inventory ?? 0) > 0 };
}

export function mapVariant(raw: Raw): ProductVariant {
  return {
    id: str(raw, 'id') ?? '',
    title: str(raw, 'title') ?? '',
    price: variantPrice(raw),
    ...variantStock(raw),
  };
}

export function mapProductSummary(raw: Raw, village: string, medusaUrl: string): ProductSummary {
  const variants = arr(raw.variants).map(mapVariant);
  const prices = variants.map((v) => v.price).filter((p): p is number => p !== null);
  return {
    id: str(raw, 'id') ?? '',
    handle: str(raw, 'handle') ?? '',
    title: str(raw, 'title') ?? '',
    thumbnail: shopMediaUrl(str(raw, 'thumbnail') ?? str(arr(raw.images)[0] ?? null, 'url'), medusaUrl),
    price: prices.length ? Math.min(...prices) : null,
    inStock: variants.length === 0 || variants.some((v) => v.inStock),
    village,
  };
}

export function mapProductDetail(raw: Raw, village: string, medusaUrl: string): ProductDetail {
  const images = arr(raw.images)
    .map((i) => shopMediaUrl(str(i, 'url'), medusaUrl))
    .filter((u): u is string => !!u);
  const summary = mapProductSummary(raw, village, medusaUrl);
  return {
    ...summary,
    description: str(raw, 'description') ?? '',
    images: images.length ? images : summary.thumbnail ? [summary.thumbnail] : [],
    variants: arr(raw.variants).map(mapVariant),
    categories: arr(raw.categories).map((c) => ({ id: str(c, 'id') ?? '', name: str(c, 'name') ?? '' })),
  };
}

export function mapLine(raw: Raw, medusaUrl: string): CartLine {
  const quantity = num(raw, 'quantity') ?? 0;
  const unitPrice = num(raw, 'unit_price') ?? 0;
  return {
    id: str(raw, 'id') ?? '',
    title: str(raw, 'product_title', 'title') ?? '',
    variantTitle: str(raw, 'variant_title'),
    thumbnail: shopMediaUrl(str(raw, 'thumbnail'), medusaUrl),
    quantity,
    unitPrice,
    total: num(raw, 'total', 'subtotal') ?? unitPrice * quantity,
    handle: str(raw, 'product_handle') ?? str(obj(raw.product), 'handle'),
  };
}

export function mapCart(raw: Raw, village: { slug: string; name: string }, medusaUrl: string): VillageCart {
  const lines = arr(raw.items).map((l) => mapLine(l, medusaUrl));
  const subtotal =
    num(raw, 'item_subtotal', 'item_total', 'subtotal') ?? lines.reduce((s, l) => s + l.total, 0);
  return {
    village: village.slug,
    villageName: village.name,
    id: str(raw, 'id') ?? '',
    lines,
    subtotal,
    shipping: num(raw, 'shipping_total') ?? 0,
    total: num(raw, 'total') ?? subtotal,
    email: str(raw, 'email'),
  };
}

export function mapShippingOption(raw: Raw): ShippingChoice {
  const name = str(raw, 'name') ?? '';
  const data = obj(raw.data);
  return {
    id: str(raw, 'id') ?? '',
    name,
    amount:
      num(raw, 'amount', 'calculated_price') ?? num(obj(raw.calculated_price), 'calculated_amount') ?? 0,
    pickup: data?.pickup === true || /ambil|pickup/i.test(name),
  };
}

const METHODS = Object.keys(PAYMENT_METHODS) as PaymentMethod[];
export function paymentMethodOf(value: unknown): PaymentMethod | null {
  return METHODS.find((m) => m === value) ?? null;
}

function orderPayment(raw: Raw): { method: PaymentMethod | null; instructions: string | null } {
  const sessions = arr(raw.payment_collections).flatMap((c) => arr(c.payment_sessions));
  const session =
    sessions.find((s) => str(s, 'status') === 'authorized' || str(s, 'status') === 'captured') ??
    sessions[0] ??
    null;
  return {
    method: methodOfProvider(str(session, 'provider_id')),
    instructions: str(obj(session?.data), 'instructions'),
  };
}

function mapProof(raw: Raw | null): PaymentProofView | null {
  const status = str(raw, 'status');
  if (!raw || (status !== 'submitted' && status !== 'rejected')) return null;
  return { status, submittedAt: str(raw, 'submitted_at') ?? '', reason: str(raw, 'reason') };
}

function mapShipment(raw: Raw): ShipmentView {
  return {
    packedAt: str(raw, 'packed_at'),
    shippedAt: str(raw, 'shipped_at'),
    deliveredAt: str(raw, 'delivered_at'),
    trackingNumbers: (Array.isArray(raw.tracking_numbers) ? raw.tracking_numbers : []).filter(
      (n): n is string => typeof n === 'string' && n.trim() !== '' && n !== '-',
    ),
  };
}

/**
 * @param raw the store API's order
 * @param progress our plugin's `/webdesaku/orders/:id/progress` (proof, cancel reason, parcels), which
 *   the store API does not give; null when it could not be read (the timeline then shows less)
 */
export function mapOrder(raw: Raw, medusaUrl: string, progress: Raw | null = null): OrderView {
  const metadata = obj(raw.metadata);
  const address = obj(raw.shipping_address);
  const methods = arr(raw.shipping_methods);
  return {
    id: str(raw, 'id') ?? '',
    displayId: str(raw, 'display_id') ?? '',
    status: str(raw, 'status') ?? 'pending',
    paymentStatus: str(raw, 'payment_status') ?? 'not_paid',
    fulfillmentStatus: str(raw, 'fulfillment_status') ?? 'not_fulfilled',
    createdAt: str(raw, 'created_at') ?? '',
    email: str(raw, 'email'),
    phone: str(address, 'phone') ?? str(metadata, 'phone'),
    salesChannelId: str(raw, 'sales_channel_id'),
    paymentMethod: orderPayment(raw).method ?? paymentMethodOf(metadata?.payment_method),
    paymentInstructions: orderPayment(raw).instructions,
    pickup: metadata?.pickup === true || methods.some((m) => /ambil|pickup/i.test(str(m, 'name') ?? '')),
    deliveryName: str(methods[0] ?? null, 'name'),
    proof: mapProof(obj(progress?.payment_proof)),
    shipments: arr(progress?.fulfillments).map(mapShipment),
    cancelReason: str(progress, 'cancel_reason'),
    lines: arr(raw.items).map((l) => mapLine(l, medusaUrl)),
    subtotal: num(raw, 'item_subtotal', 'item_total', 'subtotal') ?? 0,
    shipping: num(raw, 'shipping_total') ?? 0,
    total: num(raw, 'total') ?? 0,
  };
}

export function mapProducer(raw: Raw | null, medusaUrl: string): ProducerRef | null {
  const id = str(raw, 'id');
  if (!raw || !id) return null;
  return {
    id,
    name: str(raw, 'name') ?? '',
    dusun: str(raw, 'dusun'),
    photo: shopMediaUrl(str(raw, 'photo_url'), medusaUrl),
    whatsapp: str(raw, 'whatsapp'),
  };
}

/** A product of the regency market: a village's product card that names its village and producer. */
export function mapMarketProduct(raw: Raw, medusaUrl: string): ProductSummary {
  const village = obj(raw.village);
  return {
    ...mapProductSummary(raw, str(village, 'slug') ?? '', medusaUrl),
    villageName: str(village, 'name') ?? undefined,
    producer: mapProducer(obj(raw.producer), medusaUrl),
  };
}

export function mapMarketCategory(raw: Raw): MarketCategory {
  return { handle: str(raw, 'handle') ?? '', name: str(raw, 'name') ?? '', count: num(raw, 'count') ?? 0 };
}

export function mapProducerProfile(raw: Raw, medusaUrl: string): ProducerProfile | null {
  const producer = mapProducer(raw, medusaUrl);
  return producer && { ...producer, profile: str(raw, 'profile') };
}
