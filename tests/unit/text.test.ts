/** The shared text helpers of the core (src/core/text.ts). */
import { describe, expect, it } from 'vitest';
import { collapsedLength, countCommas, countWords, formatCount, trimmedLength } from '../../src/core/text';
import { isSameName } from '../../src/core/read/text';
import { shownByline } from '../../src/shared/formats/byline';

/**
 * The definition collapsedLength must agree with: leading whitespace (the reading layer's: JavaScript's
 * \s and the zero-width space) dropped, every other run one character.
 */
const collapsedByDefinition = (text: string): number =>
  text.replace(/^[\s\u200B]+/, '').replace(/[\s\u200B]+/g, ' ').length;

describe('collapsedLength', () => {
  it('drops leading whitespace and counts every other run of whitespace as one character', () => {
    expect(collapsedLength('')).toBe(0);
    expect(collapsedLength(' \n\t ')).toBe(0);
    expect(collapsedLength('abc')).toBe(3);
    expect(collapsedLength('  a  b\u00A0\u00A0c ')).toBe(6); // "a b c "
    expect(collapsedLength('a\nb')).toBe(3);
    // Unicode spaces and the zero-width space are whitespace too, as in collapseWhitespace.
    expect(collapsedLength('a\u2003\u2003b')).toBe(3);
    expect(collapsedLength('a\u200B b')).toBe(3);
  });

  it('agrees with the definition on random mixes of letters and whitespace', () => {
    const alphabet = ['a', 'Z', ' ', '\n', '\t', '\r', '\u000B', '\f', '\u00A0', '\u2003', '\u200B', ','];
    let seed = 7;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random(40) }, () => alphabet[random(alphabet.length)]).join('');
      expect(collapsedLength(text), JSON.stringify(text)).toBe(collapsedByDefinition(text));
    }
  });
});

describe('countWords and countCommas', () => {
  it('counts words across scripts and commas of several scripts', () => {
    expect(countWords('The harbour plan, approved on Tuesday.')).toBe(6);
    expect(countWords('東京都')).toBe(3);
    expect(countCommas('a, b، c，d')).toBe(3);
  });
});

describe('formatCount', () => {
  it('writes a whole number as toLocaleString("en") does, without Intl', () => {
    for (const count of [0, 7, 42, 999, 1_000, 12_345, 999_999, 1_000_000, 1_500_000, 123_456_789, 2 ** 40, -4_321])
      expect(formatCount(count)).toBe(count.toLocaleString('en'));
  });
});

describe('trimmedLength', () => {
  it('is the length of the text trimmed, on random mixes of letters and whitespace', () => {
    // The zero-width space is no white space to trim(); the no-break and Unicode spaces are.
    const alphabet = ['a', ' ', '\n', '\t', '\u000B', '\u00A0', '\u2003', '\u200B', '\u3000', '\uFEFF', '\u2029'];
    let seed = 11;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: random(12) }, () => alphabet[random(alphabet.length)]).join('');
      expect(trimmedLength(text), JSON.stringify(text)).toBe(text.trim().length);
    }
  });
});

describe('isSameName and the byline beside the site', () => {
  it('takes a name with its words in another order as the same name', () => {
    expect(isSameName('Bündnis 90/Die Grünen Bundestagsfraktion', 'Bundestagsfraktion Bündnis 90/Die Grünen')).toBe(
      true,
    );
    expect(shownByline('Bündnis 90/Die Grünen Bundestagsfraktion', 'Bundestagsfraktion Bündnis 90/Die Grünen')).toBe(
      null,
    );
  });

  it('keeps a name that shares some words only, or holds one more', () => {
    expect(isSameName('Die Grünen Bundestagsfraktion', 'Bundestagsfraktion Bündnis 90/Die Grünen')).toBe(false);
    expect(isSameName('Anna Grünen Bundestag', 'Bundestag Anna')).toBe(false);
    expect(shownByline('Anna Lee', 'City News')).toBe('Anna Lee');
  });
});
