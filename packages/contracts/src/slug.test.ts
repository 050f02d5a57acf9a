import { describe, expect, it } from 'vitest';
import { isSlug, SLUG_MAX_LENGTH } from './slug.js';

describe('village slug', () => {
  it.each([
    ['anjun', true],
    ['cibungur-2', true],
    ['a', true],
    ['x'.repeat(SLUG_MAX_LENGTH), true],
    ['x'.repeat(SLUG_MAX_LENGTH + 1), false],
    ['Anjun', false],
    ['a--b', false],
    ['-a', false],
    ['a-', false],
    ['a_b', false],
    ['a b', false],
    ['', false],
    ['anjun\n', false],
    ['../etc', false],
  ])('%j is a slug: %s', (value, expected) => {
    expect(isSlug(value)).toBe(expected);
  });

  it('is never a non-string', () => {
    for (const value of [null, undefined, 7, ['anjun'], { slug: 'anjun' }]) expect(isSlug(value)).toBe(false);
  });
});
