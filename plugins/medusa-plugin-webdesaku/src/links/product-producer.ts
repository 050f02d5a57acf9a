import { defineLink } from '@medusajs/framework/utils';
import ProductModule from '@medusajs/medusa/product';
import VillageModule from '../modules/village';

/**
 * Which producer (pelapak) made a product: a product names at most one, a producer many
 * (`isList` on the product side; Medusa refuses a second producer for the same product).
 * Set only through our route, which checks the producer is of the product's village.
 */
export default defineLink(
  { linkable: ProductModule.linkable.product, isList: true },
  VillageModule.linkable.producer,
);
