import { defineConfig, loadEnv } from '@medusajs/framework/utils';
import { PAYMENT_PROVIDER_REGISTRATION_ID } from '@webdesaku/contracts';

loadEnv(process.env.NODE_ENV || 'development', process.cwd());

// Imported after loadEnv so a local .env is seen by the validation.
const { env } = require('./env') as typeof import('./env');

/** Redis-backed infrastructure when REDIS_URL is set; Medusa's in-memory defaults otherwise. */
function redisModules(redisUrl: string) {
  return [
    { resolve: '@medusajs/medusa/event-bus-redis', options: { redisUrl } },
    { resolve: '@medusajs/medusa/workflow-engine-redis', options: { redis: { redisUrl } } },
    {
      resolve: '@medusajs/medusa/locking',
      options: {
        providers: [
          {
            resolve: '@medusajs/medusa/locking-redis',
            id: 'locking-redis',
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
    {
      resolve: '@medusajs/medusa/caching',
      options: {
        providers: [
          {
            resolve: '@medusajs/medusa/caching-redis',
            id: 'caching-redis',
            is_default: true,
            options: { redisUrl },
          },
        ],
      },
    },
  ];
}

if (!env.smtp && !process.argv.includes('build')) {
  console.info(
    'webdesaku: e-mail pesanan mati — isi SMTP_HOST (dan SMTP_PORT, SMTP_USER, SMTP_PASS, SMTP_FROM) untuk menyalakannya.',
  );
}
if (!env.whatsapp && !process.argv.includes('build')) {
  console.info(
    'webdesaku: WhatsApp pesanan mati — isi WHATSAPP_TOKEN dan WHATSAPP_PHONE_NUMBER_ID (WhatsApp Cloud API) untuk menyalakannya.',
  );
}

export default defineConfig({
  projectConfig: {
    databaseUrl: env.databaseUrl,
    redisUrl: env.redisUrl,
    cookieOptions: { secure: env.secureCookies },
    http: {
      storeCors: env.storeCors,
      adminCors: env.adminCors,
      authCors: env.authCors,
      jwtSecret: env.jwtSecret,
      cookieSecret: env.cookieSecret,
    },
  },
  // The dashboard calls its own origin, so one build works on any PORT.
  admin: { path: '/app' },
  featureFlags: { caching: Boolean(env.redisUrl) },
  plugins: [{ resolve: 'medusa-plugin-webdesaku', options: {} }],
  modules: [
    {
      resolve: '@medusajs/medusa/payment',
      options: {
        providers: [
          {
            resolve: 'medusa-plugin-webdesaku/providers/payment-manual',
            id: PAYMENT_PROVIDER_REGISTRATION_ID,
          },
        ],
      },
    },
    {
      // The admin bell of sellers and the regency admin; e-mail and WhatsApp when configured.
      resolve: '@medusajs/medusa/notification',
      options: {
        providers: [
          {
            resolve: 'medusa-plugin-webdesaku/providers/notification-feed',
            id: 'feed',
            options: { channels: ['feed'] },
          },
          ...(env.smtp
            ? [
                {
                  resolve: 'medusa-plugin-webdesaku/providers/notification-smtp',
                  id: 'smtp',
                  options: { channels: ['email'], ...env.smtp },
                },
              ]
            : []),
          ...(env.whatsapp
            ? [
                {
                  resolve: 'medusa-plugin-webdesaku/providers/notification-whatsapp',
                  id: 'whatsapp',
                  options: { channels: ['whatsapp'], ...env.whatsapp },
                },
              ]
            : []),
        ],
      },
    },
    {
      resolve: '@medusajs/medusa/file',
      options: {
        providers: [
          {
            resolve: '@medusajs/medusa/file-local',
            id: 'local',
            options: { backend_url: `${env.backendUrl}/static` },
          },
        ],
      },
    },
    ...(env.redisUrl ? redisModules(env.redisUrl) : []),
  ],
});
