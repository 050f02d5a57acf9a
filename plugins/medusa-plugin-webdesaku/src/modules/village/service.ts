import { MedusaService } from '@medusajs/framework/utils';
import { Producer } from './models/producer';
import { RegencyAdmin } from './models/regency-admin';
import { Village } from './models/village';

class VillageModuleService extends MedusaService({ Village, RegencyAdmin, Producer }) {}

export default VillageModuleService;
