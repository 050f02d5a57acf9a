import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExecArgs } from '@medusajs/framework/types';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { provisionVillage } from 'medusa-plugin-webdesaku/lib/provision';
import { refreshMarket } from 'medusa-plugin-webdesaku/lib/market/refresh-market';
import { linkSellerWorkflow, setRegencyAdminWorkflow } from 'medusa-plugin-webdesaku/workflows';
import { demoProducts } from './seed/catalog';
import { seedCategories } from './seed/categories';
import { seedBankAccount } from './seed/payment';
import { seedProducts } from './seed/products';
import { seedStore } from './seed/store';
import { ensureAdminUser } from './seed/users';

type DemoData = { villages: { slug: string; name: string; whatsapp?: string; theme: string }[] };

// Resolved from commerce/ (where `medusa exec` runs), the one list both seeds share.
const DEMO_DATA = join(process.cwd(), '..', 'scripts', 'demo', 'data.json');

/** `npm run seed`: demo store, regency admin, and per village a shop, a seller and products. Idempotent. */
export default async function seed({ container }: ExecArgs) {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER);
  const data = JSON.parse(readFileSync(DEMO_DATA, 'utf8')) as DemoData;

  const admin = await ensureAdminUser(container, 'admin@webdesaku.id', {
    first_name: 'Admin',
    last_name: 'Kabupaten',
  });
  await setRegencyAdminWorkflow(container).run({ input: { user_id: admin.id, granted: true, by: 'seed' } });
  const categories = await seedCategories(container);
  for (const [index, demo] of data.villages.entries()) {
    const village = await provisionVillage(container, {
      slug: demo.slug,
      name: demo.name,
      whatsapp: demo.whatsapp,
    });
    const seller = await ensureAdminUser(container, `penjual.${demo.slug}@webdesaku.id`, {
      first_name: 'Penjual',
      last_name: `Desa ${demo.name}`,
    });
    await linkSellerWorkflow(container).run({ input: { user_id: seller.id, village_slug: demo.slug } });
    const created = await seedProducts(
      container,
      {
        slug: demo.slug,
        name: demo.name,
        sales_channel_id: village.sales_channel_id!,
        stock_location_id: village.stock_location_id!,
      },
      demoProducts(demo),
      categories,
    );
    await seedBankAccount(container, { id: village.id, name: demo.name }, index);
    logger.info(`seed: Desa ${demo.name} ready (${created} new products)`);
  }
  const region = await regionId(container);
  if (await seedStore(container, region)) logger.info('seed: store set to IDR with region Indonesia');
  // Now, not from the product events: this process may end before their debounced rebuild runs.
  await refreshMarket(container);
  logger.info('seed: done');
}

async function regionId(container: ExecArgs['container']): Promise<string> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({ entity: 'region', fields: ['id'], filters: { name: 'Indonesia' } });
  return data[0].id;
}
