import { secretOrDevDefault } from '@webdesaku/contracts';

/**
 * Secrets shared with the other parts (docs/contracts.md). commerce/medusa-config.ts
 * validates them once at start and refuses development defaults in production;
 * here we only read them.
 */
export function syncSecret(): string {
  return secretOrDevDefault('WEBDESAKU_SYNC_SECRET');
}

export function revalidateSecret(): string {
  return secretOrDevDefault('REVALIDATE_SECRET');
}

export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || 'http://localhost:3000').replace(/\/+$/, '');
}

/** Where sellers open the dashboard (links in their e-mails). */
export function dashboardUrl(): string {
  return `${(process.env.MEDUSA_URL || `http://localhost:${process.env.PORT || 9000}`).replace(/\/+$/, '')}/app`;
}

/** E-mail is on when an SMTP server is configured (commerce/medusa-config.ts adds the provider). */
export function emailEnabled(): boolean {
  return Boolean(process.env.SMTP_HOST);
}

/** Hours a transfer/QRIS order may stay unpaid before it is canceled and its stock released. */
export function unpaidOrderHours(): number {
  const hours = Number(process.env.ORDER_PAYMENT_HOURS || 24);
  return Number.isFinite(hours) && hours > 0 ? hours : 24;
}

/** WhatsApp is on when the Cloud API is configured (commerce/medusa-config.ts adds the provider). */
export function whatsappEnabled(): boolean {
  return Boolean(process.env.WHATSAPP_TOKEN && process.env.WHATSAPP_PHONE_NUMBER_ID);
}
