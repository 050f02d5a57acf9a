// A build is current when its output exists and its inputs hash to the stamp written when it was
// built. So `git pull` (or an edit) rebuilds what changed instead of silently serving old builds.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

// Tests never change what a build produces.
const NOT_INPUT = /(^|\/)(integration-tests|test)\/|\.(test|spec)\.[cm]?[jt]s$/;

/**
 * Files under `dirs` that git tracks or would track (build outputs and node_modules are ignored by
 * .gitignore), with their content. Null outside a git checkout: then only "output exists" counts.
 */
function inputFiles(root, dirs) {
  try {
    const listed = execFileSync(
      'git',
      ['ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', ...dirs],
      {
        cwd: root,
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      },
    );
    return [...new Set(listed.toString().split('\0').filter(Boolean))]
      .filter((f) => !NOT_INPUT.test(f))
      .sort();
  } catch {
    return null;
  }
}

/** sha256 over every input file's path and bytes (deleted files count as absent). */
export function inputHash(root, dirs) {
  const files = inputFiles(root, dirs);
  if (!files) return null;
  const hash = createHash('sha256');
  for (const file of files) {
    const full = path.join(root, file);
    hash.update(file + '\0');
    hash.update(existsSync(full) ? readFileSync(full) : '(deleted)');
    hash.update('\0');
  }
  return hash.digest('hex');
}

export function readStamps(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

export function writeStamp(file, name, hash) {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify({ ...readStamps(file), [name]: hash }, null, 2));
}
