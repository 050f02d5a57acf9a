import { Button, Label, Textarea, toast } from '@medusajs/ui';
import { useMutation } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { sdk } from './sdk';

// The route's bounds: below the minimum the button stays disabled, so no round trip ends in an error.
const REASON_LENGTH = { min: 5, max: 500 };

type Props = { orderId: string; onCancel: () => void; onRejected: () => void };

/** The reason a proof is rejected, written for the shopper (the route e-mails it to them). */
export function RejectProofForm({ orderId, onCancel, onRejected }: Props) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [reason, setReason] = useState('');
  const reject = useMutation({
    mutationFn: () =>
      sdk.client.fetch(`/admin/webdesaku/orders/${orderId}/payment-proof/reject`, {
        method: 'POST',
        body: { reason },
      }),
    onSuccess: onRejected,
    onError: (e) => toast.error(e.message),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    reject.mutate();
  };

  return (
    <form onSubmit={submit} className="flex flex-col gap-y-2">
      <Label size="small" htmlFor={reasonId}>
        {t('webdesaku.proof.reason')}
      </Label>
      <Textarea
        id={reasonId}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder={t('webdesaku.proof.reasonPlaceholder')}
        maxLength={REASON_LENGTH.max}
        autoFocus
      />
      <div className="flex gap-x-2">
        <Button type="button" size="small" variant="secondary" onClick={onCancel}>
          {t('webdesaku.common.cancel')}
        </Button>
        <Button
          type="submit"
          size="small"
          variant="danger"
          disabled={reason.trim().length < REASON_LENGTH.min}
          isLoading={reject.isPending}
        >
          {t('webdesaku.proof.sendRejection')}
        </Button>
      </div>
    </form>
  );
}
