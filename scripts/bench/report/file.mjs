// BENCHMARKS.md keeps every run, newest first, below a marker; the text above it is written by
// people (method, analysis, what remains). Raw figures go to .data/bench/runs/ (not in git).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../../lib/stack.mjs';
import { STATE_DIR } from '../config.mjs';

export const BENCHMARKS = path.join(ROOT, 'BENCHMARKS.md');
const MARKER = '<!-- bench:runs (written by `npm run bench`, newest first) -->';

export function saveRun(run, markdown) {
  const dir = path.join(STATE_DIR, 'runs');
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${run.date.replace(/[: ]/g, '-')}.json`), JSON.stringify(run, null, 2));
  const current = existsSync(BENCHMARKS) ? readFileSync(BENCHMARKS, 'utf8') : `# Benchmarks\n\n${MARKER}\n`;
  const at = current.indexOf(MARKER);
  const text =
    at < 0
      ? `${current.trimEnd()}\n\n${MARKER}\n\n${markdown}\n`
      : `${current.slice(0, at + MARKER.length)}\n\n${markdown}\n${current.slice(at + MARKER.length).replace(/^\n+/, '\n')}`;
  writeFileSync(BENCHMARKS, text);
}
