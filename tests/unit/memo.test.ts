/** read/memo.ts: each key's answer computed once, null answers kept too, keys told apart. */
import { describe, expect, it } from 'vitest';
import { memoized } from '../../src/core/read/memo';

describe('memoized', () => {
  it('computes each key once and gives the same answer again, a null one too', () => {
    const asked: string[] = [];
    const lengthOrNull = memoized((text: string) => {
      asked.push(text);
      return text ? text.length : null;
    });
    expect([
      lengthOrNull('quay'),
      lengthOrNull(''),
      lengthOrNull('quay'),
      lengthOrNull(''),
      lengthOrNull('dock'),
    ]).toEqual([4, null, 4, null, 4]);
    expect(asked).toEqual(['quay', '', 'dock']);
  });
});
