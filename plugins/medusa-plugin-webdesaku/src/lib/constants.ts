/** Provider id under which commerce registers our payment providers (medusa-config.ts). */
export const PAYMENT_PROVIDER_REGISTRATION_ID = 'webdesaku';

export const PAYMENT_PROVIDER_IDS = {
  bankTransfer: `pp_transfer-bank_${PAYMENT_PROVIDER_REGISTRATION_ID}`,
  cashOnDelivery: `pp_cod_${PAYMENT_PROVIDER_REGISTRATION_ID}`,
  qris: `pp_qris_${PAYMENT_PROVIDER_REGISTRATION_ID}`,
} as const;

/** A village's slug, in its URLs and when it is created: lowercase words joined by hyphens. */
export const VILLAGE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const REGION = { name: 'Indonesia', currency_code: 'idr', countries: ['id'] } as const;

/** Medusa's built-in manual fulfillment provider (registered by default). */
export const FULFILLMENT_PROVIDER_ID = 'manual_manual';

export const SHIPPING_OPTION_NAMES = {
  pickup: 'Ambil di tempat',
  courier: 'Kurir desa',
} as const;

export const DEFAULT_COURIER_RATE = 10000;
