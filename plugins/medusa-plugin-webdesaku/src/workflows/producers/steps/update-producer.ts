import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { villageService } from '../../../lib/villages';
import type { ProducerData } from './create-producer';

export type ProducerUpdate = Partial<ProducerData> & {
  id: string;
  photo_url?: string | null;
  photo_file_id?: string | null;
};

/** Changes the given fields of a producer; undone by putting their old values back. */
export const updateProducerStep = createStep(
  'webdesaku-update-producer',
  async (input: ProducerUpdate, { container }) => {
    const producers = villageService(container);
    const before = await producers.retrieveProducer(input.id);
    const producer = await producers.updateProducers(input);
    const previous = Object.fromEntries(
      Object.keys(input).map((key) => [key, before[key as keyof typeof before]]),
    ) as ProducerUpdate;
    return new StepResponse(producer, previous);
  },
  async (previous, { container }) => {
    if (previous) await villageService(container).updateProducers(previous);
  },
);
