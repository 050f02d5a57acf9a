import { ManualPaymentBase } from './manual-payment-base';

/** "Bayar di tempat / COD": paid in cash on pickup or delivery. */
export class CashOnDeliveryProvider extends ManualPaymentBase {
  static identifier = 'cod';

  protected instructions(): string {
    return 'Bayar tunai saat barang diambil di kantor desa atau diantar kurir desa.';
  }
}
