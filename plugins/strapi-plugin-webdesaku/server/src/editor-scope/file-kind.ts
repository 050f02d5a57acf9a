/**
 * What an editor may upload, decided by the file's first bytes and matched against its
 * name and declared type: photos, PDF and office documents. SVG, HTML and anything the
 * bytes do not prove are refused, so no script can reach the regency admin's browser
 * from the media library (a file is served by its extension and stored type).
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { errors } from '@strapi/utils';

export type Kind = {
  name: string;
  image: boolean;
  test: (b: Buffer) => boolean;
  exts: string[];
  mimes: string[];
};

const ascii = (b: Buffer, at: number, text: string) =>
  b.subarray(at, at + text.length).toString('latin1') === text;
const hex = (b: Buffer, bytes: string) => b.subarray(0, bytes.length / 2).equals(Buffer.from(bytes, 'hex'));
const brand = (b: Buffer, brands: string[]) => ascii(b, 4, 'ftyp') && brands.some((x) => ascii(b, 8, x));
const OFFICE_XML = 'application/vnd.openxmlformats-officedocument';

const KINDS: Kind[] = [
  {
    name: 'JPEG',
    image: true,
    test: (b) => hex(b, 'ffd8ff'),
    exts: ['.jpg', '.jpeg', '.jfif'],
    mimes: ['image/jpeg'],
  },
  { name: 'PNG', image: true, test: (b) => hex(b, '89504e470d0a1a0a'), exts: ['.png'], mimes: ['image/png'] },
  {
    name: 'GIF',
    image: true,
    test: (b) => ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a'),
    exts: ['.gif'],
    mimes: ['image/gif'],
  },
  {
    name: 'WebP',
    image: true,
    test: (b) => ascii(b, 0, 'RIFF') && ascii(b, 8, 'WEBP'),
    exts: ['.webp'],
    mimes: ['image/webp'],
  },
  {
    name: 'AVIF',
    image: true,
    test: (b) => brand(b, ['avif', 'avis']),
    exts: ['.avif'],
    mimes: ['image/avif'],
  },
  {
    name: 'PDF',
    image: false,
    test: (b) => ascii(b, 0, '%PDF-'),
    exts: ['.pdf'],
    mimes: ['application/pdf'],
  },
  {
    name: 'Office',
    image: false,
    test: (b) => hex(b, '504b0304'),
    exts: ['.docx', '.xlsx', '.pptx'],
    mimes: [
      `${OFFICE_XML}.wordprocessingml.document`,
      `${OFFICE_XML}.spreadsheetml.sheet`,
      `${OFFICE_XML}.presentationml.presentation`,
    ],
  },
  {
    name: 'Office lama',
    image: false,
    test: (b) => hex(b, 'd0cf11e0a1b11ae1'),
    exts: ['.doc', '.xls', '.ppt'],
    mimes: ['application/msword', 'application/vnd.ms-excel', 'application/vnd.ms-powerpoint'],
  },
];
/** Browsers that do not know a type send one of these; the bytes and the name decide then. */
const GENERIC = ['', 'application/octet-stream'];

export type Upload = { filepath: string; originalFilename?: string | null; mimetype?: string | null };

const head = async (file: string) => {
  const handle = await open(file, 'r');
  try {
    const buf = Buffer.alloc(32);
    const { bytesRead } = await handle.read(buf, 0, 32, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
};

const refuse = (name: string, why: string) =>
  new errors.ValidationError(
    `Berkas "${name}" ditolak: ${why} Yang dapat diunggah: foto (JPEG, PNG, GIF, WebP, AVIF), PDF, dan dokumen Office.`,
  );

/** The kind of an upload, or a 400 when its bytes, name and declared type do not agree on an allowed kind. */
export const kindOf = async (file: Upload): Promise<Kind> => {
  const name = file.originalFilename ?? 'tanpa nama';
  const bytes = await head(file.filepath);
  const kind = KINDS.find((k) => k.test(bytes));
  if (!kind) throw refuse(name, 'isinya bukan jenis berkas yang diizinkan (misalnya SVG atau HTML).');
  if (!kind.exts.includes(path.extname(name).toLowerCase()))
    throw refuse(name, `nama berkas tidak sesuai dengan isinya (${kind.name}).`);
  const mime = (file.mimetype ?? '').toLowerCase();
  if (!GENERIC.includes(mime) && !kind.mimes.includes(mime))
    throw refuse(name, `jenis berkas yang dikirim (${mime}) tidak sesuai dengan isinya (${kind.name}).`);
  return kind;
};
