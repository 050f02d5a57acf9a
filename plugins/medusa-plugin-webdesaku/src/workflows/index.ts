export { provisionVillageWorkflow } from './provision-village';
export type { ProvisionVillageInput } from './provision-village';
export { recordVillageRequestWorkflow } from './record-village-request';
export { linkSellerWorkflow } from './link-seller';
export type { LinkSellerInput } from './link-seller';
export { revalidateStorefrontWorkflow } from './revalidate-storefront';
export { setRegencyAdminWorkflow } from './set-regency-admin';
export type { SetRegencyAdminInput } from './set-regency-admin';
export { notifySellersOfOrderWorkflow } from './notify-sellers';
