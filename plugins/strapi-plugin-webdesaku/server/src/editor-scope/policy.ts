/**
 * The route policy `plugin::webdesaku.editor-scope`, added to every admin route of the
 * Content Manager and the media library (see install.ts). Others pass untouched; an
 * Editor desa passes only what the route's rule allows.
 */
import type { Core } from '@strapi/strapi';
import { editorOf } from '../services/editors';
import { forbidden } from '../utils/errors';
import { CONTENT_CHECKS } from './content-checks';
import { MEDIA_CHECKS } from './media-checks';
import { mediaScopeOf, type MediaScope } from './media-scope';
import type { PolicyCtx } from './request';
import { RULES, type Check } from './route-rules';

export const POLICY = 'plugin::webdesaku.editor-scope';
const CHECKS: Record<Check, (typeof CONTENT_CHECKS)['documents']> = { ...CONTENT_CHECKS, ...MEDIA_CHECKS };

export default async (ctx: PolicyCtx, config: { route?: string }, { strapi }: { strapi: Core.Strapi }) => {
  const editor = await editorOf(strapi, ctx.state?.user);
  if (!editor) return true;
  const rule = RULES[config?.route ?? ''];
  if (!rule) throw forbidden('Fitur ini belum diperiksa untuk editor desa; hubungi admin kabupaten.');
  if (rule.kind === 'denied') throw forbidden('Fitur ini hanya dapat digunakan oleh admin kabupaten.');
  if (rule.kind === 'check') {
    let media: Promise<MediaScope> | undefined;
    await CHECKS[rule.check](ctx, { strapi, editor, media: () => (media ??= mediaScopeOf(strapi, editor)) });
  }
  return true;
};
