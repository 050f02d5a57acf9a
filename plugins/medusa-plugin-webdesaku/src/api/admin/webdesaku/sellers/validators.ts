import { z } from '@medusajs/framework/zod';

export const LinkSellerSchema = z.object({
  user_id: z.string().min(1, 'user_id wajib diisi'),
  // null makes the user a regency admin again (no village).
  village_slug: z.string().min(1).nullable(),
});

export type LinkSellerBody = z.infer<typeof LinkSellerSchema>;
