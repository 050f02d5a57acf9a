// Where the whole-stack tests run: the machine's PostgreSQL and Redis, ports away from `npm start`.
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres';
const RUN = process.env.WD_IT_RUN ?? 'local';
// A Redis database of its own per run (1–15), so parallel runs rarely share one.
const REDIS_DB = 1 + (parseInt(RUN, 16) % 15 || 6);
export const REDIS_URL = process.env.TEST_REDIS_URL ?? `redis://127.0.0.1:6379/${REDIS_DB}`;
// WD_IT_PORT_OFFSET moves a run's ports, so two runs on one machine do not meet.
const OFFSET = Number(process.env.WD_IT_PORT_OFFSET ?? 0);
export const TEST_PORTS = { cms: 21337 + OFFSET, commerce: 29000 + OFFSET, storefront: 23000 + OFFSET };
export const TEMPLATE_DATABASES = { cms: `wd_it_tpl_${RUN}_cms`, commerce: `wd_it_tpl_${RUN}_commerce` };
