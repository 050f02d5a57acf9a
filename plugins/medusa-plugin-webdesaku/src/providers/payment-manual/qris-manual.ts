import { ManualPaymentBase } from './manual-payment-base';

/** "QRIS (manual)": the shopper scans the village's static QRIS; the seller checks it arrived. */
export class QrisManualProvider extends ManualPaymentBase {
  static identifier = 'qris';

  protected instructions(): string {
    return 'Pindai kode QRIS desa dengan aplikasi bank atau dompet digital Anda. Penjual menandai pesanan lunas setelah pembayaran masuk.';
  }
}
