import { describe, expect, it } from 'vitest';
import {
  CACHE_TAG_PATTERN,
  districtTag,
  isSpecificTag,
  productsTag,
  TAG_FAMILIES,
  tagFamily,
  tagSlug,
  villageTag,
} from './cache-tags.js';

describe('cache tags', () => {
  it('names one thing as family:slug, and every builder makes a tag the revalidate route accepts', () => {
    for (const tag of [villageTag('anjun'), productsTag('anjun'), districtTag('plered'), ...TAG_FAMILIES]) {
      expect(tag, tag).toMatch(CACHE_TAG_PATTERN);
    }
    expect([villageTag('anjun'), productsTag('anjun'), districtTag('plered')]).toEqual([
      'village:anjun',
      'products:anjun',
      'district:plered',
    ]);
  });

  it.each([
    'village:',
    'village:Anjun',
    'village:a--b',
    'Village',
    ':anjun',
    'village:anjun:id',
    'a'.repeat(40),
  ])('refuses %j', (tag) => {
    expect(tag).not.toMatch(CACHE_TAG_PATTERN);
  });

  it('accepts a slug of the longest length and no longer', () => {
    expect(villageTag('a'.repeat(100))).toMatch(CACHE_TAG_PATTERN);
    expect(villageTag('a'.repeat(101))).not.toMatch(CACHE_TAG_PATTERN);
  });

  it('tells a tag family from a specific tag', () => {
    expect(tagFamily('village:anjun')).toBe('village');
    expect(tagFamily('news')).toBe('news');
    expect(isSpecificTag('village:anjun')).toBe(true);
    expect(isSpecificTag('portal')).toBe(false);
    expect(tagSlug('village:anjun', 'village')).toBe('anjun');
    expect(tagSlug('products:anjun', 'village')).toBeNull();
    expect(tagSlug('village', 'village')).toBeNull();
  });
});
