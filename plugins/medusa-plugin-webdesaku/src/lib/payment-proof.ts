import { MedusaError } from '@medusajs/framework/utils';
import { isPaid, paysFirst } from './order-state';

/**
 * The shopper's proof of a transfer/QRIS payment, kept in the order's metadata. The photo itself is
 * a private file of the file module; only our routes serve it, to the order's sellers and shopper.
 */
export type PaymentProof = {
  file_id: string;
  mime: string;
  submitted_at: string;
  status: 'submitted' | 'rejected';
  reason?: string;
  decided_at?: string;
};

type Row = Record<string, any>;

export function paymentProofOf(metadata: unknown): PaymentProof | null {
  const proof = (metadata as Row | null | undefined)?.payment_proof as Row | undefined;
  if (!proof || typeof proof.file_id !== 'string' || typeof proof.mime !== 'string') return null;
  return proof as PaymentProof;
}

/** A proof may be sent (again, after a rejection) while a transfer/QRIS order is open and unpaid. */
export function requireAwaitingProof(order: Row | undefined): asserts order is Row {
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, 'Pesanan tidak ditemukan');
  if (!paysFirst(order)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Pesanan ini tidak dibayar dengan transfer atau QRIS, jadi tidak perlu bukti pembayaran.',
    );
  }
  if (order.status !== 'pending' || isPaid(order)) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      'Pesanan ini sudah dibayar, selesai atau dibatalkan: bukti pembayaran tidak dapat dikirim lagi.',
    );
  }
}
