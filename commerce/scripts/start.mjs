// Starts the built server. `medusa start` serves the admin from <cwd>/public/admin and
// files from <cwd>/static, and `medusa build` writes everything to .medusa/server, so
// the server runs there; uploaded files stay in commerce/static across rebuilds.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const serverDir = join(appDir, '.medusa', 'server');

if (!existsSync(join(serverDir, 'medusa-config.js'))) {
  console.error(
    'commerce: no build found in .medusa/server — run `npm run build -w @webdesaku/commerce` first.',
  );
  process.exit(1);
}

const staticDir = join(appDir, 'static');
mkdirSync(staticDir, { recursive: true });
rmSync(join(serverDir, 'static'), { recursive: true, force: true });
symlinkSync(staticDir, join(serverDir, 'static'), 'dir');

const require = createRequire(import.meta.url);
const cli = join(dirname(require.resolve('@medusajs/cli/package.json')), 'cli.js');
const child = spawn(process.execPath, [cli, 'start', ...process.argv.slice(2)], {
  cwd: serverDir,
  stdio: 'inherit',
  env: process.env,
});
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => child.kill(signal));
}
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
