import { sendNotificationsStep } from '@medusajs/medusa/core-flows';
import { createWorkflow, transform, WorkflowResponse } from '@medusajs/framework/workflows-sdk';
import { orderNotifications, type OrderEvent } from './notifications';
import { findOrderSellersStep } from './steps/find-order-sellers';

/** Tells the order's village (its sellers) and the shopper that an order came in or was canceled. */
export const notifySellersOfOrderWorkflow = createWorkflow(
  'webdesaku-notify-sellers-of-order',
  (input: { order_id: string; event: OrderEvent; occurrence?: string | null }) => {
    const found = findOrderSellersStep(input);
    const { bell, email, whatsapp } = transform({ found, input }, ({ found, input }) =>
      orderNotifications(input.event, found, input.occurrence),
    );
    const rung = sendNotificationsStep(bell).config({ name: 'webdesaku-ring-sellers' });
    // A mail server or WhatsApp that is down must neither undo the bell nor fail the run: the
    // notification is stored with its failure, for the operator to see.
    const mailed = sendNotificationsStep(email).config({
      name: 'webdesaku-email-order',
      continueOnPermanentFailure: true,
    });
    const messaged = sendNotificationsStep(whatsapp).config({
      name: 'webdesaku-whatsapp-order',
      continueOnPermanentFailure: true,
    });
    return new WorkflowResponse({ rung, mailed, messaged });
  },
);
