import { ManualPaymentBase } from './manual-payment-base';

/** "Transfer bank": the order waits for payment until the seller confirms the transfer. */
export class BankTransferProvider extends ManualPaymentBase {
  static identifier = 'transfer-bank';

  protected instructions(): string {
    return 'Transfer sejumlah total pesanan ke rekening BUMDes desa. Penjual akan menghubungi Anda lewat WhatsApp dan menandai pesanan lunas setelah dana diterima.';
  }
}
