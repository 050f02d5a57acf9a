import type { Core } from '@strapi/strapi';
import { getConfig } from '../config';
import { scopeFolderStructure } from '../editor-scope/folder-structure';
import { scopeRecentDocuments } from '../editor-scope/recent-documents';
import { ensureAllVillageFolders } from '../editor-scope/village-folders';
import { resumeDeliveries } from '../services/deliver';
import { ensureHomeStore } from './home-store';
import { applyLabels } from './labels';
import { scopeHomepageCounts } from './homepage-counts';
import { ensureLocales } from './locales';
import { ensurePublicPermissions } from './public-permissions';
import { ensureEditorRole, registerConditions } from './rbac';

let timer: NodeJS.Timeout | undefined;

/** Work left pending (a Medusa or storefront outage) is picked up again here. */
const startReconciler = (strapi: Core.Strapi) => {
  const plugin = strapi.plugin('webdesaku');
  const tick = async () => {
    try {
      await plugin.service('provisioning').reconcile();
      await plugin.service('revalidation').retryFailed();
    } catch (err) {
      strapi.log.error(`[webdesaku] reconcile failed: ${(err as Error).message}`);
    }
  };
  const { reconcileIntervalMs, notify } = getConfig(strapi);
  if (!notify) return;
  void tick();
  if (reconcileIntervalMs > 0) {
    timer = setInterval(tick, reconcileIntervalMs);
    timer.unref();
  }
};

export const stopReconciler = () => {
  if (timer) clearInterval(timer);
  timer = undefined;
};

export default async ({ strapi }: { strapi: Core.Strapi }) => {
  resumeDeliveries();
  await registerConditions(strapi);
  scopeHomepageCounts(strapi);
  scopeRecentDocuments(strapi);
  scopeFolderStructure(strapi);
  await ensureHomeStore(strapi);
  await ensureLocales(strapi);
  await ensureEditorRole(strapi);
  await ensurePublicPermissions(strapi);
  await applyLabels(strapi);
  await ensureAllVillageFolders(strapi);
  startReconciler(strapi);
};
