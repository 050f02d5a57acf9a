// Where the whole-stack tests run: the machine's PostgreSQL and Redis, ports away from `npm start`.
export const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@localhost:5432/postgres';
export const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/7';
export const TEST_PORTS = { cms: 21337, commerce: 29000, storefront: 23000 };
const RUN = process.env.WD_IT_RUN ?? 'local';
export const TEMPLATE_DATABASES = { cms: `wd_it_tpl_${RUN}_cms`, commerce: `wd_it_tpl_${RUN}_commerce` };
