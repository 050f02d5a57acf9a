import type { Core } from '@strapi/strapi';
import { z } from 'zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@webdesaku/contracts';

const params = z.object({ slug: z.string().max(SLUG_MAX_LENGTH).regex(SLUG_PATTERN) });
const query = z.object({ locale: z.enum(['id', 'en']).default('id') });

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: any) {
    const p = params.safeParse(ctx.params);
    if (!p.success) {
      return ctx.badRequest(
        'Slug desa tidak valid: gunakan huruf kecil, angka dan tanda hubung, contoh "anjun".',
      );
    }
    const q = query.safeParse({ locale: ctx.query.locale || undefined });
    if (!q.success) return ctx.badRequest('Bahasa tidak dikenal: gunakan locale=id atau locale=en.');
    const home = await strapi.plugin('webdesaku').service('homeStore').read(p.data.slug, q.data.locale);
    if (!home) return ctx.notFound(`Desa dengan slug "${p.data.slug}" tidak ditemukan.`);
    ctx.set('cache-control', 'public, max-age=30');
    // The stored home is JSON text already: written into the answer as it is, not parsed again.
    ctx.type = 'application/json';
    ctx.body = `{"data":${home},"meta":${JSON.stringify({ locale: q.data.locale })}}`;
  },
});
