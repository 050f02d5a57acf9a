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

// Our upload names every proof `bukti-<uuid>.<ext>` (the file provider may add a prefix).
const PROOF_FILE = /bukti-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.(?:jpg|png|webp)$/;

/** Keys of an order's metadata only our routes write (api/guards/reserved-metadata.ts). */
export const RESERVED_ORDER_METADATA = ['payment_proof', 'cancel_reason'] as const;

export function paymentProofOf(metadata: unknown): PaymentProof | null {
  const proof = (metadata as Row | null | undefined)?.payment_proof as Row | undefined;
  if (!proof || typeof proof.file_id !== 'string' || !PROOF_FILE.test(proof.file_id)) return null;
  if (proof.status !== 'submitted' && proof.status !== 'rejected') return null;
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
