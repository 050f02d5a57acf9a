/**
 * The relation paths sellers may select, per kind of route: what Medusa's defaults and the
 * dashboard's pages ask for, nothing more. Each path stays inside the village's own records or
 * ends at a regency-wide one (a region, a type, a category); none continues from a shared
 * record back into other villages' (a region's orders, a profile's products, a customer's orders).
 */

const variantTree = [
  'images',
  'images.variants',
  'options',
  'options.option',
  'prices',
  'prices.price_rules',
  'product',
  'product.images',
  'inventory',
  'inventory.location_levels',
  'inventory_items',
  'inventory_items.inventory',
  'inventory_items.inventory.location_levels',
];

export const productRelations = [
  'collection',
  'type',
  'tags',
  'categories',
  'shipping_profile',
  'sales_channels',
  'images',
  'images.variants',
  'options',
  'options.values',
  'variants',
  ...variantTree.map((path) => `variants.${path}`),
  // Sub-routes answer with a variant or an option of the product.
  ...variantTree,
  'values',
];

const orderVariant = [
  'variant',
  'variant.options',
  'variant.product',
  'variant.product.shipping_profile',
  'variant.inventory',
  'variant.inventory.location_levels',
  'variant.inventory_items',
  'variant.inventory_items.inventory',
];

export const orderRelations = [
  'summary',
  'region',
  'customer',
  'sales_channel',
  'shipping_address',
  'billing_address',
  'credit_lines',
  'promotions',
  'order_change',
  'actions',
  'items',
  'items.adjustments',
  'items.detail',
  'items.tax_lines',
  ...orderVariant.map((path) => `items.${path}`),
  // Order changes and previews list items as `items.item`.
  'item',
  'items.item',
  ...orderVariant.map((path) => `items.item.${path}`),
  'shipping_methods',
  'shipping_methods.adjustments',
  'shipping_methods.tax_lines',
  'fulfillments',
  'fulfillments.items',
  'fulfillments.labels',
  'fulfillments.shipping_option',
  'fulfillments.shipping_option.service_zone',
  'fulfillments.shipping_option.service_zone.fulfillment_set',
  'fulfillments.shipping_option.service_zone.fulfillment_set.type',
  'payment_collections',
  'payment_collections.payment_sessions',
  'payment_collections.payments',
  'payment_collections.payments.captures',
  'payment_collections.payments.refunds',
  'payment_collections.payments.refunds.refund_reason',
];

/** Returns, claims and exchanges of one own order. */
export const orderChangeRelations = [
  'items',
  'items.reason',
  'items.item',
  'additional_items',
  'claim_items',
  'claim_items.reason',
  'type',
];

export const paymentRelations = ['captures', 'refunds', 'refunds.refund_reason'];

export const customerRelations = ['addresses', 'groups'];

export const inventoryItemRelations = [
  'location_levels',
  'location_levels.stock_locations',
  'stock_locations',
  'variants',
  'variants.options',
  'variants.product',
];

export const reservationRelations = ['inventory_item', 'line_item'];

export const shippingOptionRelations = [
  'prices',
  'prices.price_rules',
  'provider',
  'rules',
  'type',
  'shipping_profile',
  'service_zone',
  'service_zone.fulfillment_set',
  'service_zone.fulfillment_set.location',
  'service_zone.fulfillment_set.location.address',
];

/** The village's own stock location, as its settings page shows it. */
export const stockLocationRelations = [
  'address',
  'sales_channels',
  'fulfillment_providers',
  'fulfillment_sets',
  'fulfillment_sets.service_zones',
  'fulfillment_sets.service_zones.geo_zones',
  'fulfillment_sets.service_zones.shipping_options',
  'fulfillment_sets.service_zones.shipping_options.rules',
  'fulfillment_sets.service_zones.shipping_options.shipping_profile',
];
