/**
 * Demo pictures drawn at seed time (sharp, from SVG) and stored through Strapi's
 * upload service, so the seed never fetches anything from the internet. Files are
 * found again by name on a second run.
 */
import type { Core } from '@strapi/strapi';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

type Sharp = (input: Buffer) => { jpeg: (o: object) => { toBuffer: () => Promise<Buffer> } };

const hueOf = (seed: string) => [...seed].reduce((h, c) => (h * 31 + c.charCodeAt(0)) % 360, 7);

/** A landscape of hills, sun and rice terraces in a hue that differs per picture. */
const landscape = (seed: string, width: number, height: number) => {
  const h = hueOf(seed);
  const hill = (y: number, l: number) =>
    `<path d="M0 ${y} Q ${width * 0.3} ${y - height * 0.25} ${width * 0.6} ${y} T ${width} ${y - 20} V ${height} H 0 Z" fill="hsl(${(h + 90) % 360},45%,${l}%)"/>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
  <defs><linearGradient id="s" x1="0" y1="0" x2="0" y2="1">
    <stop offset="0" stop-color="hsl(${h},70%,72%)"/><stop offset="1" stop-color="hsl(${(h + 40) % 360},70%,88%)"/>
  </linearGradient></defs>
  <rect width="100%" height="100%" fill="url(#s)"/>
  <circle cx="${width * 0.78}" cy="${height * 0.28}" r="${height * 0.11}" fill="hsl(45,95%,65%)"/>
  ${hill(height * 0.62, 42)}${hill(height * 0.78, 33)}${hill(height * 0.92, 25)}
</svg>`;
};

/** A simple portrait silhouette for officials. */
const portrait = (seed: string, size: number) => {
  const h = hueOf(seed);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
  <rect width="100%" height="100%" fill="hsl(${h},35%,85%)"/>
  <circle cx="${size / 2}" cy="${size * 0.4}" r="${size * 0.18}" fill="hsl(25,40%,45%)"/>
  <path d="M${size * 0.18} ${size} Q ${size / 2} ${size * 0.5} ${size * 0.82} ${size} Z" fill="hsl(${(h + 180) % 360},35%,35%)"/>
</svg>`;
};

export type ImageKind = 'landscape' | 'portrait' | 'logo';

export const createImageStore = (strapi: Core.Strapi) => {
  const sharp = require('sharp') as Sharp;
  let dir: string | null = null;

  const draw = (kind: ImageKind, seed: string) => {
    if (kind === 'portrait') return portrait(seed, 320);
    if (kind === 'logo') return portrait(`${seed}-logo`, 256).replace(/<path[^>]*\/>/, '');
    return landscape(seed, 960, 540);
  };

  return {
    /** Returns the id of the stored file named `name`, uploading it first if needed. */
    async image(name: string, kind: ImageKind, alternativeText: string): Promise<number> {
      const fileName = `${name}.jpg`;
      const existing = await strapi.db
        .query('plugin::upload.file')
        .findOne({ where: { name: fileName }, select: ['id'] });
      if (existing) return existing.id;
      dir ??= await mkdtemp(path.join(os.tmpdir(), 'webdesaku-seed-'));
      const filepath = path.join(dir, fileName);
      const buffer = await sharp(Buffer.from(draw(kind, name)))
        .jpeg({ quality: 72 })
        .toBuffer();
      await writeFile(filepath, buffer);
      const [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: fileName, alternativeText, caption: alternativeText } },
          files: { filepath, originalFilename: fileName, mimetype: 'image/jpeg', size: buffer.length },
        });
      return file.id;
    },
    /** A small, valid one-page PDF standing in for a scanned Perdes or report. */
    async pdf(name: string, title: string): Promise<number> {
      const fileName = `${name}.pdf`;
      const existing = await strapi.db
        .query('plugin::upload.file')
        .findOne({ where: { name: fileName }, select: ['id'] });
      if (existing) return existing.id;
      dir ??= await mkdtemp(path.join(os.tmpdir(), 'webdesaku-seed-'));
      const filepath = path.join(dir, fileName);
      const buffer = Buffer.from(minimalPdf(title), 'latin1');
      await writeFile(filepath, buffer);
      const [file] = await strapi
        .plugin('upload')
        .service('upload')
        .upload({
          data: { fileInfo: { name: fileName, alternativeText: title, caption: title } },
          files: { filepath, originalFilename: fileName, mimetype: 'application/pdf', size: buffer.length },
        });
      return file.id;
    },
    async cleanup() {
      if (dir) await rm(dir, { recursive: true, force: true });
      dir = null;
    },
  };
};

const minimalPdf = (title: string) => {
  const text = title.replace(/[()\\]/g, '').replace(/[^\x20-\x7e]/g, '');
  const stream = `BT /F1 18 Tf 60 760 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  return `${body}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
};
