// Child processes with prefixed log lines, readiness probes and clean shutdown.
import { spawn } from 'node:child_process';
import net from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

const COLORS = { cms: 35, commerce: 36, storefront: 32, postgres: 34, setup: 33 };

export function prefixer(name, stream = process.stdout) {
  const color = COLORS[name] ?? 37;
  const tag = process.stdout.isTTY ? `\x1b[${color}m[${name}]\x1b[0m ` : `[${name}] `;
  let rest = '';
  return {
    write(chunk) {
      const lines = (rest + chunk.toString()).split(/\r?\n/);
      rest = lines.pop() ?? '';
      for (const line of lines) if (line.trim()) stream.write(tag + line + '\n');
    },
    flush() {
      if (rest.trim()) stream.write(tag + rest + '\n');
      rest = '';
    },
  };
}

/** Spawns `npm run <script> -w <workspace>` (or any command) in its own process group. */
export function run(name, command, args, { cwd, env, quiet = false } = {}) {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const out = prefixer(name);
  const tail = [];
  const keep = (chunk) => {
    tail.push(chunk.toString());
    if (tail.length > 40) tail.shift();
  };
  child.stdout.on('data', (c) => (quiet ? keep(c) : out.write(c)));
  child.stderr.on('data', (c) => (quiet ? keep(c) : out.write(c)));
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => {
      out.flush();
      resolve({ code, signal });
    }),
  );
  return { name, child, exited, tail };
}

/** Runs a command to completion; rejects with its last output when it fails. */
export async function runToEnd(name, command, args, options = {}) {
  const proc = run(name, command, args, options);
  const { code, signal } = await proc.exited;
  if (code !== 0) {
    const detail = options.quiet ? `\n${proc.tail.join('').slice(-4000)}` : '';
    throw new Error(
      `${name}: "${[command, ...args].join(' ')}" failed (${signal ?? `exit ${code}`})${detail}`,
    );
  }
}

/** Whether any process of the group `pgid` is still running (a member may outlive its leader). */
function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

async function untilGroupGone(pgid, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
  return !groupAlive(pgid);
}

/**
 * Stops the whole process group: `npm run start` exits as soon as it has passed the signal on, while
 * the app under it (and the app's own wrapper) may still be serving or shutting down. Done means no
 * process of the group is left, so a stopped backend answers nothing and the database it used can go.
 */
export async function stop(proc, timeoutMs = 15_000) {
  if (!proc) return;
  const pgid = proc.child.pid;
  if (!groupAlive(pgid)) return;
  try {
    process.kill(-pgid, 'SIGTERM');
  } catch {
    return;
  }
  if (!(await untilGroupGone(pgid, timeoutMs))) {
    try {
      process.kill(-pgid, 'SIGKILL');
    } catch {
      /* already gone */
    }
    await untilGroupGone(pgid, 5_000);
  }
  await proc.exited;
}

/** Polls a URL until it answers below 500, the process dies, or the time runs out. */
export async function waitForHttp(url, { proc, timeoutMs = 180_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(`${proc.name} exited (code ${proc.child.exitCode}) before ${url} answered`);
    }
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000) });
      if (res.status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(500);
  }
  throw new Error(`${url} did not answer within ${Math.round(timeoutMs / 1000)} s`);
}

/** Resolves true when nothing listens on the port (so a stale server is not mistaken for ours). */
export function portIsFree(port, host = '0.0.0.0') {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.once('listening', () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}
