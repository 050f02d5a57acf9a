// Demo identities (scripts/demo/data.json, docs/contracts.md): the villages and their accounts.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../scripts/lib/stack.mjs';

interface DemoData {
  districts: { slug: string; name: string }[];
  villages: { slug: string; name: string; district: string }[];
}

export const demo: DemoData = JSON.parse(readFileSync(path.join(ROOT, 'scripts/demo/data.json'), 'utf8'));

/** Village A and village B of every cross-village check. */
export const [VILLAGE_A, VILLAGE_B] = demo.villages.map((v) => v.slug);
export const DISTRICT_A = demo.villages[0].district;

export const PASSWORD = 'Webdesaku123!';
export const REGENCY_ADMIN = 'admin@webdesaku.id';
export const editorOf = (slug: string) => `editor.${slug}@webdesaku.id`;
export const sellerOf = (slug: string) => `penjual.${slug}@webdesaku.id`;
