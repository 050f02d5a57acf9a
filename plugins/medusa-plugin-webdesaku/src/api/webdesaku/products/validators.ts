import { z } from '@medusajs/framework/zod';
import { MARKET_SORTS } from '../../../lib/market/market-filter';
import { PRODUCER_ID } from '../../../lib/producers';
import { VillageSlugList } from '../../validators/village-slugs';

const rupiah = z.coerce.number().int('Harga harus bilangan bulat').min(0).max(1_000_000_000);
export const MarketQuerySchema = z
  .object({
    q: z.string().max(100, 'Kata pencarian paling panjang 100 huruf').optional(),
    village: VillageSlugList.optional(),
    category: z
      .string()
      .regex(/^[a-z0-9-]{1,100}$/, 'Kategori tidak dikenal')
      .optional(),
    handle: z
      .string()
      .regex(/^[a-z0-9-]{1,200}$/, 'Produk tidak dikenal')
      .optional(),
    producer: z.string().regex(PRODUCER_ID, 'Pelapak tidak dikenal').optional(),
    min_price: rupiah.optional(),
    max_price: rupiah.optional(),
    in_stock: z
      .enum(['true', 'false'])
      .transform((v) => v === 'true')
      .optional(),
    sort: z.enum(MARKET_SORTS).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(24),
    offset: z.coerce.number().int().min(0).max(100_000).default(0),
  })
  .strict();

export type MarketQuery = z.infer<typeof MarketQuerySchema>;
