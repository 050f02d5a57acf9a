import { z } from '@medusajs/framework/zod';

export const LinkSellerSchema = z.object({
  user_id: z.string().min(1, 'user_id wajib diisi'),
  // null unlinks: the user then reaches nothing unless granted regency-admin rights.
  village_slug: z.string().min(1).nullable(),
});

export type LinkSellerBody = z.infer<typeof LinkSellerSchema>;
