import announcement from './announcement';
import article from './article';
import budget from './budget';
import district from './district';
import document from './document';
import event from './event';
import gallery from './gallery';
import official from './official';
import potential from './potential';
import service from './service';
import siteSetting from './site-setting';
import statistic from './statistic';
import village from './village';

export const schemas = {
  district,
  village,
  official,
  article,
  announcement,
  event,
  gallery,
  potential,
  statistic,
  budget,
  document,
  service,
  'site-setting': siteSetting,
};

export type TypeName = keyof typeof schemas;
export const uidOf = (name: TypeName) => `plugin::webdesaku.${name}` as const;

/** Types whose entries belong to one village (village itself included). */
export const VILLAGE_OWNED: TypeName[] = [
  'official',
  'article',
  'announcement',
  'event',
  'gallery',
  'potential',
  'statistic',
  'budget',
  'document',
  'service',
];

/**
 * In a localized type Strapi treats an attribute as shared between languages unless
 * it says `localized: true`. Prose is per language, so every attribute that does not
 * opt out explicitly (dates, media, category, the village link) becomes localized.
 */
const withLocalizedProse = <T extends { pluginOptions: object; attributes: Record<string, any> }>(
  schema: T,
): T => {
  if (!(schema.pluginOptions as { i18n?: { localized?: boolean } }).i18n?.localized) return schema;
  const attributes = Object.fromEntries(
    Object.entries(schema.attributes).map(([key, attr]) => [
      key,
      attr.pluginOptions?.i18n
        ? attr
        : { ...attr, pluginOptions: { ...attr.pluginOptions, i18n: { localized: true } } },
    ]),
  );
  return { ...schema, attributes };
};

export default Object.fromEntries(
  Object.entries(schemas).map(([name, schema]) => [name, { schema: withLocalizedProse(schema as any) }]),
);
