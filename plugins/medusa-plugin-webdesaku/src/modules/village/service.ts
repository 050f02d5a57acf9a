import { MedusaService } from '@medusajs/framework/utils';
import { Village } from './models/village';

class VillageModuleService extends MedusaService({ Village }) {}

export default VillageModuleService;
