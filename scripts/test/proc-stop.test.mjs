// Stopping an app stops its whole process group, not only `npm`: the app under npm may still be
// serving (or shutting down against a database about to go) after npm has exited.
import { describe, expect, it } from 'vitest';
import { run, stop } from '../lib/proc.mjs';

const groupAlive = (pgid) => {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('stop', () => {
  it('returns only when every process of the group is gone, not when its leader exits', async () => {
    // Given a group whose leader exits at once on SIGTERM, while a member takes a second to finish
    const proc = run(
      'test',
      'sh',
      ['-c', '(trap "sleep 1; exit 0" TERM; while :; do sleep 0.1; done) & exec sleep 100'],
      { quiet: true },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(groupAlive(proc.child.pid)).toBe(true);
    // When it is stopped
    await stop(proc);
    // Then nothing of it is left
    expect(groupAlive(proc.child.pid)).toBe(false);
  });

  it('kills a member that ignores SIGTERM after the timeout', async () => {
    const proc = run('test', 'sh', ['-c', '(trap "" TERM; while :; do sleep 0.1; done) & exec sleep 100'], {
      quiet: true,
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await stop(proc, 500);
    expect(groupAlive(proc.child.pid)).toBe(false);
  });
});
