import { describe, expect, it } from 'vitest';
import { pgArray } from './sql-arrays.js';

describe('pgArray', () => {
  it('quotes every string, so a value spelled NULL, a comma, a brace, a quote or a backslash arrives as written', () => {
    expect(pgArray(['NULL', 'a,b', '{x}', 'say "hi"', 'C:\\dir', '人才'])).toBe('{"NULL","a,b","{x}","say \\"hi\\"","C:\\\\dir","人才"}');
  });

  it('writes numbers bare and null as the NULL element', () => {
    expect(pgArray([1, null, -20, 'x'])).toBe('{1,NULL,-20,"x"}');
    expect(pgArray([])).toBe('{}');
  });
});
