import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils';
import { VILLAGE_MODULE } from '../../../modules/village';
import type VillageModuleService from '../../../modules/village/service';
import { findSellerVillage } from '../../../lib/villages';

type Input = { user_id: string; village_slug: string | null };

function link(userId: string, villageId: string) {
  return { [VILLAGE_MODULE]: { village_id: villageId }, [Modules.USER]: { user_id: userId } };
}

/**
 * Makes a user the seller of one village (or, with no slug, of none).
 * A user has at most one village: the old link goes first.
 */
export const setSellerVillageStep = createStep(
  'webdesaku-set-seller-village',
  async (input: Input, { container }) => {
    const users = container.resolve(Modules.USER);
    const [user] = await users.listUsers({ id: input.user_id });
    if (!user)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pengguna ${input.user_id} tidak ditemukan`);
    let villageId: string | null = null;
    if (input.village_slug) {
      const villages: VillageModuleService = container.resolve(VILLAGE_MODULE);
      const [village] = await villages.listVillages({ slug: input.village_slug });
      if (!village) {
        throw new MedusaError(
          MedusaError.Types.NOT_FOUND,
          `Desa dengan slug "${input.village_slug}" tidak ditemukan`,
        );
      }
      villageId = village.id;
    }
    const previous = (await findSellerVillage(container, input.user_id))?.id ?? null;
    if (previous !== villageId) await swap(container, input.user_id, previous, villageId);
    return new StepResponse(
      { user_id: input.user_id, village_id: villageId },
      { user_id: input.user_id, previous, next: villageId },
    );
  },
  async (compensation, { container }) => {
    if (!compensation || compensation.previous === compensation.next) return;
    await swap(container, compensation.user_id, compensation.next, compensation.previous);
  },
);

async function swap(
  container: Parameters<typeof findSellerVillage>[0],
  userId: string,
  from: string | null,
  to: string | null,
) {
  const remoteLink = container.resolve(ContainerRegistrationKeys.LINK);
  if (from) await remoteLink.dismiss(link(userId, from));
  if (to) await remoteLink.create(link(userId, to));
}
