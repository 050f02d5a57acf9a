import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import { findSellerVillage } from '../../lib/villages';
import { sniffCsv, sniffImage, type SniffedKind } from '../../lib/sniff-file';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

type UploadedFile = { originalname: string; mimetype: string; buffer: Buffer; size: number };

const refuse = (message: string): never => {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message);
};

/**
 * Files are served from the admin's own origin (`/static`), so a file a browser would run there
 * (HTML, SVG, XML) is a script against whoever opens it, the regency admin first. Every upload is
 * typed by its bytes: sellers may store images only, the regency admin images and the product
 * import's CSV. The stored name takes the extension of what the bytes are, so the file is served
 * as that type and nothing else. Runs after Medusa's own multipart parser on this route.
 */
export async function guardUploads(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const files = (req as MedusaRequest & { files?: UploadedFile[] }).files;
    if (!Array.isArray(files) || !files.length) refuse('Tidak ada berkas yang diunggah.');
    const actor = (req as MedusaRequest & { auth_context?: { actor_id?: string } }).auth_context?.actor_id;
    const seller = actor ? await findSellerVillage(req.scope, actor) : null;
    for (const file of files!) {
      if (file.size > MAX_UPLOAD_BYTES) refuse(`Berkas ${file.originalname} lebih dari 10 MB.`);
      const kind: SniffedKind | null = sniffImage(file.buffer) ?? (seller ? null : sniffCsv(file.buffer));
      if (!kind)
        refuse(
          `Berkas ${file.originalname} bukan gambar yang diterima (JPEG, PNG, GIF, WebP, AVIF)${seller ? '' : ' atau CSV'}.`,
        );
      const base = file.originalname.replace(/\.[^./\\]*$/, '').replace(/[^\w.-]+/g, '-') || 'berkas';
      file.originalname = `${base}.${kind!.extension}`;
      file.mimetype = kind!.mime;
    }
    next();
  } catch (error) {
    next(error);
  }
}
