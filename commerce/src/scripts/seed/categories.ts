import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { createProductCategoriesWorkflow } from '@medusajs/medusa/core-flows';
import { DEMO_CATEGORIES } from './catalog';

/** The demo's product categories, created once (by handle); answers handle → id. */
export async function seedCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT);
  const handles = Object.keys(DEMO_CATEGORIES);
  const existing = await products.listProductCategories({ handle: handles }, { select: ['id', 'handle'] });
  const missing = handles.filter((h) => !existing.some((c) => c.handle === h));
  const created = missing.length
    ? (
        await createProductCategoriesWorkflow(container).run({
          input: {
            product_categories: missing.map((handle) => ({
              handle,
              name: DEMO_CATEGORIES[handle],
              is_active: true,
            })),
          },
        })
      ).result
    : [];
  return new Map([...existing, ...created].map((c) => [c.handle, c.id]));
}
