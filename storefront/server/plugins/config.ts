import { ConfigError } from '../utils/config';

// Validate the environment once at boot, so a misconfigured process stops with a clear message
// instead of failing on the first visitor.
export default defineNitroPlugin(() => {
  try {
    const config = useStorefrontConfig();
    console.info(
      `[storefront] strapi=${config.strapiUrl} medusa=${config.medusaUrl} cache=${config.redisUrl ? 'redis' : 'memory'}`,
    );
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(`[storefront] configuration error: ${error.message}`);
    process.exit(1);
  }
});
