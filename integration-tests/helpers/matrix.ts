// The consolidated authorization matrix: who (actor) may do what (action) to whose resource (A, B, -).
import type { AdminClient } from './admin';

export type Actor = 'public' | 'editorA' | 'sellerA' | 'regency';
export type Owner = 'A' | 'B' | '-';
export type Outcome = 'allow' | 'deny';

export interface Clients {
  strapi: AdminClient;
  medusa: AdminClient;
}

export interface Cell {
  backend: 'strapi' | 'medusa';
  action: string;
  owner: Owner;
  /** Performs the action; 'allow' when it took effect (2xx, or the item is in the list). */
  run: (client: AdminClient) => Promise<{ outcome: Outcome; status: number }>;
}

/** The rule, in one place: what each actor is expected to be able to do. */
export function expected(actor: Actor, cell: Cell): Outcome {
  if (actor === 'regency') return 'allow';
  if (actor === 'editorA') return cell.backend === 'strapi' && cell.owner === 'A' ? 'allow' : 'deny';
  if (actor === 'sellerA') return cell.backend === 'medusa' && cell.owner === 'A' ? 'allow' : 'deny';
  return 'deny';
}

export const byStatus = (status: number) => ({
  outcome: (status >= 200 && status < 300 ? 'allow' : 'deny') as Outcome,
  status,
});

/** A list "allows" the resource when the answer is 2xx and contains its id. */
export const listed = (status: number, ids: string[], id: string) => ({
  outcome: (status >= 200 && status < 300 && ids.includes(id) ? 'allow' : 'deny') as Outcome,
  status,
});
