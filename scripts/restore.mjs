#!/usr/bin/env node
// `node scripts/restore.mjs <backup-folder>`: restores both databases into fresh databases on
// DATABASE_URL's server (or the embedded one) and checks every table's row count against the backup.
// Existing databases are only overwritten with --replace (stop the apps first).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASES, serverUrlFromEnv } from './lib/backup-pg.mjs';
import { restore } from './lib/backup-restore.mjs';
import { ROOT } from './lib/stack.mjs';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    'cms-db': { type: 'string', default: DEFAULT_DATABASES.cms },
    'commerce-db': { type: 'string', default: DEFAULT_DATABASES.commerce },
    replace: { type: 'boolean', default: false },
    'files-to': { type: 'string' },
    'no-files': { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
});

if (values.help || positionals.length !== 1) {
  console.log(
    'usage: node scripts/restore.mjs <backup-folder> [--cms-db NAME] [--commerce-db NAME] [--replace]\n' +
      '       [--files-to DIR | --no-files]   (files go back to cms/public/uploads and commerce/static by default)',
  );
  process.exit(values.help ? 0 : 1);
}

try {
  await restore({
    serverUrl: serverUrlFromEnv(),
    folder: path.resolve(positionals[0]),
    databases: { cms: values['cms-db'], commerce: values['commerce-db'] },
    replace: values.replace,
    filesTo: values['no-files'] ? null : values['files-to'] && path.resolve(values['files-to']),
    root: ROOT,
    log: (line) => console.log(`[restore] ${line}`),
  });
  console.log('[restore] selesai / done');
} catch (error) {
  console.error(`[restore] gagal / failed: ${error.message}`);
  process.exit(1);
}
