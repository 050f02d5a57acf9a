import type { ScopeRule } from '../types';
import { inventoryRules } from './inventory';
import { orderRules } from './orders';
import { producerRules } from './producers';
import { productRules } from './products';
import { settingsRules } from './settings';

/** The seller's allow table, first match wins; every route not in it is refused. */
export const sellerRules: ScopeRule[] = [
  ...settingsRules,
  ...productRules,
  ...orderRules,
  ...inventoryRules,
  ...producerRules,
];

/** The rule a seller's call matches (a path under /admin), or none. */
export function sellerRuleFor(method: string, path: string): { rule: ScopeRule; params: string[] } | null {
  for (const rule of sellerRules) {
    if (!rule.methods.includes(method as never)) continue;
    const match = rule.path.exec(path);
    if (match) return { rule, params: match.slice(1) };
  }
  return null;
}
