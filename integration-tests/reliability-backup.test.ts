import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cloneDatabase, dropDatabase } from '../scripts/lib/postgres.mjs';
import { ROOT } from '../scripts/lib/stack.mjs';
import { countRows, databaseExists } from './helpers/db';
import { runNode } from './helpers/run-node';
import { SERVER_URL, TEMPLATE_DATABASES } from './settings';

const id = randomBytes(4).toString('hex');
const source = { cms: `wd_bk_${id}_cms`, commerce: `wd_bk_${id}_commerce` };
const restored = { cms: `wd_bk_${id}_cms_restored`, commerce: `wd_bk_${id}_commerce_restored` };
const env = { DATABASE_URL: SERVER_URL };
let workDir: string;

const script = (name: string, ...args: string[]) =>
  runNode([path.join(ROOT, 'scripts', name), ...args], { cwd: ROOT, env });

describe('backup and restore of both databases (scripts/backup.mjs, scripts/restore.mjs)', () => {
  beforeAll(async () => {
    // Given seeded copies of the cms and commerce databases
    await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.cms, source.cms);
    await cloneDatabase(SERVER_URL, TEMPLATE_DATABASES.commerce, source.commerce);
    workDir = mkdtempSync(path.join(tmpdir(), 'wd-backup-'));
  });

  afterAll(async () => {
    for (const name of [...Object.values(source), ...Object.values(restored)]) {
      await dropDatabase(SERVER_URL, name);
    }
    rmSync(workDir, { recursive: true, force: true });
  });

  it('restores into fresh databases with the same number of rows in every table', async () => {
    // When both are backed up and the backup is restored into fresh databases
    const out = path.join(workDir, 'backups');
    const made = await script(
      'backup.mjs',
      '--out',
      out,
      '--cms-db',
      source.cms,
      '--commerce-db',
      source.commerce,
    );
    expect(made.code, made.output).toBe(0);
    const [folder] = readdirSync(out);
    expect(readdirSync(path.join(out, folder)).sort()).toEqual([
      'cms.dump',
      'commerce.dump',
      'files',
      'manifest.json',
    ]);
    const back = await script(
      'restore.mjs',
      path.join(out, folder),
      '--cms-db',
      restored.cms,
      '--commerce-db',
      restored.commerce,
      '--files-to',
      path.join(workDir, 'files'),
    );
    expect(back.code, back.output).toBe(0);

    // Then every table of each database holds as many rows as the original (counted by the test itself)
    for (const part of ['cms', 'commerce'] as const) {
      const before = await countRows(SERVER_URL, source[part]);
      const after = await countRows(SERVER_URL, restored[part]);
      expect(Object.keys(before).length).toBeGreaterThan(20);
      expect(Object.values(before).reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
      expect(after).toEqual(before);
    }
  });

  it('refuses to overwrite an existing database unless --replace is given', async () => {
    // Given a backup and databases that already exist under the target names
    const out = path.join(workDir, 'again');
    expect(
      (await script('backup.mjs', '--out', out, '--cms-db', source.cms, '--commerce-db', source.commerce))
        .code,
    ).toBe(0);
    const folder = path.join(out, readdirSync(out)[0]);

    // When it is restored onto the source databases without --replace
    const refused = await script(
      'restore.mjs',
      folder,
      '--cms-db',
      source.cms,
      '--commerce-db',
      source.commerce,
      '--no-files',
    );

    // Then it stops with a message naming the database, and the data is untouched
    expect(refused.code).not.toBe(0);
    expect(refused.output).toContain(`database "${source.cms}" already exists`);
    expect(await databaseExists(SERVER_URL, source.cms)).toBe(true);
    expect(Object.keys(await countRows(SERVER_URL, source.cms)).length).toBeGreaterThan(20);
  });
});
