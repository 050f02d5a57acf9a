import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { provisionVillage } from "../../../../lib/provision"
import { adminVillage } from "../../../../lib/villages"
import type { UpsertVillageBody } from "./validators"

// Strapi calls this with the sync secret as Bearer, which Medusa's user auth would
// reject as a bad JWT; authenticateSyncOrRegency (middlewares.ts) checks instead.
export const AUTHENTICATE = false

/** Upsert a village's shop by slug (called by Strapi on every village save). */
export async function POST(req: MedusaRequest<UpsertVillageBody>, res: MedusaResponse) {
  const village = await provisionVillage(req.scope, req.validatedBody)
  res.json({ village: adminVillage(village) })
}
