/**
 * Emitted with `{ id, village_id }` when a village's producers, or which product names which of
 * them, change: the storefront forgets the village's cached pages (subscribers/revalidate-village-producers.ts).
 */
export const PRODUCERS_CHANGED = 'webdesaku.producers.changed';
