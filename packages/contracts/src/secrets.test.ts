import { describe, expect, it } from 'vitest';
import {
  APP_SECRETS,
  appDevSecrets,
  DEV_SECRETS,
  secretOrDevDefault,
  unsafeSecrets,
  unsafeSecretsProblem,
} from './secrets.js';

const names = APP_SECRETS.commerce;
const strong = Object.fromEntries(names.map((name) => [name, `${name.toLowerCase()}-0123456789abcdef`]));

describe('secrets', () => {
  it('accepts real values (positive control)', () => {
    expect(unsafeSecrets(names, strong)).toEqual([]);
    expect(unsafeSecretsProblem(names, strong)).toBeNull();
  });

  it.each([
    ['missing', undefined],
    ['blank', '   '],
    ['the development default', DEV_SECRETS.COOKIE_SECRET],
    ['the development default with spaces', ` ${DEV_SECRETS.COOKIE_SECRET} `],
  ])('refuses a secret that is %s, naming it and no other', (_, value) => {
    const env = { ...strong, COOKIE_SECRET: value };
    expect(unsafeSecrets(names, env)).toEqual(['COOKIE_SECRET']);
    expect(unsafeSecretsProblem(names, env)).toBe(
      'COOKIE_SECRET is missing or still the development default',
    );
  });

  it('names every unsafe secret at once', () => {
    expect(unsafeSecretsProblem(names, {})).toBe(
      'JWT_SECRET, COOKIE_SECRET, WEBDESAKU_SYNC_SECRET, REVALIDATE_SECRET are missing or still the development default',
    );
  });

  it('gives the development default when nothing is set, the value otherwise', () => {
    expect(secretOrDevDefault('REVALIDATE_SECRET', {})).toBe('dev-revalidate-secret');
    expect(secretOrDevDefault('REVALIDATE_SECRET', { REVALIDATE_SECRET: ' s3cret ' })).toBe('s3cret');
  });

  it("gives an app's secrets with their defaults, and no other app's", () => {
    expect(appDevSecrets('storefront')).toEqual({
      REVALIDATE_SECRET: 'dev-revalidate-secret',
      STOREFRONT_SECRET: 'dev-storefront-secret',
    });
  });

  it('lists every secret some app reads, and each app only known secrets', () => {
    const read = new Set(Object.values(APP_SECRETS).flat());
    expect([...read].sort()).toEqual(Object.keys(DEV_SECRETS).sort());
  });
});
