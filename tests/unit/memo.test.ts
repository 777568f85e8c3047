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

  it('keeps an undefined answer too, and asks its map once to find a key new (no `has` after a miss)', () => {
    const asked: number[] = [];
    const evenOrUndefined = memoized((n: number) => {
      asked.push(n);
      return n % 2 ? undefined : n;
    });
    const has = Map.prototype.has;
    let hasCalls = 0;
    Map.prototype.has = function (this: Map<unknown, unknown>, key: unknown) {
      hasCalls++;
      return has.call(this, key);
    };
    try {
      expect([1, 2, 1, 2, 3].map(evenOrUndefined)).toEqual([undefined, 2, undefined, 2, undefined]);
    } finally {
      Map.prototype.has = has;
    }
    expect(asked).toEqual([1, 2, 3]);
    expect(hasCalls).toBe(0);
  });
});
