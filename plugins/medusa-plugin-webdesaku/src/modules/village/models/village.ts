import { model } from '@medusajs/framework/utils';

/**
 * A village (desa) with its shop. The slug is the identity shared with Strapi and the
 * storefront; the ids point at the Medusa resources provisioned for the village.
 */
export const Village = model.define('village', {
  id: model.id({ prefix: 'vlg' }).primaryKey(),
  slug: model.text().unique(),
  name: model.text(),
  strapi_document_id: model.text().nullable(),
  whatsapp: model.text().nullable(),
  // Flat rate of "Kurir desa" in whole rupiah.
  courier_rate: model.number().default(10000),
  // Where shoppers pay by transfer: [{ bank, number, holder }] (lib/payment-details.ts).
  bank_accounts: model.json().nullable(),
  // The village's QRIS code, an image stored through the file module.
  qris_image_url: model.text().nullable(),
  sales_channel_id: model.text().nullable(),
  stock_location_id: model.text().nullable(),
  fulfillment_set_id: model.text().nullable(),
  publishable_key_id: model.text().nullable(),
  publishable_key: model.text().nullable(),
  status: model.enum(['pending', 'active', 'failed']).default('pending'),
});
