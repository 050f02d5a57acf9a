import { z } from '@medusajs/framework/zod';
import { isSlug } from '@webdesaku/contracts';

/** Village slugs from a query string: the key repeated (?village=a&village=b) or a comma list. */
export const VillageSlugList = z
  .union([z.string(), z.array(z.string())])
  .transform((value) => (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).filter(Boolean))
  .pipe(z.array(z.string().refine(isSlug, 'Slug desa tidak dikenal')).max(300));
