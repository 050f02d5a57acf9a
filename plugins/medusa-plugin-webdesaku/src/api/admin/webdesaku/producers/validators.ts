import { z } from '@medusajs/framework/zod';
import { whatsappNumber } from '@webdesaku/contracts';

// Lengths are checked with refine: Medusa rewrites a min/max failure into its own English message,
// and a seller should read what to fix in Bahasa Indonesia.
const text = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .refine((value) => value.length >= min && value.length <= max, message);

/** Optional text: left out keeps the old value; empty or null clears it. */
const optionalText = (max: number, message: string) =>
  text(0, max, message)
    .nullish()
    .transform((value) => (value === undefined ? undefined : value || null));

const fields = {
  name: text(2, 100, 'Nama pelapak wajib diisi, 2–100 huruf.'),
  // Stored as WhatsApp addresses it (62…), whatever way the seller typed it.
  whatsapp: optionalText(30, 'Nomor WhatsApp terlalu panjang.').transform((value, ctx) => {
    if (!value) return value;
    const number = whatsappNumber(value);
    if (!number) {
      ctx.addIssue({ code: 'custom', message: 'Nomor WhatsApp tidak dikenali: tulis mis. 0812-3456-7890.' });
      return z.NEVER;
    }
    return number;
  }),
  // The producer agreed that the number is shown in the shop.
  whatsapp_public: z.boolean().optional(),
  profile: optionalText(500, 'Profil pelapak paling banyak 500 huruf.'),
  dusun: optionalText(100, 'Nama dusun paling banyak 100 huruf.'),
};

export const CreateProducerSchema = z.object(fields);
export type CreateProducerBody = z.infer<typeof CreateProducerSchema>;

export const UpdateProducerSchema = z.object(fields).partial();
export type UpdateProducerBody = z.infer<typeof UpdateProducerSchema>;
