// `npm start` runs before the packages are built, so it names the two secrets it hands the apps
// itself; they must be the development defaults of @webdesaku/contracts (tests run after the build).
import { DEV_SECRETS as CONTRACT_SECRETS } from '@webdesaku/contracts';
import { describe, expect, it } from 'vitest';
import { DEV_SECRETS } from '../lib/stack.mjs';

describe('secrets outside the apps', () => {
  it("`npm start` gives the apps the contracts' development defaults", () => {
    expect(Object.keys(DEV_SECRETS).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(DEV_SECRETS)) expect(value).toBe(CONTRACT_SECRETS[name]);
  });
});
