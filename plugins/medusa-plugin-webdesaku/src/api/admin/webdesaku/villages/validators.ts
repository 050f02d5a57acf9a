import { z } from '@medusajs/framework/zod';
import { SLUG_MAX_LENGTH, SLUG_PATTERN } from '@webdesaku/contracts';

export const UpsertVillageSchema = z.object({
  slug: z
    .string()
    .min(1, 'slug wajib diisi')
    .max(SLUG_MAX_LENGTH)
    .regex(SLUG_PATTERN, 'slug hanya huruf kecil, angka dan tanda hubung (mis. anjun)'),
  name: z.string().trim().min(1, 'name wajib diisi').max(200),
  strapi_document_id: z.string().max(100).nullish(),
  whatsapp: z
    .string()
    .regex(/^\+?[0-9 -]{6,20}$/, 'whatsapp harus nomor telepon, mis. +6281200000001')
    .nullish(),
  courier_rate: z.number().int('courier_rate dalam rupiah bulat').min(0).max(10_000_000).nullish(),
});

export type UpsertVillageBody = z.infer<typeof UpsertVillageSchema>;
