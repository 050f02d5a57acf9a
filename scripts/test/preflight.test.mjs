// `npm start` fails in seconds, in one line per problem that says what to do, before any long step.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkDatabase, checkNode, checkNotRunning, checkPorts, redact } from '../lib/preflight.mjs';
import { runStart as runStartIn } from './start-process.mjs';

const runStart = (options) => runStartIn({ ...options, env: { ...options.env, WEBDESAKU_DATA: DATA } });

// Its own data folder, so a developer's running `npm start` and its lock are left alone.
const DATA = mkdtempSync(path.join(tmpdir(), 'wd-preflight-'));
const LOCK = path.join(DATA, 'start.pid');

function listen(port = 0) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

async function freePorts(count) {
  const servers = await Promise.all(Array.from({ length: count }, () => listen()));
  const ports = servers.map((s) => s.address().port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

/** Ports for a start that must fail in preflight: free ones, unless a test takes one. */
async function startPorts() {
  const [cms, commerce, storefront, pg] = await freePorts(4);
  return { CMS_PORT: cms, COMMERCE_PORT: commerce, STOREFRONT_PORT: storefront, EMBEDDED_PG_PORT: pg };
}

function expectOneLineFailure(result, pattern) {
  expect(result.code).toBe(1);
  const failures = result.output.split('\n').filter((line) => line.includes('Gagal:'));
  expect(failures.length).toBeGreaterThan(0);
  expect(failures.join('\n')).toMatch(pattern);
  expect(result.output).not.toMatch(/\n\s+at /); // no stack trace
  expect(result.output).not.toMatch(/Membangun|Menyalakan|Migrasi/); // nothing long was started
  expect(existsSync(LOCK)).toBe(false);
}

describe('the Node version', () => {
  it('Given Node 20, Then it is refused with the command that installs Node 24', () => {
    const found = checkNode('20.20.2');
    expect(found?.message).toMatch(
      /Node 20\.20\.2 terlalu lama.*too old.*npm install -g --prefix \/opt\/node24 node@24/,
    );
  });

  it('Given 22.11.9 it is refused, and 22.12.0 and 24.1.0 pass (positive control)', () => {
    expect(checkNode('22.11.9')).not.toBeNull();
    expect(checkNode('22.12.0')).toBeNull();
    expect(checkNode('24.1.0')).toBeNull();
  });

  const systemNode = '/usr/bin/node';
  const systemMajor = existsSync(systemNode)
    ? Number(execFileSync(systemNode, ['-p', 'process.versions.node.split(".")[0]']).toString())
    : 99;
  it.skipIf(systemMajor >= 22)(
    "Given the machine's old Node runs `npm start`, Then it stops at once and says how to get Node 24",
    async () => {
      const result = await runStart({ node: systemNode, env: await startPorts() });
      expectOneLineFailure(result, /terlalu lama.*node@24/);
    },
  );
});

describe('ports', () => {
  it('Given the storefront port is taken, When npm start runs, Then it names the port and its variable', async () => {
    const env = await startPorts();
    const blocker = await listen(env.STOREFRONT_PORT);
    try {
      const result = await runStart({ env });
      expectOneLineFailure(
        result,
        new RegExp(
          `port ${env.STOREFRONT_PORT} \\(storefront, STOREFRONT_PORT\\).*STOREFRONT_PORT=${env.STOREFRONT_PORT + 100} npm start`,
        ),
      );
    } finally {
      blocker.close();
    }
  });

  it('Given all ports free, Then the port check passes (positive control)', async () => {
    const env = await startPorts();
    const ports = Object.entries(env).map(([variable, port]) => ({ name: variable, variable, port }));
    const free = (port) => listen(port).then((s) => new Promise((r) => s.close(() => r(true))));
    expect(await checkPorts(ports, free)).toBeNull();
  });
});

describe('DATABASE_URL', () => {
  it('Given it names a server that does not answer, When npm start runs, Then it names the variable and the embedded fallback', async () => {
    const [closed] = await freePorts(1);
    const result = await runStart({
      env: {
        ...(await startPorts()),
        DATABASE_URL: `postgres://postgres:rahasia@127.0.0.1:${closed}/postgres`,
      },
    });
    expectOneLineFailure(result, /DATABASE_URL .*tidak bisa dihubungi.*ECONNREFUSED.*unset DATABASE_URL/);
    expect(result.output).not.toContain('rahasia');
  });

  it("Given the machine's PostgreSQL, Then the check passes (positive control)", async () => {
    expect(await checkDatabase('postgres://postgres@127.0.0.1:5432/postgres')).toBeNull();
  });

  it('never prints a password', () => {
    expect(redact('postgres://u:secret@h:5432/db')).toBe('postgres://u:***@h:5432/db');
  });
});

describe('a second npm start', () => {
  afterEach(() => rmSync(LOCK, { force: true }));

  it('Given one runs in this folder, When another starts, Then it says so and names the pid', async () => {
    mkdirSync(path.dirname(LOCK), { recursive: true });
    writeFileSync(LOCK, String(process.pid)); // a live process holds the lock
    const result = await runStart({ env: await startPorts() });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(new RegExp(`sudah berjalan.*pid ${process.pid}.*kill -INT ${process.pid}`));
    expect(existsSync(LOCK)).toBe(true); // the running start's lock is not taken away
  });

  it('Given a lock left by a process that is gone, Then it is not in the way (positive control)', () => {
    expect(checkNotRunning(LOCK, () => true)).toBeNull(); // no lock file
    mkdirSync(path.dirname(LOCK), { recursive: true });
    writeFileSync(LOCK, '999999');
    expect(checkNotRunning(LOCK, () => false)).toBeNull();
    expect(checkNotRunning(LOCK, () => true)?.message).toMatch(/pid 999999/);
  });
});
