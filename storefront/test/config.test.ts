import { describe, expect, it } from 'vitest';
import { loadConfig } from '../server/utils/config';
import { cspWithHashes } from '../server/utils/csp';

describe('storefront configuration', () => {
  it('given nothing in development, then the documented local defaults are used', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({ cache: true, pageCache: true });
    expect(loadConfig({ NODE_ENV: 'development', STOREFRONT_CACHE: 'off' })).toMatchObject({
      cache: false,
      pageCache: false,
    });
    expect(loadConfig({ NODE_ENV: 'development', STOREFRONT_CACHE: 'data' })).toMatchObject({
      cache: true,
      pageCache: false,
    });
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      strapiUrl: 'http://localhost:1337',
      medusaUrl: 'http://localhost:9000',
      revalidateSecret: 'dev-revalidate-secret',
      redisUrl: null,
    });
  });

  it('given production without a secret or with the development default, then it refuses and names REVALIDATE_SECRET', () => {
    const base = {
      NODE_ENV: 'production',
      STRAPI_URL: 'http://cms:1337',
      MEDUSA_URL: 'http://commerce:9000',
      STOREFRONT_URL: 'https://desa.example.id',
      STOREFRONT_SECRET: 'a-long-storefront-secret',
    };
    expect(() => loadConfig(base)).toThrow(/REVALIDATE_SECRET/);
    expect(() => loadConfig({ ...base, REVALIDATE_SECRET: 'dev-revalidate-secret' })).toThrow(
      /REVALIDATE_SECRET/,
    );
    expect(loadConfig({ ...base, REVALIDATE_SECRET: 'a-long-random-value' }).strapiUrl).toBe(
      'http://cms:1337',
    );
  });

  it('given production without backend URLs or with a bad one, then it names the variable', () => {
    const secrets = { REVALIDATE_SECRET: 'x-long-secret', STOREFRONT_SECRET: 'y-long-secret' };
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets })).toThrow(/STRAPI_URL/);
    const backends = { STRAPI_URL: 'http://cms:1337', MEDUSA_URL: 'http://commerce:9000' };
    // the public address is printed in sitemaps and canonical links: no localhost guess in production
    expect(() => loadConfig({ NODE_ENV: 'production', ...secrets, ...backends })).toThrow(
      /STOREFRONT_URL is required/,
    );
    expect(loadConfig({ NODE_ENV: 'development', ...backends }).publicUrl).toBe('http://localhost:3000');
    // Medusa's file URLs carry its public address (compose); by default the one we reach it at
    expect(loadConfig(backends).medusaPublicUrl).toBe('http://commerce:9000');
    expect(loadConfig({ ...backends, MEDUSA_PUBLIC_URL: 'https://lapak.example.id/' }).medusaPublicUrl).toBe(
      'https://lapak.example.id',
    );
    expect(() => loadConfig({ STRAPI_URL: 'ftp://x' })).toThrow(/STRAPI_URL must be an http/);
    expect(() => loadConfig({ REDIS_URL: 'localhost:6379' })).toThrow(/REDIS_URL/);
  });
});

describe('the order-access signing secret', () => {
  const production = {
    NODE_ENV: 'production',
    REVALIDATE_SECRET: 'x-long-secret',
    STRAPI_URL: 'http://cms:1337',
    MEDUSA_URL: 'http://commerce:9000',
    STOREFRONT_URL: 'https://desa.example.id',
  };
  it('given production without STOREFRONT_SECRET or with its development default, then it refuses and names it', () => {
    expect(() => loadConfig(production)).toThrow(/STOREFRONT_SECRET/);
    expect(() => loadConfig({ ...production, STOREFRONT_SECRET: 'dev-storefront-secret' })).toThrow(
      /STOREFRONT_SECRET/,
    );
    expect(loadConfig({ ...production, STOREFRONT_SECRET: 'a-long-random-value' }).orderSecret).toBe(
      'a-long-random-value',
    );
  });
});

describe('Content-Security-Policy for HTML', () => {
  it('given inline scripts, then only their hashes are allowed; JSON-LD and external scripts add nothing', () => {
    const html =
      '<!DOCTYPE html><script>window.a=1</script><script type="application/ld+json">{}</script><script src="/enhance.js"></script>';
    const csp = cspWithHashes(html);
    expect(csp).toMatch(/script-src 'self' 'sha256-[A-Za-z0-9+/=]+'; /);
    expect(csp.match(/sha256-/g)).toHaveLength(1);
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
    expect(cspWithHashes('<!DOCTYPE html><p>no scripts</p>')).toContain("script-src 'self';");
  });
});
