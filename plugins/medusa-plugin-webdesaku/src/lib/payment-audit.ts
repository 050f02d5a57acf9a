import type { AuthenticatedMedusaRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';

/**
 * Where shoppers send money is the one setting a rogue or stolen seller account could profit from:
 * every change is written to the log with who made it, for the regency to trace.
 */
export function logPaymentChange(req: AuthenticatedMedusaRequest, village: { slug: string }, what: string) {
  req.scope
    .resolve(ContainerRegistrationKeys.LOGGER)
    .info(`webdesaku: pembayaran Desa ${village.slug} diubah (${what}) oleh ${req.auth_context.actor_id}`);
}
