import { useStorefrontConfig } from '../utils/config';
import { useDataCache } from '../utils/data-cache';
import { revalidateHandler } from '../utils/revalidate-handler';

/** Cache purge called by the Strapi plugin and the Medusa subscriber. */
export default revalidateHandler(() => useStorefrontConfig().revalidateSecret, useDataCache);
