/**
 * Components live in the plugin (not in the app's src/components) so that every
 * domain rule stays in one package. Strapi 5 only loads app components from disk,
 * so the plugin registers them in `register()` with the same shape its loader uses.
 */
import type { Core } from '@strapi/strapi';

type ComponentSchema = {
  collectionName: string;
  info: { displayName: string; icon?: string; description?: string };
  attributes: Record<string, unknown>;
};

const nonNegativeInt = () => ({ type: 'integer', min: 0, required: true, default: 0 });

export const components: Record<string, ComponentSchema> = {
  'population-group': {
    collectionName: 'components_webdesaku_population_groups',
    info: { displayName: 'Kelompok penduduk (L/P)', icon: 'user' },
    attributes: {
      label: { type: 'string', required: true, maxLength: 80 },
      male: nonNegativeInt(),
      female: nonNegativeInt(),
    },
  },
  'count-group': {
    collectionName: 'components_webdesaku_count_groups',
    info: { displayName: 'Kelompok jumlah', icon: 'chartBubble' },
    attributes: {
      label: { type: 'string', required: true, maxLength: 80 },
      count: nonNegativeInt(),
    },
  },
  'budget-line-item': {
    collectionName: 'components_webdesaku_budget_line_items',
    info: { displayName: 'Rincian APBDes', icon: 'priceTag' },
    attributes: {
      kind: { type: 'enumeration', enum: ['pendapatan', 'belanja', 'pembiayaan'], required: true },
      field: { type: 'string', maxLength: 120 },
      name: { type: 'string', required: true, maxLength: 160 },
      plannedAmount: nonNegativeInt(),
      realizedAmount: nonNegativeInt(),
    },
  },
  'social-link': {
    collectionName: 'components_webdesaku_social_links',
    info: { displayName: 'Tautan media sosial', icon: 'link' },
    attributes: {
      platform: {
        type: 'enumeration',
        enum: ['facebook', 'instagram', 'youtube', 'tiktok', 'x', 'website'],
        required: true,
      },
      url: { type: 'string', required: true, maxLength: 255 },
    },
  },
};

export const CATEGORY = 'webdesaku';

export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [name, schema] of Object.entries(components)) {
    const uid = `${CATEGORY}.${name}`;
    if (registry.get(uid)) continue;
    registry.set(uid, {
      ...schema,
      __schema__: structuredClone(schema),
      uid,
      category: CATEGORY,
      modelType: 'component',
      modelName: name,
      globalId: `ComponentWebdesaku${name.replace(/(^|-)(\w)/g, (_m, _d, c: string) => c.toUpperCase())}`,
    });
  }
};
