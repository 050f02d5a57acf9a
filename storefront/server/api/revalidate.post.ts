import { useStorefrontConfig } from '../utils/config';
import { useDataCache } from '../utils/data-cache';
import { renderPurgedPages } from '../utils/page-cache';
import { revalidateHandler } from '../utils/revalidate-handler';

/** Cache purge called by the Strapi plugin and the Medusa subscriber; the purged pages render again behind. */
export default revalidateHandler(
  () => useStorefrontConfig().revalidateSecret,
  useDataCache,
  renderPurgedPages,
);
