import { z } from '@medusajs/framework/zod';
import { MAX_PHOTO_BYTES } from '../../lib/clean-photo';

// base64 grows a file by 4/3; a little over that is refused before it is decoded.
const MAX_BASE64 = Math.ceil(MAX_PHOTO_BYTES / 3) * 4;

/** A photo sent as JSON (base64), checked for what it really is by lib/clean-photo.ts. */
export const PhotoSchema = z.object({
  content: z
    .string({ error: 'Pilih berkas foto.' })
    .min(1, 'Pilih berkas foto.')
    .max(MAX_BASE64, 'Foto lebih dari 5 MB: kirim foto yang lebih kecil.')
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Isi foto harus berupa base64.'),
});

export type PhotoBody = z.infer<typeof PhotoSchema>;

/** Room for a 5 MB photo in base64 plus the rest of the JSON body. */
export const PHOTO_BODY_LIMIT = '8mb';
