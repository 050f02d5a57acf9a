import type { MedusaContainer, NotificationDTO } from '@medusajs/framework/types';
import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';

export const MAX_ATTEMPTS = 6;
const FIRST_WAIT_MS = 5 * 60_000;
const GIVE_UP_AFTER_MS = 24 * 3600_000;

// Columns the DTO type leaves out but the module returns.
type Stored = NotificationDTO & { idempotency_key?: string | null; updated_at?: Date };

const attemptsOf = (n: Stored) => Number((n.data as { attempts?: number } | null)?.attempts ?? 1);

/** Waits 5, 10, 20, 40, 80 minutes after each failed attempt; stops after six. */
export function dueForRetry(n: Stored, now: number): boolean {
  const attempts = attemptsOf(n);
  if (attempts >= MAX_ATTEMPTS || !(n.data as { content?: unknown } | null)?.content) return false;
  const last = new Date(n.updated_at ?? n.created_at).getTime();
  return now - last >= FIRST_WAIT_MS * 2 ** (attempts - 1);
}

/**
 * Sends again the order e-mails and WhatsApp messages whose provider failed (a mail server or the
 * Cloud API down), with backoff. The notification module sends a failed notification again when it
 * is created with the same idempotency key and its own id; a success is never sent twice.
 * Returns how many were retried.
 */
export async function retryFailedNotifications(
  container: MedusaContainer,
  now = new Date(),
): Promise<number> {
  const notifications = container.resolve(Modules.NOTIFICATION);
  const failed: Stored[] = await notifications.listNotifications(
    {
      status: 'failure',
      channel: ['email', 'whatsapp'],
      created_at: { $gt: new Date(now.getTime() - GIVE_UP_AFTER_MS) },
    } as Record<string, unknown>,
    // Newest first: a pile of old, hopeless failures must not keep today's from being retried.
    { take: 200, order: { created_at: 'DESC' } },
  );
  const due = failed.filter((n) => n.idempotency_key && dueForRetry(n, now.getTime()));
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  for (const n of due) {
    const data = n.data as { content: Record<string, string>; attempts?: number };
    await notifications
      .createNotifications({
        id: n.id,
        to: n.to,
        channel: n.channel,
        template: n.template,
        trigger_type: n.trigger_type,
        resource_id: n.resource_id,
        resource_type: n.resource_type,
        receiver_id: n.receiver_id,
        idempotency_key: n.idempotency_key,
        content: data.content,
        data: { ...data, attempts: attemptsOf(n) + 1 },
      } as Parameters<typeof notifications.createNotifications>[0])
      .catch((error: Error) =>
        logger.warn(
          `webdesaku: ${n.channel} ${n.id} gagal lagi (percobaan ${attemptsOf(n) + 1}): ${error.message}`,
        ),
      );
  }
  return due.length;
}
