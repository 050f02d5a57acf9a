/** NODE_ENV=production refuses missing or development-default secrets, naming them. */
import { describe, expect, it } from 'vitest';
import { assertProductionSecrets, DEV_SECRETS } from '../src/env';

const strongSecrets = () =>
  Object.fromEntries(Object.keys(DEV_SECRETS).map((k) => [k, `prod-${k.toLowerCase()}-value-0123456789`]));

describe('Given NODE_ENV=production', () => {
  it('When every secret is set to its own value, Then the app may start', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'production', ...strongSecrets() })).not.toThrow();
  });

  it('When one secret is missing, Then the error names it', () => {
    const env = { NODE_ENV: 'production', ...strongSecrets() } as Record<string, string | undefined>;
    delete env.WEBDESAKU_SYNC_SECRET;
    expect(() => assertProductionSecrets(env)).toThrow(
      /WEBDESAKU_SYNC_SECRET is missing or still the development default/,
    );
  });

  it('When a secret still has the development default, Then the error names it and no other', () => {
    const env = {
      NODE_ENV: 'production',
      ...strongSecrets(),
      REVALIDATE_SECRET: DEV_SECRETS.REVALIDATE_SECRET,
    };
    expect(() => assertProductionSecrets(env)).toThrow(
      /^Refusing to start in production: REVALIDATE_SECRET is/,
    );
  });
});

describe('Given development', () => {
  it('When nothing is set, Then the defaults are accepted', () => {
    expect(() => assertProductionSecrets({ NODE_ENV: 'development' })).not.toThrow();
  });
});
