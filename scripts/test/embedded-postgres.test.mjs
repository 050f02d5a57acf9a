// As root, in a folder the `postgres` user cannot enter (a clone under /root, a `mktemp -d` folder),
// the embedded PostgreSQL still starts: binaries and data move to a place that user reaches.
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const asRoot = process.getuid?.() === 0;
const closed = mkdtempSync(path.join(tmpdir(), 'wd-closed-')); // 0700, owned by root
const home = mkdtempSync(path.join(tmpdir(), 'wd-pg-home-'));
let account, cluster;

beforeAll(async () => {
  process.env.WEBDESAKU_PG_HOME = home;
  account = await import('../lib/postgres-account.mjs');
  cluster = await import('../lib/embedded-postgres.mjs');
});

afterAll(() => {
  delete process.env.WEBDESAKU_PG_HOME;
  rmSync(closed, { recursive: true, force: true });
  rmSync(home, { recursive: true, force: true });
});

function freePort() {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function query(url, sql) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!asRoot)('as root', () => {
  it('Given the project folder is closed to postgres, When the cluster starts twice, Then its data lives where postgres reaches and survives', async () => {
    const wanted = path.join(closed, '.data', 'postgres');
    const server = new cluster.EmbeddedCluster({ dataDir: wanted, port: await freePort() });
    await server.start();
    try {
      expect(server.dataDir.startsWith(home)).toBe(true);
      await query(server.url, 'create table kept (id int)');
    } finally {
      await server.stop();
    }
    const again = new cluster.EmbeddedCluster({ dataDir: wanted, port: await freePort() });
    await again.start();
    try {
      expect(again.dataDir).toBe(server.dataDir);
      expect(await query(again.url, "select to_regclass('kept') as found")).toEqual([{ found: 'kept' }]);
    } finally {
      await again.stop();
    }
  });

  it('Given a folder postgres can reach, Then the data stays where it was asked (positive control)', () => {
    const open = path.join(home, 'open', '.data', 'postgres');
    mkdirSync(path.dirname(open), { recursive: true });
    expect(account.reachableDataDir(open, account.postgresAccount())).toBe(open);
  });

  it('Given binaries inside a closed folder, Then a copy postgres can run is made once', async () => {
    const hidden = path.join(closed, 'native');
    cpSync(await cluster.installedBinaries(), hidden, { recursive: true, verbatimSymlinks: true });
    cpSync(
      path.join(await cluster.installedBinaries(), '..', 'package.json'),
      path.join(closed, 'package.json'),
    );
    const ids = account.postgresAccount();
    const copy = await account.reachableInstall(hidden, ids);
    expect(copy.startsWith(home)).toBe(true);
    expect(existsSync(path.join(copy, 'bin', 'postgres'))).toBe(true);
    expect(await account.reachableInstall(hidden, ids)).toBe(copy);
  });

  it('Given even the shared home is closed, Then it says which folder to open, in one line', () => {
    const ids = account.postgresAccount();
    expect(() => account.reachableDataDir(path.join(closed, 'x', 'postgres'), ids)).not.toThrow();
    process.env.WEBDESAKU_PG_HOME = path.join(closed, 'home');
    try {
      expect(() => account.reachableDataDir(path.join(closed, 'y', 'postgres'), ids)).toThrow(
        new RegExp(`tidak bisa membuka ${closed}.*cannot enter ${closed}.*chmod o\\+x ${closed}`),
      );
    } finally {
      process.env.WEBDESAKU_PG_HOME = home;
    }
  });
});
