import { z } from '@medusajs/framework/zod';
import { VillageSlugList } from '../../validators/village-slugs';

export const MarketCategoriesQuerySchema = z.object({ village: VillageSlugList.optional() }).strict();

export type MarketCategoriesQuery = z.infer<typeof MarketCategoriesQuerySchema>;
