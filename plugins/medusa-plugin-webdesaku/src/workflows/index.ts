export { provisionVillageWorkflow } from './provision-village';
export type { ProvisionVillageInput } from './provision-village';
export { recordVillageRequestWorkflow } from './record-village-request';
export { linkSellerWorkflow } from './link-seller';
export type { LinkSellerInput } from './link-seller';
export { revalidateStorefrontWorkflow } from './revalidate-storefront';
export { setRegencyAdminWorkflow } from './set-regency-admin';
export type { SetRegencyAdminInput } from './set-regency-admin';
export { notifySellersOfOrderWorkflow } from './notify-sellers';
export { updateVillagePaymentWorkflow } from './update-village-payment';
export type { VillagePaymentUpdate } from './update-village-payment';
export { setVillageQrisWorkflow } from './set-village-qris';
export {
  PROOF_REJECTED,
  PROOF_SUBMITTED,
  rejectPaymentProofWorkflow,
  submitPaymentProofWorkflow,
} from './payment-proof';
export { cancelOrderWithReasonWorkflow } from './cancel-order-with-reason';
export {
  PRODUCERS_CHANGED,
  createProducerWorkflow,
  deleteProducerWorkflow,
  setProducerPhotoWorkflow,
  setProductProducerWorkflow,
  updateProducerWorkflow,
} from './producers';
export type { CreateProducerInput, ProducerData, ProducerUpdate, SetProducerPhotoInput } from './producers';
