import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { villageService } from '../../../lib/villages';

/** The file that holds the producer's photo now (null when none), before it is replaced. */
export const producerPhotoFileStep = createStep(
  'webdesaku-producer-photo-file',
  async (id: string, { container }) => {
    const producer = await villageService(container).retrieveProducer(id, {
      select: ['id', 'photo_file_id'],
    });
    return new StepResponse(producer.photo_file_id ?? null);
  },
);
