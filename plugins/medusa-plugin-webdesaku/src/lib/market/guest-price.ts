/**
 * The prices Medusa may calculate for a guest buying one unit in the Indonesia region
 * (`:regionId`): in rupiah, for a quantity of one, without rules or with only that region's,
 * from no price list or an active one for everyone within its dates. The lowest of them orders
 * and filters the market; for a base price and a sale it is the price the card shows (an
 * "override" list dearer than the base price is the one case it is not).
 */
export const GUEST_PRICE = `pr.deleted_at IS NULL AND pr.currency_code = 'idr'
  AND coalesce(pr.min_quantity, 1) <= 1 AND coalesce(pr.max_quantity, 1) >= 1
  AND (pr.rules_count = 0 OR (pr.rules_count = 1 AND EXISTS (
    SELECT 1 FROM price_rule r WHERE r.price_id = pr.id AND r.deleted_at IS NULL
      AND r.attribute = 'region_id' AND r.operator = 'eq' AND r.value = :regionId)))
  AND (pr.price_list_id IS NULL OR EXISTS (
    SELECT 1 FROM price_list pl WHERE pl.id = pr.price_list_id AND pl.deleted_at IS NULL
      AND pl.status = 'active' AND coalesce(pl.rules_count, 0) = 0
      AND (pl.starts_at IS NULL OR pl.starts_at <= now()) AND (pl.ends_at IS NULL OR pl.ends_at >= now())))`;
