import type { MedusaContainer } from '@medusajs/framework/types';
import { Modules } from '@medusajs/framework/utils';
import { updateStoresWorkflow } from '@medusajs/medusa/core-flows';

/** The store sells in rupiah only, with region Indonesia as its default. */
export async function seedStore(container: MedusaContainer, regionId: string): Promise<boolean> {
  const stores = container.resolve(Modules.STORE);
  const [store] = await stores.listStores({}, { relations: ['supported_currencies'] });
  const currencies = store.supported_currencies ?? [];
  const done =
    store.name === 'Webdesaku' &&
    store.default_region_id === regionId &&
    currencies.length === 1 &&
    currencies[0].currency_code === 'idr';
  if (done) return false;
  await updateStoresWorkflow(container).run({
    input: {
      selector: { id: store.id },
      update: {
        name: 'Webdesaku',
        supported_currencies: [{ currency_code: 'idr', is_default: true }],
        default_region_id: regionId,
      },
    },
  });
  return true;
}
