#!/usr/bin/env node
// `node scripts/backup.mjs`: dumps webdesaku_cms and webdesaku_commerce plus the uploaded files into
// .data/backups/<timestamp>/. The server is DATABASE_URL (its database name is ignored) or, unset,
// the embedded PostgreSQL of `npm start` (localhost:54329, which must be running).
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DATABASES, serverUrlFromEnv } from './lib/backup-pg.mjs';
import { backup } from './lib/backup.mjs';
import { ROOT } from './lib/stack.mjs';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: path.join(ROOT, '.data', 'backups') },
    'cms-db': { type: 'string', default: DEFAULT_DATABASES.cms },
    'commerce-db': { type: 'string', default: DEFAULT_DATABASES.commerce },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('usage: node scripts/backup.mjs [--out DIR] [--cms-db NAME] [--commerce-db NAME]');
  process.exit(0);
}

try {
  const folder = await backup({
    serverUrl: serverUrlFromEnv(),
    databases: { cms: values['cms-db'], commerce: values['commerce-db'] },
    outDir: path.resolve(values.out),
    root: ROOT,
    log: (line) => console.log(`[backup] ${line}`),
  });
  console.log(`[backup] selesai / done: ${folder}`);
} catch (error) {
  console.error(`[backup] gagal / failed: ${error.message}`);
  process.exit(1);
}
