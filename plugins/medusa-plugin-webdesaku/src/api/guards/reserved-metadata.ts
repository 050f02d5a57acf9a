import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { RESERVED_ORDER_METADATA } from '../../lib/payment-proof';

/**
 * A cart's metadata becomes its order's, and sellers may edit their orders' metadata: neither may
 * write the keys that say a proof of payment was sent or why an order was canceled. A forged proof
 * would keep an unpaid order from being canceled and point the seller's dashboard at any file.
 */
export function refuseReservedMetadata(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const metadata = (req.body as { metadata?: unknown } | undefined)?.metadata;
  const used =
    metadata && typeof metadata === 'object'
      ? RESERVED_ORDER_METADATA.filter((key) => Object.prototype.hasOwnProperty.call(metadata, key))
      : [];
  if (!used.length) return next();
  next(
    new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `metadata.${used[0]} hanya diisi oleh Webdesaku (bukti pembayaran dan alasan pembatalan).`,
    ),
  );
}
