import { Modules } from '@medusajs/framework/utils';
import { createStep, StepResponse } from '@medusajs/framework/workflows-sdk';
import type { PaymentProof } from '../../../lib/payment-proof';

/** Writes the proof into the order's metadata beside what is there; undone by the old metadata. */
export const setPaymentProofStep = createStep(
  'webdesaku-set-payment-proof',
  async (input: { order_id: string; proof: PaymentProof }, { container }) => {
    const orders = container.resolve(Modules.ORDER);
    const before = await orders.retrieveOrder(input.order_id, { select: ['id', 'metadata'] });
    await orders.updateOrders([
      { id: input.order_id, metadata: { ...(before.metadata ?? {}), payment_proof: input.proof } },
    ]);
    return new StepResponse(input.proof, { id: input.order_id, metadata: before.metadata ?? null });
  },
  async (previous, { container }) => {
    if (!previous) return;
    await container.resolve(Modules.ORDER).updateOrders([previous as { id: string }]);
  },
);
