/**
 * The editor's wall in the Content Manager and the media library, as data: every admin
 * route of those two plugins, keyed "<plugin> <METHOD> <path>", says what an Editor desa
 * may do there. A route missing from this table is refused to editors (deny by default),
 * and a test fails on it, so a Strapi upgrade that adds a route is looked at before it opens.
 */
export type Check =
  | 'documents'
  | 'relations-available'
  | 'relations-existing'
  | 'upload'
  | 'file'
  | 'folder'
  | 'folder-list'
  | 'folder-create'
  | 'folder-update'
  | 'bulk-delete'
  | 'bulk-move'
  | 'bulk-update';

export type Rule =
  { kind: 'check'; check: Check } | { kind: 'safe'; why: string } | { kind: 'denied'; why: string };

const check = (c: Check): Rule => ({ kind: 'check', check: c });
const safe = (why: string): Rule => ({ kind: 'safe', why });
const denied = (why: string): Rule => ({ kind: 'denied', why });

const SCHEMA = safe('schema and layout only, no entries');
const LAYOUT = denied('changes the screen layout for every user');
const SINGLE = denied('no single type is granted to editors');
const UNIQUE = safe('slug uniqueness is global by design; a save would tell the same');
const AI = denied('runs over every image of every village');

const CM = 'content-manager';
const UP = 'upload';

export const RULES: Record<string, Rule> = {
  [`${CM} GET /init`]: SCHEMA,
  [`${CM} GET /content-types`]: SCHEMA,
  [`${CM} GET /content-types-settings`]: SCHEMA,
  [`${CM} GET /content-types/:uid/configuration`]: SCHEMA,
  [`${CM} PUT /content-types/:uid/configuration`]: LAYOUT,
  [`${CM} GET /components`]: SCHEMA,
  [`${CM} GET /components/:uid/configuration`]: SCHEMA,
  [`${CM} PUT /components/:uid/configuration`]: LAYOUT,
  [`${CM} POST /uid/generate`]: UNIQUE,
  [`${CM} POST /uid/check-availability`]: UNIQUE,
  [`${CM} GET /relations/:model/:targetField`]: check('relations-available'),
  [`${CM} GET /relations/:model/:id/:targetField`]: check('relations-existing'),
  [`${CM} GET /single-types/:model`]: SINGLE,
  [`${CM} PUT /single-types/:model`]: SINGLE,
  [`${CM} DELETE /single-types/:model`]: SINGLE,
  [`${CM} POST /single-types/:model/actions/publish`]: SINGLE,
  [`${CM} POST /single-types/:model/actions/unpublish`]: SINGLE,
  [`${CM} POST /single-types/:model/actions/discard`]: SINGLE,
  [`${CM} GET /single-types/:model/actions/countDraftRelations`]: SINGLE,
  [`${CM} GET /collection-types/:model`]: check('documents'),
  [`${CM} POST /collection-types/:model`]: check('documents'),
  [`${CM} POST /collection-types/:model/clone/:sourceId`]: check('documents'),
  [`${CM} POST /collection-types/:model/auto-clone/:sourceId`]: check('documents'),
  [`${CM} GET /collection-types/:model/:id`]: check('documents'),
  [`${CM} PUT /collection-types/:model/:id`]: check('documents'),
  [`${CM} DELETE /collection-types/:model/:id`]: check('documents'),
  [`${CM} POST /collection-types/:model/actions/publish`]: check('documents'),
  [`${CM} POST /collection-types/:model/:id/actions/publish`]: check('documents'),
  [`${CM} POST /collection-types/:model/:id/actions/unpublish`]: check('documents'),
  [`${CM} POST /collection-types/:model/:id/actions/discard`]: check('documents'),
  [`${CM} POST /collection-types/:model/actions/bulkDelete`]: check('documents'),
  [`${CM} POST /collection-types/:model/actions/bulkFindForValidation`]: check('documents'),
  [`${CM} POST /collection-types/:model/actions/bulkPublish`]: check('documents'),
  [`${CM} POST /collection-types/:model/actions/bulkUnpublish`]: check('documents'),
  [`${CM} GET /collection-types/:model/:id/actions/countDraftRelations`]: check('documents'),
  [`${CM} GET /collection-types/:model/actions/countManyEntriesDraftRelations`]: check('documents'),
  [`${CM} GET /preview/url/:contentType`]: check('documents'),
  [`${CM} GET /preview/script`]: safe('a static script'),
  [`${CM} GET /homepage/recent-documents`]: safe('answered from own entries (recent-documents.ts)'),
  [`${CM} GET /homepage/count-documents`]: safe('answered from own entries (bootstrap/homepage-counts.ts)'),
  [`${UP} GET /settings`]: safe('media library settings, no files'),
  [`${UP} PUT /settings`]: denied('media library settings are the regency’s'),
  [`${UP} POST /`]: check('upload'),
  [`${UP} POST /actions/upload-from-urls`]: denied('the server would fetch any URL (SSRF)'),
  [`${UP} GET /files`]: safe('filtered by the uploaded-by-editor condition (bootstrap/rbac.ts)'),
  [`${UP} POST /files`]: check('upload'),
  [`${UP} GET /files/:id`]: check('file'),
  [`${UP} PUT /files/:id`]: check('file'),
  [`${UP} POST /files/:id/replace`]: check('file'),
  [`${UP} DELETE /files/:id`]: check('file'),
  [`${UP} GET /folders/:id`]: check('folder'),
  [`${UP} GET /folders`]: check('folder-list'),
  [`${UP} POST /folders`]: check('folder-create'),
  [`${UP} PUT /folders/:id`]: check('folder-update'),
  [`${UP} GET /folder-structure`]: safe('answered from own folders (folder-structure.ts)'),
  [`${UP} POST /actions/bulk-delete`]: check('bulk-delete'),
  [`${UP} POST /actions/bulk-move`]: check('bulk-move'),
  [`${UP} POST /actions/bulk-update`]: check('bulk-update'),
  [`${UP} POST /actions/generate-ai-metadata`]: AI,
  [`${UP} POST /ai-metadata-jobs`]: AI,
  [`${UP} GET /ai-metadata-jobs/latest`]: AI,
  [`${UP} GET /ai-metadata-jobs/pending-count`]: AI,
  [`${UP} GET /configuration`]: safe('media library view settings, no files'),
  [`${UP} PUT /configuration`]: LAYOUT,
};

export const SCOPED_PLUGINS = [CM, UP] as const;
export const routeKey = (plugin: string, route: { method: string; path: string }) =>
  `${plugin} ${route.method.toUpperCase()} ${route.path}`;
