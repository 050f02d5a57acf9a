// Runs a Node script or app to completion (or until a deadline) and keeps its output for assertions.
import { spawn } from 'node:child_process';

export interface RunResult {
  code: number | null;
  output: string;
  timedOut: boolean;
}

export function runNode(
  args: string[],
  {
    cwd,
    env = {},
    timeoutMs = 120_000,
  }: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<RunResult> {
  return runCommand(process.execPath, args, { cwd, env, timeoutMs });
}

/** The child gets its own process group so a timeout stops everything it started. */
export function runCommand(
  command: string,
  args: string[],
  {
    cwd,
    env = {},
    timeoutMs = 120_000,
  }: { cwd: string; env?: Record<string, string | undefined>; timeoutMs?: number },
): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    let timedOut = false;
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        /* already gone */
      }
    }, timeoutMs);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output, timedOut });
    });
  });
}
