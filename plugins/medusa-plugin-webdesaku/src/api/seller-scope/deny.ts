import { MedusaError } from '@medusajs/framework/utils';
import type { SellerVillage } from './types';

/** The one message a seller sees when reaching outside its village. */
export function deny(village: SellerVillage, what = 'Data ini'): never {
  throw new MedusaError(
    MedusaError.Types.FORBIDDEN,
    `${what} bukan milik Desa ${village.name}. Penjual hanya dapat mengelola lapak desanya sendiri.`,
  );
}
