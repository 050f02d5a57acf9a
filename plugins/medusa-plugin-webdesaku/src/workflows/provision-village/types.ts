export type ProvisionVillageInput = {
  slug: string;
  name: string;
  strapi_document_id?: string | null;
  whatsapp?: string | null;
  courier_rate?: number | null;
};

/** What a previous run already made for this slug (all null on a first run). */
export type ExistingVillage = {
  id: string | null;
  sales_channel_id: string | null;
  stock_location_id: string | null;
  fulfillment_set_id: string | null;
  publishable_key_id: string | null;
  courier_rate: number | null;
  whatsapp: string | null;
  strapi_document_id: string | null;
};
