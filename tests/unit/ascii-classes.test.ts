/**
 * ASCII classes in place of Unicode ones for a text in ASCII (src/core/text.ts NON_ASCII): the same answers without a
 * Unicode class to compile on a cold analysis. Each pair is asked of many random ASCII texts and a few tricky ones.
 */
import { describe, expect, it } from 'vitest';
import { ASCII_NAME_TESTS, NAME_TESTS } from '../../src/core/detect/metadata/byline-account';
import { ASCII_INITIAL, INITIAL } from '../../src/core/detect/metadata/site-name';
import { ASCII_NUMBERED_NAME, NUMBERED_NAME } from '../../src/core/detect/related/targets';
import { HAS_LETTER, NON_ASCII } from '../../src/core/text';
import { randomTexts } from '../support/seeded-random';

/** Every ASCII character, the letters, digits and a login's joiners weighted up. */
const ASCII = [...Array.from({ length: 128 }, (_, code) => String.fromCharCode(code)), ...'aZkQ09._/-._/-.net.at'];
const TRICKY = [
  '',
  'jdadmin',
  'kath.net',
  'oe24.at',
  'KWCHCIK',
  'ThE_PaiN',
  'det/dpa',
  'index-2726.html',
  '2726',
  'a.b',
];

const texts = (seed: number, alphabet: readonly string[]) => randomTexts(seed, alphabet, 50_000, 12);

describe('ASCII classes answer as the Unicode ones do for a text in ASCII', () => {
  const asciiTexts = [...TRICKY, ...texts(7, ASCII)];

  it('is asked of ASCII texts only', () => {
    expect(asciiTexts.filter((text) => NON_ASCII.test(text))).toEqual([]);
    expect(NON_ASCII.test('Björk')).toBe(true);
  });

  it('reads a login (byline-account) as NAME_TESTS do', () => {
    for (const test of ['oneToken', 'domain', 'upper', 'lower'] as const)
      expect(asciiTexts.filter((text) => ASCII_NAME_TESTS[test].test(text) !== NAME_TESTS[test].test(text))).toEqual(
        [],
      );
  });

  it("takes a name's initials (site-name) and a numbered last segment (related targets) as before", () => {
    const initials = (text: string) => text.replace(ASCII_INITIAL, '$1') !== text.replace(INITIAL, '$1');
    expect(asciiTexts.filter(initials)).toEqual([]);
    expect(asciiTexts.filter((text) => ASCII_NUMBERED_NAME.test(text) !== NUMBERED_NAME.test(text))).toEqual([]);
    expect('Wall Street Journal'.replace(ASCII_INITIAL, '$1')).toBe('WSJ');
  });

  it('finds a letter left (byline-clean) as removing every non-letter would', () => {
    const alphabet = [...ASCII, 'é', 'ß', '\u0301', '𝐀', '\ud835', '💡', '史', '٣', '\u200b'];
    const differs = (text: string) => !HAS_LETTER.test(text) !== !text.replace(/[^\p{L}]+/gu, '');
    expect([...TRICKY, ...texts(11, alphabet)].filter(differs)).toEqual([]);
  });
});
