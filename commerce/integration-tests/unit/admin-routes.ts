import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

const METHODS = ['GET', 'POST', 'DELETE', 'PUT', 'PATCH'] as const;

function routeFiles(dir: string, found: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) routeFiles(path, found);
    else if (name === 'route.js') found.push(path);
  }
  return found;
}

/** Every admin route a package ships, as `METHOD /path/:param` (the path under /admin). */
export function adminRoutesOf(apiAdminDir: string): string[] {
  const routes: string[] = [];
  for (const file of routeFiles(apiAdminDir)) {
    const path = `/${relative(apiAdminDir, dirname(file))}`
      .replace(/\[([^\]]+)\]/g, ':$1')
      .replace(/\/$/, '');
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const handlers = require(file) as Record<string, unknown>;
    for (const method of METHODS)
      if (typeof handlers[method] === 'function') routes.push(`${method} ${path}`);
  }
  return routes.sort();
}

export const installedAdminDirs = () => [
  join(dirname(require.resolve('@medusajs/medusa/package.json')), 'dist', 'api', 'admin'),
  join(
    dirname(require.resolve('medusa-plugin-webdesaku/package.json')),
    '.medusa',
    'server',
    'src',
    'api',
    'admin',
  ),
];
