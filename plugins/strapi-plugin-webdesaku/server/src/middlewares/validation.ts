/**
 * Validates writes before anything is stored, whoever writes (dashboard, API, seed):
 * a 400 naming the field, and nothing partial saved because we throw before the write.
 */
import type { Core } from '@strapi/strapi';
import { fieldError } from '../utils/errors';
import { isSlug, normalizeMobilePhone, SLUG_MAX_LENGTH, SLUG_PATTERN } from '@webdesaku/contracts';

type Data = Record<string, unknown>;
type DocCtx = { uid: string; action: string; params: { data?: Data; documentId?: string; locale?: string } };

const NON_NEGATIVE: Record<string, string[]> = {
  'plugin::webdesaku.village': ['population', 'areaKm2', 'hamletCount'],
  'plugin::webdesaku.official': ['displayOrder'],
  'plugin::webdesaku.statistic': ['populationMale', 'populationFemale', 'households'],
};

const COMPONENT_NUMBERS: Record<string, Record<string, string[]>> = {
  'plugin::webdesaku.statistic': {
    byAgeGroup: ['male', 'female'],
    byEducation: ['count'],
    byOccupation: ['count'],
  },
  'plugin::webdesaku.budget': { lineItems: ['plannedAmount', 'realizedAmount'] },
};

const RANGES: Record<string, [string, string, string]> = {
  'plugin::webdesaku.event': ['startsAt', 'endsAt', 'Waktu selesai tidak boleh sebelum waktu mulai.'],
  'plugin::webdesaku.announcement': [
    'validFrom',
    'validUntil',
    'Tanggal berakhir tidak boleh sebelum tanggal mulai berlaku.',
  ],
};

const checkNonNegative = (value: unknown, path: (string | number)[]) => {
  if (value === null || value === undefined || value === '') return;
  const n = Number(value);
  if (!Number.isFinite(n)) throw fieldError(path, 'Harus berupa angka.');
  if (n < 0) throw fieldError(path, 'Tidak boleh bernilai negatif.');
};

// A village's or kecamatan's slug names it in Medusa and in every URL: the shared rule, length
// included. Other slugs (articles) keep the shape; their length is the content type's.
const ADDRESS_SLUGS = new Set(['plugin::webdesaku.village', 'plugin::webdesaku.district']);

const checkSlug = (uid: string, data: Data) => {
  if (data.slug === undefined || data.slug === null) return;
  if (typeof data.slug !== 'string' || !SLUG_PATTERN.test(data.slug)) {
    throw fieldError(
      ['slug'],
      'Slug hanya boleh berisi huruf kecil, angka dan tanda hubung, contoh: desa-anjun.',
    );
  }
  if (ADDRESS_SLUGS.has(uid) && !isSlug(data.slug)) {
    throw fieldError(['slug'], `Slug paling panjang ${SLUG_MAX_LENGTH} karakter.`);
  }
};

const checkWhatsapp = (uid: string, data: Data) => {
  if (uid !== 'plugin::webdesaku.village' || !data.whatsapp) return;
  const normalized = typeof data.whatsapp === 'string' ? normalizeMobilePhone(data.whatsapp) : null;
  if (!normalized) {
    throw fieldError(
      ['whatsapp'],
      'Nomor WhatsApp tidak valid. Tulis nomor seluler Indonesia, contoh 0812 3456 7890.',
    );
  }
  data.whatsapp = normalized;
};

const checkComponents = (uid: string, data: Data) => {
  for (const [field, numbers] of Object.entries(COMPONENT_NUMBERS[uid] ?? {})) {
    const items = data[field];
    if (!Array.isArray(items)) continue;
    items.forEach((item: Data, i) => numbers.forEach((n) => checkNonNegative(item?.[n], [field, i, n])));
  }
};

const checkRange = async (strapi: Core.Strapi, ctx: DocCtx, data: Data) => {
  const range = RANGES[ctx.uid];
  if (!range) return;
  const [from, until, message] = range;
  if (!(from in data) && !(until in data)) return;
  let merged: Data = data;
  if (ctx.params.documentId && (!(from in data) || !(until in data))) {
    const existing = await strapi.db
      .query(ctx.uid as any)
      .findOne({ where: { documentId: ctx.params.documentId }, select: [from, until] });
    merged = { ...(existing ?? {}), ...data };
  }
  const start = merged[from] ? new Date(merged[from] as string) : null;
  const end = merged[until] ? new Date(merged[until] as string) : null;
  if (start && Number.isNaN(start.getTime())) throw fieldError([from], 'Tanggal tidak valid.');
  if (end && Number.isNaN(end.getTime())) throw fieldError([until], 'Tanggal tidak valid.');
  if (start && end && end < start) throw fieldError([until], message);
};

/** An editor belongs to exactly one village: linking them to a second one is refused. */
const checkEditorsUnique = async (strapi: Core.Strapi, ctx: DocCtx, data: Data) => {
  if (ctx.uid !== 'plugin::webdesaku.village' || data.editors === undefined) return;
  const value = data.editors as { connect?: unknown[]; set?: unknown[] } | unknown[] | null;
  const items = Array.isArray(value) ? value : [...(value?.connect ?? []), ...(value?.set ?? [])];
  const ids = items
    .map((i) => Number(typeof i === 'object' && i !== null ? (i as { id?: unknown }).id : i))
    .filter((id) => Number.isInteger(id));
  if (ids.length === 0) return;
  const taken = await strapi.db.query('plugin::webdesaku.village').findMany({
    where: {
      editors: { id: { $in: ids } },
      ...(ctx.params.documentId ? { documentId: { $ne: ctx.params.documentId } } : {}),
    },
    select: ['name'],
  });
  if (taken.length > 0) {
    throw fieldError(
      ['editors'],
      `Editor ini sudah ditugaskan di Desa ${taken[0].name}; satu editor hanya untuk satu desa.`,
    );
  }
};

export const validationMiddleware =
  (strapi: Core.Strapi) => async (ctx: DocCtx, next: () => Promise<unknown>) => {
    const data = ctx.params?.data;
    if (
      !ctx.uid.startsWith('plugin::webdesaku.') ||
      !['create', 'update', 'clone'].includes(ctx.action) ||
      !data
    ) {
      return next();
    }
    checkSlug(ctx.uid, data);
    for (const field of NON_NEGATIVE[ctx.uid] ?? []) checkNonNegative(data[field], [field]);
    checkComponents(ctx.uid, data);
    checkWhatsapp(ctx.uid, data);
    await checkRange(strapi, ctx, data);
    await checkEditorsUnique(strapi, ctx, data);
    return next();
  };
