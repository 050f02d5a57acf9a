import { defineMiddlewares, validateAndTransformBody } from "@medusajs/framework/http"
import { UpsertVillageSchema } from "./admin/webdesaku/villages/validators"
import { authenticateSyncOrRegency } from "./auth-sync-or-regency"

export default defineMiddlewares({
  routes: [
    {
      matcher: "/admin/webdesaku/villages",
      method: ["POST"],
      middlewares: [authenticateSyncOrRegency(), validateAndTransformBody(UpsertVillageSchema)],
    },
  ],
})
