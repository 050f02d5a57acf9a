import { model } from '@medusajs/framework/utils';

/**
 * An explicit grant of regency-admin rights (admin kabupaten) to an admin user. Without it, and
 * without a village link, a user reaches nothing: an invited user, an unlinked former seller or a
 * user of a removed village must never become a full admin by default.
 */
export const RegencyAdmin = model.define('regency_admin', {
  id: model.id({ prefix: 'radm' }).primaryKey(),
  user_id: model.text().unique(),
  // Who granted it (a user id, or "seed"/"cli"), kept for the audit trail.
  granted_by: model.text(),
});
