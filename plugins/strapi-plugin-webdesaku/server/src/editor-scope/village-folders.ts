/**
 * One media folder per village, at the root of the media library and named after the
 * village. An editor's uploads land there and an editor acts only inside it. Which folder
 * belongs to which village is kept in the plugin store (no field an editor could write).
 */
import type { Core } from '@strapi/strapi';

const FOLDER = 'plugin::upload.folder';
const VILLAGE = 'plugin::webdesaku.village';
type FolderMap = Record<string, number>;
type Village = { documentId: string; name: string };

const store = (strapi: Core.Strapi) =>
  strapi.store({ type: 'plugin', name: 'webdesaku', key: 'village-folders' });
const readMap = async (strapi: Core.Strapi) => ((await store(strapi).get({})) as FolderMap | null) ?? {};

// One creation at a time per process: two uploads racing must not make two folders.
let queue: Promise<unknown> = Promise.resolve();
const serially = <T>(fn: () => Promise<T>) => {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
};

const folderExists = async (strapi: Core.Strapi, id: number | undefined) =>
  id !== undefined && (await strapi.db.query(FOLDER).count({ where: { id } })) > 0;

export const ensureVillageFolder = (strapi: Core.Strapi, village: Village) =>
  serially(async () => {
    const map = await readMap(strapi);
    if (await folderExists(strapi, map[village.documentId])) return map[village.documentId];
    const folder = await strapi
      .plugin('upload')
      .service('folder')
      .create({ name: village.name, parent: null });
    await store(strapi).set({ value: { ...map, [village.documentId]: folder.id } });
    return folder.id as number;
  });

const villagesByDocumentId = async (strapi: Core.Strapi, documentIds?: string[]) => {
  const rows: Village[] = await strapi.db.query(VILLAGE).findMany({
    where: documentIds ? { documentId: { $in: documentIds } } : {},
    select: ['documentId', 'name'],
  });
  return [...new Map(rows.map((r) => [r.documentId, r])).values()];
};

/** The folders of these villages (made on first need), in the order of `documentIds`. */
export const villageFolderIds = async (strapi: Core.Strapi, documentIds: string[]) => {
  const villages = await villagesByDocumentId(strapi, documentIds);
  const ids: number[] = [];
  for (const id of documentIds) {
    const village = villages.find((v) => v.documentId === id);
    if (village) ids.push(await ensureVillageFolder(strapi, village));
  }
  return ids;
};

export const ensureAllVillageFolders = async (strapi: Core.Strapi) => {
  for (const village of await villagesByDocumentId(strapi)) await ensureVillageFolder(strapi, village);
};

/** Document service middleware: a new village gets its folder right away. */
export const villageFolderMiddleware =
  (strapi: Core.Strapi) => async (ctx: { uid: string; action: string }, next: () => Promise<unknown>) => {
    const result = (await next()) as Partial<Village> | null;
    if (ctx.uid === VILLAGE && ctx.action === 'create' && result?.documentId && result.name)
      await ensureVillageFolder(strapi, result as Village);
    return result;
  };
