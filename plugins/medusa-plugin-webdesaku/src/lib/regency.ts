import type { MedusaContainer } from '@medusajs/framework/types';
import { villageService } from './villages';

/** True only for users explicitly granted regency-admin rights (see models/regency-admin.ts). */
export async function isRegencyAdmin(container: MedusaContainer, userId: string): Promise<boolean> {
  const grants = await villageService(container).listRegencyAdmins({ user_id: userId }, { take: 1 });
  return grants.length > 0;
}
