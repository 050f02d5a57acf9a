import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { villageService } from '../../../lib/villages';

export type ProducerData = {
  name: string;
  whatsapp?: string | null;
  whatsapp_public?: boolean;
  profile?: string | null;
  dusun?: string | null;
};

export type CreateProducerInput = ProducerData & { village_id: string };

/** Adds a producer to a village; undone by deleting it again. */
export const createProducerStep = createStep(
  'webdesaku-create-producer',
  async (input: CreateProducerInput, { container }) => {
    const producer = await villageService(container).createProducers(input);
    return new StepResponse(producer, producer.id);
  },
  async (id, { container }) => {
    if (id) await villageService(container).deleteProducers(id);
  },
);
