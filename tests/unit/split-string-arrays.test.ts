/** scripts/vite/injected-scripts.ts splitStringArrays: lists of strings as one string split, the same values. */
import { describe, expect, test } from 'vitest';
import { splitStringArrays } from '../../scripts/vite/injected-scripts';

/** The value the script's IIFE returns. */
const run = (code: string): unknown => new Function(`return ${code}`)();

describe('splitStringArrays', () => {
  test('a module-level list of two or more strings becomes one string split, with the same strings', () => {
    const code = '(function(){let a=[`a b`,`c`,`d.e`,``],b={w:[`x`,`y`]};return[a,b]})()';
    const out = splitStringArrays(code);
    expect(out).toBe('(function(){let a=`a b,c,d.e,`.split(`,`),b={w:`x.y`.split(`.`)};return[a,b]})()');
    expect(run(out)).toEqual(run(code));
  });

  test('lists inside functions, short lists, lists with other values and lists no separator fits are left', () => {
    const code =
      '(function(){let f=()=>[`a`,`b`,`c`],s=[`a`],m=[`a`,1,`c`],n=[`.`,`,`,`|`,`;`,`/`,` `];return[f(),s,m,n]})()';
    expect(splitStringArrays(code)).toBe(code);
  });

  test('a separator is chosen that no string holds, as written or as read (an escape of it)', () => {
    const code = '(function(){return[`a\\x2eb`,`c\\\\`,`d`]})()';
    const out = splitStringArrays(code);
    expect(out).toBe('(function(){return`a\\x2eb,c\\\\,d`.split(`,`)})()');
    expect(run(out)).toEqual(['a.b', 'c\\', 'd']);
  });
});
