import { z } from '@medusajs/framework/zod';
import { PRODUCER_ID } from '../../../../lib/producers';

export const SetProductProducerSchema = z.object({
  // null: the product names no producer.
  producer_id: z.string().regex(PRODUCER_ID, 'producer_id harus id pelapak (prdc_…) atau null.').nullable(),
});

export type SetProductProducerBody = z.infer<typeof SetProductProducerSchema>;
