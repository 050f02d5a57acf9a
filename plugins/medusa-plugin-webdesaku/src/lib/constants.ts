export const REGION = { name: 'Indonesia', currency_code: 'idr', countries: ['id'] } as const;

/** Medusa's built-in manual fulfillment provider (registered by default). */
export const FULFILLMENT_PROVIDER_ID = 'manual_manual';

export const SHIPPING_OPTION_NAMES = {
  pickup: 'Ambil di tempat',
  courier: 'Kurir desa',
} as const;

export const DEFAULT_COURIER_RATE = 10000;
