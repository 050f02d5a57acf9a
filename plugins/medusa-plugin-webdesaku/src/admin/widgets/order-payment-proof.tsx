import '../lib/default-language';
import { defineWidgetConfig } from '@medusajs/admin-sdk';
import type { AdminOrder, DetailWidgetProps } from '@medusajs/framework/types';
import { Container, Heading, StatusBadge, Text } from '@medusajs/ui';
import { useTranslation } from 'react-i18next';
import { isPaid, paysFirst } from '../../lib/order-state';
import type { PaymentProof } from '../../lib/payment-proof';
import { ProofActions } from '../lib/proof-actions';
import { adminUrl } from '../lib/sdk';

const STATUS_COLOR = { none: 'orange', submitted: 'orange', rejected: 'red', paid: 'green' } as const;

/**
 * The shopper's proof of a transfer/QRIS payment, for the seller to check against the village's
 * account. The order page's query already holds the order's metadata and payments.
 */
const OrderPaymentProofWidget = ({ data: order }: DetailWidgetProps<AdminOrder>) => {
  const { t, i18n } = useTranslation();
  const proof = order.metadata?.payment_proof as PaymentProof | undefined;
  const paid = isPaid(order);
  const open = order.status === 'pending' && !paid;
  if (!proof && !(open && paysFirst(order))) return null;

  const status = paid ? 'paid' : (proof?.status ?? 'none');
  const image = adminUrl(`/admin/webdesaku/orders/${order.id}/payment-proof`);

  return (
    <Container className="divide-y p-0">
      <div className="flex items-center justify-between gap-x-2 px-6 py-4">
        <Heading level="h2">{t('webdesaku.proof.title')}</Heading>
        <StatusBadge color={STATUS_COLOR[status]}>{t(`webdesaku.proof.status.${status}`)}</StatusBadge>
      </div>
      {proof && (
        <div className="flex flex-col gap-y-3 px-6 py-4">
          <a href={image} target="_blank" rel="noreferrer">
            <img
              src={image}
              alt={t('webdesaku.proof.alt', { number: order.display_id })}
              className="max-h-96 w-full rounded-md border object-contain"
            />
          </a>
          <Text size="small" className="text-ui-fg-subtle">
            {t('webdesaku.proof.sentAt', {
              time: new Date(proof.submitted_at).toLocaleString(i18n.language),
            })}
          </Text>
          {proof.status === 'rejected' && !paid && (
            <Text size="small">{t('webdesaku.proof.rejectedBecause', { reason: proof.reason })}</Text>
          )}
          {proof.status === 'submitted' && open && <ProofActions order={order} />}
        </div>
      )}
    </Container>
  );
};

export const config = defineWidgetConfig({ zone: 'order.details.side.after' });

export default OrderPaymentProofWidget;
