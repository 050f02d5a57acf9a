// The orchestrator and the bench run before the packages are built, so they name secrets
// themselves; they must name what @webdesaku/contracts names (tests run after the build).
import { DEV_SECRETS as CONTRACT_SECRETS } from '@webdesaku/contracts';
import { describe, expect, it } from 'vitest';
import { SECRET_NAMES } from '../bench/config.mjs';
import { DEV_SECRETS } from '../lib/stack.mjs';

describe('secret names outside the apps', () => {
  it('the bench sets a production value for every secret the apps know', () => {
    expect([...SECRET_NAMES].sort()).toEqual(Object.keys(CONTRACT_SECRETS).sort());
  });

  it("`npm start` gives the apps the contracts' development defaults", () => {
    for (const [name, value] of Object.entries(DEV_SECRETS)) expect(value).toBe(CONTRACT_SECRETS[name]);
  });
});
