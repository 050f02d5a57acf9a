import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { Modules } from "@medusajs/framework/utils"
import { adminVillage } from "../../../../lib/villages"
import { provisionVillageWorkflow } from "../../../../workflows"
import type { UpsertVillageBody } from "./validators"

// Strapi calls this with the sync secret as Bearer, which Medusa's user auth would
// reject as a bad JWT; authenticateSyncOrRegency (middlewares.ts) checks instead.
export const AUTHENTICATE = false

/** Upsert a village's shop by slug (called by Strapi on every village save). */
export async function POST(req: MedusaRequest<UpsertVillageBody>, res: MedusaResponse) {
  const body = req.validatedBody
  const locking = req.scope.resolve(Modules.LOCKING)
  // Two saves of the same village at once must not provision it twice.
  const village = await locking.execute(`webdesaku-village:${body.slug}`, async () => {
    const { result } = await provisionVillageWorkflow(req.scope).run({ input: body })
    return result
  })
  res.json({ village: adminVillage(village) })
}
