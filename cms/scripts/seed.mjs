// Demo seed: `npm run seed -w @webdesaku/cms`, same environment as `start`, run before
// the server starts. Idempotent: a second run changes nothing. The content itself is
// written by the webdesaku plugin's seed service.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appDir, loadStrapi } from './boot.mjs';

const dataFile = process.env.WEBDESAKU_DEMO_DATA ?? path.resolve(appDir, '../scripts/demo/data.json');
const demo = JSON.parse(await readFile(dataFile, 'utf8'));

const strapi = await loadStrapi();
let code = 0;
try {
  const summary = await strapi.plugin('webdesaku').service('seed').run(demo);
  strapi.log.info(`[seed] ${JSON.stringify(summary)}`);
} catch (err) {
  console.error('[seed] failed:', err);
  code = 1;
}
// Give shop provisioning a moment to reach Medusa if it is up; pending villages are
// provisioned later by the running CMS otherwise.
await Promise.race([
  strapi.plugin('webdesaku').service('provisioning').idle(),
  new Promise((r) => setTimeout(r, Number(process.env.WEBDESAKU_SEED_NOTIFY_WAIT_MS ?? 3000)).unref()),
]);
await strapi.destroy();
process.exit(code);
