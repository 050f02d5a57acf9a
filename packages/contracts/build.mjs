// Builds the contracts twice from one source: CommonJS for the plugins (plain tsc, CJS) and ES
// modules for the storefront and scripts. Each output folder says which it is in its own
// package.json, so Node reads `.js` files there the right way.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
rmSync(path.join(here, 'dist'), { recursive: true, force: true });
for (const [format, type, module, resolution] of [
  ['cjs', 'commonjs', 'commonjs', 'node10'],
  ['esm', 'module', 'es2022', 'bundler'],
]) {
  const outDir = path.join(here, 'dist', format);
  const options = ['--outDir', outDir, '--module', module, '--moduleResolution', resolution];
  execFileSync(process.execPath, [tsc, '-p', path.join(here, 'tsconfig.json'), ...options], {
    stdio: 'inherit',
  });
  writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify({ type })}\n`);
}
