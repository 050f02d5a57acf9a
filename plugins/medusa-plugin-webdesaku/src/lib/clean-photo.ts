import { MedusaError } from '@medusajs/framework/utils';
import sharp from 'sharp';
import { sniffImage, type SniffedKind } from './sniff-file';

export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;
const PHOTO_MIMES = ['image/jpeg', 'image/png', 'image/webp'];

/** JPEG, PNG or WebP: what a phone sends, and all a proof or QRIS may be. */
export const isPhoto = (kind: SniffedKind | null): kind is SniffedKind =>
  !!kind && PHOTO_MIMES.includes(kind.mime);
// A decompression bomb (a small file that decodes to gigapixels) is refused before it is decoded;
// 16 megapixels is more than any phone screenshot or receipt photo needs.
const MAX_PIXELS = 16_000_000;
const MAX_SIDE = 2000;

export type CleanPhoto = SniffedKind & { content: Buffer };

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message);
};

/**
 * A photo a shopper or seller sends (proof of payment, a QRIS code): JPEG, PNG or WebP by its bytes,
 * at most 5 MB, decoded and encoded again. Re-encoding drops what a phone writes into a photo (GPS
 * position, device, EXIF), turns it upright and bounds its size, and proves it is an image at all.
 */
export async function cleanPhoto(bytes: Buffer, label: string): Promise<CleanPhoto> {
  if (!bytes.length) refuse(`${label} kosong: pilih berkas foto.`);
  if (bytes.length > MAX_PHOTO_BYTES) refuse(`${label} lebih dari 5 MB: kirim foto yang lebih kecil.`);
  const kind = sniffImage(bytes);
  if (!isPhoto(kind)) refuse(`${label} harus foto JPEG, PNG atau WebP.`);
  try {
    const image = sharp(bytes, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize({ width: MAX_SIDE, height: MAX_SIDE, fit: 'inside', withoutEnlargement: true });
    const encoded =
      kind!.mime === 'image/png' ? image.png() : kind!.mime === 'image/webp' ? image.webp() : image.jpeg();
    return { ...kind!, content: await encoded.toBuffer() };
  } catch {
    return refuse(`${label} tidak dapat dibaca sebagai gambar: kirim foto lain.`);
  }
}
