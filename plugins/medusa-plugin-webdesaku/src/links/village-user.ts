import { defineLink } from '@medusajs/framework/utils';
import UserModule from '@medusajs/medusa/user';
import VillageModule from '../modules/village';

/**
 * A seller (penjual) is an admin user linked to one village. A link, not user.metadata,
 * because a user can rewrite its own metadata through core routes.
 */
export default defineLink(VillageModule.linkable.village, {
  linkable: UserModule.linkable.user,
  isList: true,
});
