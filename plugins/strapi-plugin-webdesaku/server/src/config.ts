/**
 * Plugin configuration. The app (cms/config/plugins.ts) reads the environment and
 * refuses production defaults; the plugin only checks shape.
 */
import type { Core } from '@strapi/strapi';
import { DEV_SECRETS } from '@webdesaku/contracts';

export type PluginConfig = {
  medusaUrl: string;
  storefrontUrl: string;
  syncSecret: string;
  revalidateSecret: string;
  /** Attempts per notification, first try included. */
  retryAttempts: number;
  /** First backoff delay; doubles on every retry. */
  retryBaseDelayMs: number;
  /** How often villages still waiting for their shop are provisioned again; 0 disables. */
  reconcileIntervalMs: number;
  /** Turns outgoing notifications off (seed runs before the receivers exist). */
  notify: boolean;
};

const defaults: PluginConfig = {
  medusaUrl: 'http://localhost:9000',
  storefrontUrl: 'http://localhost:3000',
  syncSecret: DEV_SECRETS.WEBDESAKU_SYNC_SECRET,
  revalidateSecret: DEV_SECRETS.REVALIDATE_SECRET,
  retryAttempts: 6,
  retryBaseDelayMs: 1000,
  reconcileIntervalMs: 60_000,
  notify: true,
};

export default {
  default: defaults,
  validator(config: Partial<PluginConfig>) {
    for (const key of ['medusaUrl', 'storefrontUrl', 'syncSecret', 'revalidateSecret'] as const) {
      if (typeof config[key] !== 'string' || config[key] === '') {
        throw new Error(`webdesaku plugin: config "${key}" must be a non-empty string`);
      }
    }
    for (const key of ['retryAttempts', 'retryBaseDelayMs', 'reconcileIntervalMs'] as const) {
      if (!Number.isFinite(config[key]) || (config[key] as number) < 0) {
        throw new Error(`webdesaku plugin: config "${key}" must be a non-negative number`);
      }
    }
  },
};

export const getConfig = (strapi: Core.Strapi): PluginConfig =>
  strapi.config.get('plugin::webdesaku') as PluginConfig;
