import { MedusaService } from '@medusajs/framework/utils';
import { RegencyAdmin } from './models/regency-admin';
import { Village } from './models/village';

class VillageModuleService extends MedusaService({ Village, RegencyAdmin }) {}

export default VillageModuleService;
