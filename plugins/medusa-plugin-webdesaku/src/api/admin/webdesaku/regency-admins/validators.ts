import { z } from '@medusajs/framework/zod';

export const GrantRegencyAdminSchema = z.object({
  user_id: z.string().min(1, 'user_id wajib diisi').max(100),
});

export type GrantRegencyAdminBody = z.infer<typeof GrantRegencyAdminSchema>;
