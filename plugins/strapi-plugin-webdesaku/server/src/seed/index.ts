/**
 * Demo content for every type and every demo village. Idempotent: each entry is
 * looked up by its natural key (slug, or village + title/year) and only created
 * when missing, so a second run changes nothing.
 */
import type { Core } from '@strapi/strapi';
import { createImageStore } from './images';
import { ensureRegencyAdmin, ensureVillageEditor } from './users';
import { seedVillageContent } from './village-content';
import { seedRegency } from './regency';

export type DemoData = {
  regency: { name: string; province: string };
  districts: { name: string; slug: string; code: string }[];
  villages: { name: string; slug: string; district: string; whatsapp?: string; theme?: string }[];
};

export type Counter = Record<string, number>;

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const seedAll = async (demo: DemoData, today: Date, created: Counter) => {
    const images = createImageStore(strapi);
    try {
      const admin = await ensureRegencyAdmin(strapi);
      if (admin.created) created.admins = 1;
      await seedRegency(strapi, demo, images, created);
      for (const village of demo.villages) {
        const editor = await ensureVillageEditor(strapi, village.slug, village.name);
        if (editor.created) created.editors = (created.editors ?? 0) + 1;
        await seedVillageContent(strapi, { ...village, editorId: editor.id }, demo, images, created, today);
      }
    } finally {
      await images.cleanup();
    }
  };

  return {
    async run(demo: DemoData, today = new Date()) {
      const created: Counter = {};
      // One cache purge for the whole seed instead of one per entry.
      await strapi
        .plugin('webdesaku')
        .service('revalidation')
        .batch(() => seedAll(demo, today, created));
      return { created };
    },
  };
};
