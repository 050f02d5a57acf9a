import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { villageService } from '../../../lib/villages';

/** Removes a producer (soft delete, so undoing it restores the same record and id). */
export const deleteProducerStep = createStep(
  'webdesaku-delete-producer',
  async (id: string, { container }) => {
    const producers = villageService(container);
    const producer = await producers.retrieveProducer(id);
    await producers.softDeleteProducers(id);
    return new StepResponse(producer, id);
  },
  async (id, { container }) => {
    if (id) await villageService(container).restoreProducers(id);
  },
);
