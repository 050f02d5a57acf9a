/** The parts of a Strapi policy context the editor checks read and rewrite. */
import type { Core } from '@strapi/strapi';
import type { Editor } from '../services/editors';
import type { Upload } from './file-kind';
import type { MediaScope } from './media-scope';

export type Body = Record<string, unknown>;

export type PolicyCtx = {
  params: Record<string, string | undefined>;
  state: { user?: { id: number } };
  request: {
    query: Record<string, unknown>;
    body?: Body;
    files?: { files?: Upload | Upload[] };
  };
};

/** Who asks and, computed once when first needed, which media is theirs. */
export type Scope = { strapi: Core.Strapi; editor: Editor; media: () => Promise<MediaScope> };

export type CheckFn = (ctx: PolicyCtx, scope: Scope) => Promise<void>;

export const bodyOf = (ctx: PolicyCtx): Body => {
  const body = ctx.request.body;
  if (body && typeof body === 'object' && !Array.isArray(body)) return body;
  return (ctx.request.body = {});
};

export const uploadsOf = (ctx: PolicyCtx): Upload[] => {
  const files = ctx.request.files?.files;
  return files ? (Array.isArray(files) ? files : [files]) : [];
};
