import { ModuleProvider, Modules } from '@medusajs/framework/utils';
import { BankTransferProvider } from './bank-transfer';
import { CashOnDeliveryProvider } from './cash-on-delivery';
import { QrisManualProvider } from './qris-manual';

export default ModuleProvider(Modules.PAYMENT, {
  services: [BankTransferProvider, CashOnDeliveryProvider, QrisManualProvider],
});
