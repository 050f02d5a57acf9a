import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import { ContainerRegistrationKeys, MedusaError, Modules } from '@medusajs/framework/utils';
import { villageService } from '../../../lib/villages';
import type { SetRegencyAdminInput } from '..';

/**
 * Grants or revokes regency-admin rights, idempotently, and writes the change to the log (the
 * audit trail). The last regency admin cannot be revoked: nobody could grant it back.
 */
export const setRegencyAdminStep = createStep(
  'webdesaku-set-regency-admin',
  async (input: SetRegencyAdminInput, { container }) => {
    const [user] = await container.resolve(Modules.USER).listUsers({ id: input.user_id });
    if (!user)
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Pengguna ${input.user_id} tidak ditemukan`);
    const service = villageService(container);
    const [existing] = await service.listRegencyAdmins({ user_id: input.user_id });
    if (input.granted === Boolean(existing)) return new StepResponse({ changed: false }, null);
    if (input.granted) {
      await service.createRegencyAdmins({ user_id: input.user_id, granted_by: input.by });
    } else {
      if ((await service.listRegencyAdmins({}, { take: 2 })).length < 2) {
        throw new MedusaError(
          MedusaError.Types.NOT_ALLOWED,
          'Admin kabupaten terakhir tidak dapat dicabut: berikan hak ini kepada orang lain dulu.',
        );
      }
      await service.deleteRegencyAdmins(existing!.id);
    }
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .info(
        `webdesaku audit: regency admin ${input.granted ? 'granted to' : 'revoked from'} ${user.email} (${user.id}) by ${input.by}`,
      );
    return new StepResponse(
      { changed: true },
      { user_id: input.user_id, by: input.by, granted: input.granted },
    );
  },
  async (undo, { container }) => {
    if (!undo) return;
    const service = villageService(container);
    const [existing] = await service.listRegencyAdmins({ user_id: undo.user_id });
    if (undo.granted && existing) await service.deleteRegencyAdmins(existing.id);
    if (!undo.granted && !existing)
      await service.createRegencyAdmins({ user_id: undo.user_id, granted_by: undo.by });
  },
);
