// What a person needs once the stack is up: where to go and how to log in.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './stack.mjs';

export function printReady(config) {
  const { villages } = JSON.parse(readFileSync(path.join(ROOT, 'scripts/demo/data.json'), 'utf8'));
  const first = villages[0].slug;
  const lines = [
    '',
    'Webdesaku siap / ready:',
    `  Situs desa (storefront) ${config.urls.storefront}   contoh: ${config.urls.storefront}/desa/${first}`,
    `  Strapi admin (cms)      ${config.urls.cms}/admin`,
    `  Medusa admin (commerce) ${config.urls.commerce}/app`,
    '',
    'Login demo (kata sandi semua akun: Webdesaku123!):',
    '  Admin kabupaten (Strapi & Medusa): admin@webdesaku.id',
    `  Editor desa (Strapi):              ${villages.map((v) => `editor.${v.slug}@webdesaku.id`).join(', ')}`,
    `  Penjual (Medusa):                  ${villages.map((v) => `penjual.${v.slug}@webdesaku.id`).join(', ')}`,
    '',
    'Tekan Ctrl-C untuk menghentikan semuanya.',
    '',
  ];
  process.stdout.write(lines.join('\n'));
}
