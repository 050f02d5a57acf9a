import { describe, expect, it } from 'vitest';
import { pageParam, textParam } from '../server/utils/query';

describe('query parameters', () => {
  it('given odd page numbers, then they fall back to 1 or the upper bound', () => {
    expect(pageParam('-1')).toBe(1);
    expect(pageParam('abc')).toBe(1);
    expect(pageParam(['3', '4'])).toBe(3);
    expect(pageParam('99999999999')).toBe(500);
  });

  it('given text with NUL and control characters, arrays or huge input, then a safe bounded string comes out', () => {
    expect(textParam("kopi\u0000' OR 1=1--")).toBe("kopi ' OR 1=1--");
    expect(textParam(['a', 'b'])).toBe('a');
    expect(textParam('x'.repeat(5000))).toHaveLength(100);
    expect(textParam({ a: 1 })).toBe('');
  });
});
