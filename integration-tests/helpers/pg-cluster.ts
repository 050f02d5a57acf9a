// A PostgreSQL cluster of the test's own (the embedded binaries) on its own port, so a test can restart
// a database server without touching the machine's 5432. Databases are copied in with pg_dump/pg_restore.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { EmbeddedCluster } from '../../scripts/lib/embedded-postgres.mjs';
import { findTool, libpqEnv } from '../../scripts/lib/backup-pg.mjs';
import { ensureDatabase } from '../../scripts/lib/postgres.mjs';

const exec = promisify(execFile);

export class PrivateCluster {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'wd-pg-'));
  private readonly server: EmbeddedCluster;

  constructor(readonly port: number) {
    this.server = new EmbeddedCluster({ dataDir: path.join(this.dir, 'data'), port });
  }

  get url() {
    return this.server.url;
  }

  /** Starts the server; the first start creates the cluster. */
  async start() {
    await this.server.start();
  }

  /** A fast shutdown: every open connection of the apps is cut, as in a real server restart. */
  stop() {
    return this.server.stop();
  }

  async destroy() {
    await this.server.stop().catch(() => {});
    rmSync(this.server.dataDir, { recursive: true, force: true });
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
