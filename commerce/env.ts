/**
 * Configuration from the environment, validated once at start (docs/contracts.md).
 * Outside production every secret has a development default; with NODE_ENV=production
 * the app refuses to start while a secret is missing or still the default.
 */
import { APP_SECRETS, appDevSecrets, secretOrDevDefault, unsafeSecretsProblem } from '@webdesaku/contracts';

/** The secrets commerce reads, with their development defaults (@webdesaku/contracts). */
export const DEV_SECRETS = appDevSecrets('commerce');

const isProduction = process.env.NODE_ENV === 'production';
// `medusa build` loads this file too but needs no secrets (CI builds without them).
const isBuild = process.argv.some((arg) => arg === 'build' || arg.startsWith('plugin:'));

/** What a production start refuses, one message each (empty when the environment is fit). */
export function productionProblems(env: NodeJS.ProcessEnv = process.env): string[] {
  const problems: string[] = [];
  const secrets = unsafeSecretsProblem(APP_SECRETS.commerce, env);
  if (secrets) problems.push(`${secrets}: set each to a long random value (e.g. \`openssl rand -hex 32\`)`);
  if (!env.DATABASE_URL) {
    problems.push('DATABASE_URL is required (e.g. postgres://user:pass@host:5432/webdesaku_commerce)');
  }
  // Uploaded product images are linked by this address: a localhost default would break every image.
  if (!env.MEDUSA_URL) {
    problems.push(
      'MEDUSA_URL is required: the public address of this server (e.g. https://lapak.example.id)',
    );
  }
  return problems;
}

function refuseDevelopmentSecrets(): void {
  const problems = productionProblems();
  if (problems.length) throw new Error(`NODE_ENV=production but ${problems.join('; ')}`);
}

if (isProduction && !isBuild) refuseDevelopmentSecrets();

const port = Number(process.env.PORT || 9000);
if (!Number.isInteger(port) || port <= 0) {
  throw new Error(`PORT must be a port number, got "${process.env.PORT}"`);
}

const storefrontUrl = process.env.STOREFRONT_URL || 'http://localhost:3000';
const backendUrl = (process.env.MEDUSA_URL || `http://localhost:${port}`).replace(/\/+$/, '');

/** The regency's SMTP server for order e-mails; e-mail is off without SMTP_HOST. */
function smtp() {
  if (!process.env.SMTP_HOST) return null;
  const smtpPort = Number(process.env.SMTP_PORT || 587);
  if (!Number.isInteger(smtpPort) || smtpPort <= 0) {
    throw new Error(`SMTP_PORT must be a port number, got "${process.env.SMTP_PORT}"`);
  }
  return {
    host: process.env.SMTP_HOST,
    port: smtpPort,
    secure: process.env.SMTP_SECURE === 'true',
    user: process.env.SMTP_USER || undefined,
    pass: process.env.SMTP_PASS || undefined,
    from: process.env.SMTP_FROM || 'Lapak Desa Webdesaku <no-reply@webdesaku.id>',
  };
}

/** Meta's WhatsApp Cloud API for order messages; off without a token and a phone-number id. */
function whatsapp() {
  if (!process.env.WHATSAPP_TOKEN || !process.env.WHATSAPP_PHONE_NUMBER_ID) return null;
  return {
    token: process.env.WHATSAPP_TOKEN,
    phoneNumberId: process.env.WHATSAPP_PHONE_NUMBER_ID,
    apiUrl: process.env.WHATSAPP_API_URL || 'https://graph.facebook.com/v21.0',
    template: process.env.WHATSAPP_TEMPLATE || undefined,
    templateLanguage: process.env.WHATSAPP_TEMPLATE_LANGUAGE || 'id',
  };
}

export const env = {
  isProduction,
  port,
  databaseUrl: process.env.DATABASE_URL || 'postgres://postgres@localhost:5432/webdesaku_commerce',
  redisUrl: process.env.REDIS_URL || undefined,
  jwtSecret: secretOrDevDefault('JWT_SECRET'),
  cookieSecret: secretOrDevDefault('COOKIE_SECRET'),
  storeCors: process.env.STORE_CORS || storefrontUrl,
  adminCors: process.env.ADMIN_CORS || `${backendUrl},http://localhost:5173`,
  authCors: process.env.AUTH_CORS || `${backendUrl},${storefrontUrl},http://localhost:5173`,
  backendUrl,
  storefrontUrl,
  // Medusa marks the session cookie Secure in production, and express-session then never
  // sets it over plain http: the admin login would silently fail on http://localhost.
  secureCookies: backendUrl.startsWith('https://'),
  smtp: smtp(),
  whatsapp: whatsapp(),
};
