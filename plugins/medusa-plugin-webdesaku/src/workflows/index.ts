export { provisionVillageWorkflow } from "./provision-village"
export type { ProvisionVillageInput } from "./provision-village"
