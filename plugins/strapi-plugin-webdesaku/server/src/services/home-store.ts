/**
 * The village home as a read model: one row per village and locale holding the answer of
 * `home.forVillage` as JSON text, so a home is one indexed read instead of ~15 queries and
 * the sanitizer. Writes through the document service and to media files mark the rows stale
 * (middlewares/events.ts, bootstrap/home-store-table.ts); a stale or expired row, or one built
 * for other content types than this process has (a field made private), is built again.
 *
 * A build that raced a write must not store what it read before the write: each row carries a
 * generation drawn from a sequence, every invalidation draws a new one, and a build stores its
 * answer only if the row still has the generation the build started from. The rows live in
 * PostgreSQL, shared by every replica.
 */
import { createHash } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { homeValidUntil, type TimedEvent } from './home-validity';

export const HOME_STORE_TABLE = 'webdesaku_village_homes';
export const HOME_GENERATIONS = 'webdesaku_village_home_generations';
/** The longest a stored home is trusted without a write announcing a change (home-validity.ts). */
export const HOME_MAX_AGE_MS = 10 * 60_000;
/** Every content type `home.forVillage` reads; a change to one of their schemas changes the home's form. */
const HOME_TYPES = [
  'village',
  'district',
  'official',
  'article',
  'announcement',
  'event',
  'potential',
  'statistic',
  'budget',
];
const VILLAGE = 'plugin::webdesaku.village';

type Row = { body: string | null; valid_until: Date | null; format: string | null };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const db = () => strapi.db.connection;
  let format: string | undefined;
  /** What this process's rows are built from: the home's content types, as loaded. */
  const homeFormat = () =>
    (format ??= createHash('sha256')
      .update(
        JSON.stringify(
          HOME_TYPES.map((name) => strapi.getModel(`plugin::webdesaku.${name}` as any)?.attributes),
        ),
      )
      .digest('hex')
      .slice(0, 16));

  /** The row's generation, the row made first if this village and locale have none yet. */
  const startBuild = async (slug: string, locale: string): Promise<string> => {
    const { rows } = await db().raw(
      `INSERT INTO ${HOME_STORE_TABLE} (slug, locale) VALUES (?, ?)
       ON CONFLICT (slug, locale) DO UPDATE SET slug = EXCLUDED.slug RETURNING generation`,
      [slug, locale],
    );
    return rows[0].generation;
  };

  const build = async (slug: string, locale: string, now: Date): Promise<string | null> => {
    // A made-up slug costs one read and writes nothing.
    if (!(await strapi.db.query(VILLAGE).findOne({ where: { slug }, select: ['id'] }))) return null;
    const generation = await startBuild(slug, locale);
    const home = await strapi.plugin('webdesaku').service('home').forVillage(slug, locale, now);
    if (!home) {
      // Deleted while building: its empty row goes too.
      await db().raw(`DELETE FROM ${HOME_STORE_TABLE} WHERE slug = ? AND locale = ? AND body IS NULL`, [
        slug,
        locale,
      ]);
      return null;
    }
    const body = JSON.stringify(home);
    const validUntil = homeValidUntil(home.events as TimedEvent[], now, HOME_MAX_AGE_MS);
    await db().raw(
      `UPDATE ${HOME_STORE_TABLE} SET body = ?, valid_until = ?, format = ?
       WHERE slug = ? AND locale = ? AND generation = ?`,
      [body, validUntil, homeFormat(), slug, locale, generation],
    );
    return body;
  };

  return {
    /** The village's home as JSON text, from its row while valid, else built now; null if no village. */
    async read(slug: string, locale: string, now = new Date()): Promise<string | null> {
      const { rows } = await db().raw(
        `SELECT body, valid_until, format FROM ${HOME_STORE_TABLE} WHERE slug = ? AND locale = ?`,
        [slug, locale],
      );
      const row = rows[0] as Row | undefined;
      if (row?.body && row.valid_until && row.valid_until > now && row.format === homeFormat())
        return row.body;
      return build(slug, locale, now);
    },

    /** Marks the homes of these villages (by slug), or of every village, stale. */
    async invalidate(villages: string[] | 'all'): Promise<void> {
      if (villages !== 'all' && villages.length === 0) return;
      const where = villages === 'all' ? '' : 'WHERE slug = ANY(?)';
      await db().raw(
        `UPDATE ${HOME_STORE_TABLE} SET body = NULL, generation = nextval('${HOME_GENERATIONS}') ${where}`,
        villages === 'all' ? [] : [villages],
      );
    },
  };
};
