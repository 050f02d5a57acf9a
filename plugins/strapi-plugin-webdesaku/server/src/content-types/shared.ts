/** Attribute builders shared by the content types: one place for the house rules. */
export const UID_PREFIX = 'plugin::webdesaku.' as const;

export const localized = () => ({ i18n: { localized: true } });
export const notLocalized = () => ({ i18n: { localized: false } });

/** Prose fields follow the entry's language when the type is localized. */
export const text = (extra: Record<string, unknown> = {}) => ({ type: 'text', ...extra });
export const blocks = () => ({ type: 'blocks' });
export const image = (multiple = false) => ({
  type: 'media',
  multiple,
  required: false,
  allowedTypes: ['images'],
});
export const file = () => ({
  type: 'media',
  multiple: false,
  required: false,
  allowedTypes: ['files', 'images'],
});
export const nonNegativeInt = (extra: Record<string, unknown> = {}) => ({
  type: 'integer',
  min: 0,
  ...extra,
});

/** Every village-owned entry points at its village; the scoping rules hang on this link. */
export const villageLink = (localizedType = false) => ({
  type: 'relation',
  relation: 'manyToOne',
  target: 'plugin::webdesaku.village',
  ...(localizedType ? { pluginOptions: notLocalized() } : {}),
});

export const slugOf = (targetField: string) => ({ type: 'uid', targetField, required: true, maxLength: 120 });

export const collection = (
  singularName: string,
  pluralName: string,
  displayName: string,
  description: string,
  opts: { draftAndPublish?: boolean; localized?: boolean } = {},
) => ({
  kind: 'collectionType' as const,
  collectionName: `webdesaku_${pluralName.replace(/-/g, '_')}`,
  info: { singularName, pluralName, displayName, description },
  options: { draftAndPublish: opts.draftAndPublish ?? false },
  pluginOptions: {
    'content-manager': { visible: true },
    'content-type-builder': { visible: true },
    ...(opts.localized ? localized() : {}),
  },
});
