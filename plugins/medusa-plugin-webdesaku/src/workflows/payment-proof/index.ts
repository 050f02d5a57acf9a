import { createWorkflow, transform, when, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { deleteFilesWorkflow, emitEventStep, uploadFilesWorkflow } from '@medusajs/medusa/core-flows';
import type { PaymentProof } from '../../lib/payment-proof';
import { mergeOrderMetadataStep } from '../steps/merge-order-metadata';

export const PROOF_SUBMITTED = 'webdesaku.payment_proof.submitted';
export const PROOF_REJECTED = 'webdesaku.payment_proof.rejected';

export type SubmitPaymentProofInput = {
  order_id: string;
  /** A cleaned photo (lib/clean-photo.ts), base64 as the file module takes it. */
  image: { filename: string; mimeType: string; content: string };
  /** The proof this one replaces (a wrong photo, or one the seller rejected): its file goes. */
  previous_file_id?: string | null;
};

/**
 * The shopper's photo of the transfer/QRIS receipt: a private file, noted on the order, and the
 * village's sellers told (PROOF_SUBMITTED). A failure after the upload deletes the file again.
 */
export const submitPaymentProofWorkflow = createWorkflow(
  'webdesaku-submit-payment-proof',
  (input: SubmitPaymentProofInput) => {
    const files = uploadFilesWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({
        files: [{ ...input.image, access: 'private' as const }],
      })),
    });
    const proof = transform({ files, input }, ({ files, input }) => ({
      file_id: files[0].id,
      mime: input.image.mimeType,
      submitted_at: new Date().toISOString(),
      status: 'submitted' as const,
    }));
    mergeOrderMetadataStep(
      transform({ proof, input }, ({ proof, input }) => ({
        order_id: input.order_id,
        metadata: { payment_proof: proof },
      })),
    );
    // Last, once the new proof is in place: a photo of someone's bank receipt is not kept unused.
    when({ input }, ({ input }) => !!input.previous_file_id).then(() => {
      deleteFilesWorkflow.runAsStep({
        input: transform({ input }, ({ input }) => ({ ids: [input.previous_file_id!] })),
      });
    });
    // `at` tells one proof from the next: a second proof after a rejection is news again.
    emitEventStep({
      eventName: PROOF_SUBMITTED,
      data: transform({ proof, input }, ({ proof, input }) => ({
        id: input.order_id,
        at: proof.submitted_at,
      })),
    });
    return new WorkflowResponse(proof);
  },
);

/** The seller found no money behind the proof: the shopper is told why and may send another. */
export const rejectPaymentProofWorkflow = createWorkflow(
  'webdesaku-reject-payment-proof',
  (input: { order_id: string; proof: PaymentProof; reason: string }) => {
    const proof = transform({ input }, ({ input }) => ({
      ...input.proof,
      status: 'rejected' as const,
      reason: input.reason,
      decided_at: new Date().toISOString(),
    }));
    mergeOrderMetadataStep(
      transform({ proof, input }, ({ proof, input }) => ({
        order_id: input.order_id,
        metadata: { payment_proof: proof },
      })),
    );
    emitEventStep({
      eventName: PROOF_REJECTED,
      data: transform({ proof, input }, ({ proof, input }) => ({ id: input.order_id, at: proof.decided_at })),
    });
    return new WorkflowResponse(proof);
  },
);
