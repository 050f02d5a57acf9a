import type { AdminOrder } from '@medusajs/framework/types';
import { Button, toast, usePrompt } from '@medusajs/ui';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { paymentsOf } from '../../lib/order-state';
import { RejectProofForm } from './reject-proof-form';
import { sdk } from './sdk';

/** The seller's verdict on a proof waiting to be checked: confirm (capture the payment) or reject. */
export function ProofActions({ order }: { order: AdminOrder }) {
  const { t } = useTranslation();
  const prompt = usePrompt();
  const queryClient = useQueryClient();
  const [rejecting, setRejecting] = useState(false);
  const payment = paymentsOf(order).find((p) => !p.captured_at && !p.canceled_at);

  // The dashboard keeps its order queries under `orders`: re-reading them refreshes this widget's
  // order, the payment section and the activity of the page alike.
  const done = (message: string) => {
    toast.success(message);
    return queryClient.invalidateQueries({ queryKey: ['orders'] });
  };
  const capture = useMutation({
    mutationFn: (paymentId: string) => sdk.admin.payment.capture(paymentId, {}),
    onSuccess: () => done(t('webdesaku.proof.confirmed')),
    onError: (e) => toast.error(e.message),
  });
  const confirm = async () => {
    const confirmed = await prompt({
      title: t('webdesaku.proof.confirmTitle'),
      description: t('webdesaku.proof.confirmDescription'),
      confirmText: t('webdesaku.proof.confirm'),
      cancelText: t('webdesaku.common.cancel'),
      variant: 'confirmation',
    });
    if (confirmed && payment) capture.mutate(payment.id);
  };

  if (rejecting) {
    return (
      <RejectProofForm
        orderId={order.id}
        onCancel={() => setRejecting(false)}
        onRejected={() => done(t('webdesaku.proof.rejectedToast'))}
      />
    );
  }
  return (
    <div className="flex gap-x-2">
      <Button size="small" onClick={confirm} disabled={!payment} isLoading={capture.isPending}>
        {t('webdesaku.proof.confirm')}
      </Button>
      <Button size="small" variant="secondary" onClick={() => setRejecting(true)}>
        {t('webdesaku.proof.reject')}
      </Button>
    </div>
  );
}
