export { PRODUCERS_CHANGED } from './events';
export { createProducerWorkflow } from './create-producer';
export { updateProducerWorkflow } from './update-producer';
export { deleteProducerWorkflow } from './delete-producer';
export { setProducerPhotoWorkflow } from './set-producer-photo';
export type { SetProducerPhotoInput } from './set-producer-photo';
export { setProductProducerWorkflow } from './set-product-producer';
export type { CreateProducerInput, ProducerData } from './steps/create-producer';
export type { ProducerUpdate } from './steps/update-producer';
