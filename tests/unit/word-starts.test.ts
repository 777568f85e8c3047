/**
 * A vocabulary's words where a word starts (src/core/detect/vocabulary/word-starts.ts): the same answers as the one
 * expression it stands in for, `(?<![\p{L}\p{N}])(?:words)` (whole words: and `(?![\p{L}\p{N}])`), case aside,
 * on texts that try its edges: a letter, digit, mark or astral letter before the word, a word found first inside
 * another, an alternative that is whole only where a longer one is tried, case folding (K, ſ, U+0345).
 */
import { describe, expect, it } from 'vitest';
import { escapeLiteral } from '../../src/core/detect/vocabulary/patterns';
import { wordStarts } from '../../src/core/detect/vocabulary/word-starts';

const oneExpression = (words: string[], whole: boolean) =>
  new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.map(escapeLiteral).join('|')})${whole ? '(?![\\p{L}\\p{N}])' : ''}`, 'iu');

const VOCABULARIES = [
  ['you', 'your', 'us'],
  ['comment', 'kommentar', 'full story'],
  ['sk', 'ks', 'ι'],
  ['a.b', 'x(y', 'naïve'],
  ['we', 'web'],
];
const TEXTS = [
  '',
  'Your story',
  'Russia and us',
  'Russian usage',
  'trust us.',
  'Kommentar: nein',
  'unkommentiert',
  '9comment',
  'comment9',
  'the full  story',
  'the full story!',
  '𝐀comment',
  '𝐀 comment',
  '\u0345comment',
  '\u212As and ſk',
  'SK',
  'x\u0345ι ι',
  'a.b and xa.b',
  'x(y)',
  'NAÏVE art',
  'website',
  'the web',
  'webs and we',
  '\uD800comment',
  'comment\uDC00',
];

describe('word starts: the answers of the one expression', () => {
  for (const whole of [false, true])
    it(`answers as the expression does${whole ? ' for whole words' : ''}`, () => {
      for (const words of VOCABULARIES) {
        const test = wordStarts(words, whole);
        const expression = oneExpression(words, whole);
        for (const text of TEXTS) expect([words, text, test.test(text)]).toEqual([words, text, expression.test(text)]);
      }
    });

  it('finds a word where a word starts, not inside another', () => {
    expect(wordStarts(['us']).test('Russia and us')).toBe(true);
    expect(wordStarts(['us']).test('Russia')).toBe(false);
    expect(wordStarts(['we', 'web'], true).test('the web')).toBe(true);
    expect(wordStarts(['we'], true).test('the web')).toBe(false);
  });
});
