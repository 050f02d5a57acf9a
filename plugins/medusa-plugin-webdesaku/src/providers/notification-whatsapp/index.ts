import { ModuleProvider, Modules } from '@medusajs/framework/utils';
import { WhatsappNotificationProvider } from './service';

export default ModuleProvider(Modules.NOTIFICATION, { services: [WhatsappNotificationProvider] });
