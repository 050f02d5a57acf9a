import { randomBytes } from 'node:crypto';

/** Each run gets its own databases (test-utils drops them at the end). */
export function testDbName(part: string): string {
  return `wd_test_commerce_${part}_${randomBytes(4).toString('hex')}`;
}
