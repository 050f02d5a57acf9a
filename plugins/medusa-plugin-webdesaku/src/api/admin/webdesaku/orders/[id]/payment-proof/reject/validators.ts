import { z } from '@medusajs/framework/zod';

export const RejectProofSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(5, 'Tulis alasan penolakan untuk pembeli, mis. "Dana belum masuk ke rekening"')
    .max(500),
});

export type RejectProofBody = z.infer<typeof RejectProofSchema>;
