import { model } from '@medusajs/framework/utils';

/**
 * A producer (pelapak): a villager who makes what the village sells. Its products name it through
 * the product↔producer link (links/product-producer.ts).
 */
export const Producer = model.define('producer', {
  id: model.id({ prefix: 'prdc' }).primaryKey(),
  village_id: model.text().index(),
  name: model.text(),
  // As WhatsApp addresses it, 62… (@webdesaku/contracts whatsappNumber); shown to shoppers only with consent.
  whatsapp: model.text().nullable(),
  // The producer agreed that the number is shown in the shop.
  whatsapp_public: model.boolean().default(false),
  profile: model.text().nullable(),
  photo_url: model.text().nullable(),
  // The photo's file in the file module, so a replaced or removed photo is deleted, not left public.
  photo_file_id: model.text().nullable(),
  dusun: model.text().nullable(),
});
