/**
 * Cheap reads in place of expressions with a Unicode letter class (compiled at a cold analysis's first call): a
 * sentence's first and second words (src/core/detect/key-points/leaning-inside.ts firstWord, secondWord) answer as
 * `^(\p{L}+)[\s,]` and `^\p{L}+[\s,]+(\p{L}+)` do; a paragraph mayOpenWithDateline rules out
 * (src/core/detect/key-points/dateline.ts) is one DATELINE does not match.
 */
import { describe, expect, it } from 'vitest';
import { DATELINE, mayOpenWithDateline } from '../../src/core/detect/key-points/dateline';
import { firstWord, secondWord } from '../../src/core/detect/key-points/leaning-inside';
import { pick, randomTexts, seededRandom } from '../support/seeded-random';

const FIRST_WORD = /^(\p{L}+)[\s,]/u;
const SECOND_WORD = /^\p{L}+[\s,]+(\p{L}+)/u;

const CHARACTERS = [...'aZé ,\t\n.-–—(),;:1\u00a0ßǅℂ\u0301', '𝐀', '💡', '\u2028'];
const TOKENS = [
  ...['WASHINGTON', '(Reuters)', '-', '–', '—', '--', 'via', 'Hong', 'Kong', '(AP)', '(CNN)President', '(EFE).-'],
  ...['Feb.', '23,', '2015', '14.', 'Dezember', 'ST.', 'JOSEPH,', 'Mich.', 'word', 'éric', 'Éric', 'ǅemal', '𝐀bc'],
  ...['(1-0)', 'MIAMI-DADE,', 'FLA.', '', 'x', 'Scientists', 'on', 'Monday', 'ℂity', 'Ω', '(', 'vía', 'via,'],
];
const SEPARATORS = [' ', ' ', ' ', ' ', '  ', ',', ', ', '\t', ''];

function paragraph(next: () => number): string {
  let text = '';
  const length = Math.floor(next() * 14);
  for (let i = 0; i < length; i++) text += pick(next, TOKENS) + pick(next, SEPARATORS);
  return text + pick(next, ['Scientists unveiled it.', 'he said', '', '(ICC)']);
}

const SENTENCES = [
  '',
  'And that',
  'But, among',
  'Well,  him',
  'Worse than',
  'Ab\u0301c de',
  'Ab, \tcd',
  'Ab.cd',
  'ab',
  'ab ',
  '𝐀b cd',
];
const PARAGRAPHS = [
  'WASHINGTON (Reuters) - Scientists on Monday unveiled it.',
  'Hong Kong (CNN Business)Stocks fell.',
  'LONDON — The city woke.',
  'CLEVELAND, Ohio – A man said so.',
  'ST. JOSEPH, Mich. (AP) — A man said so.',
  'KVELLER via JTA — A story.',
  'April 17, 2015 -- A day.',
  'LONDON, June 5, 2020 – A day.',
  'Wien, 14. Dezember 2021 – Die Stadt.',
  'Feb. 23, 2015 -- A day.',
  '(CNN)President Biden said.',
  'Russian President Vladimir Putin embarked on his first trip since the (ICC) warrant.',
  'A B C D E F G H I J K (AP) - x',
  'A via E via F via G Feb. 23, 2015 (AP) - Text.',
];

describe('cheap reads that answer as the letter-class expressions do', () => {
  it('reads the first and second words as FIRST_WORD and SECOND_WORD', () => {
    const sentences = [...SENTENCES, ...randomTexts(31, CHARACTERS, 100_000, 12)];
    expect(sentences.filter((text) => firstWord(text) !== FIRST_WORD.exec(text)?.[1])).toEqual([]);
    expect(sentences.filter((text) => secondWord(text) !== SECOND_WORD.exec(text)?.[1])).toEqual([]);
    expect(sentences.filter((text) => secondWord(text)).length).toBeGreaterThan(1000);
  });

  it('rules out only paragraphs DATELINE does not match', () => {
    const next = seededRandom(12);
    const paragraphs = [...PARAGRAPHS, ...Array.from({ length: 100_000 }, () => paragraph(next))];
    let matched = 0;
    let ruledOut = 0;
    const missed: string[] = [];
    for (const text of paragraphs) {
      if (DATELINE.test(text)) {
        matched++;
        if (!mayOpenWithDateline(text)) missed.push(text);
      } else if (!mayOpenWithDateline(text)) ruledOut++;
    }
    expect(missed).toEqual([]);
    expect(matched).toBeGreaterThan(5000);
    expect(ruledOut).toBeGreaterThan(5000);
    expect(mayOpenWithDateline('Russian President Vladimir Putin embarked on his first trip since the (ICC)')).toBe(
      false,
    );
    expect(DATELINE.exec('A via E via F via G Feb. 23, 2015 (AP) - Text.')?.[0]).toBe(
      'A via E via F via G Feb. 23, 2015 (AP) - ',
    );
    expect(mayOpenWithDateline('A via E via F via G Feb. 23, 2015 (AP) - Text.')).toBe(true);
    expect(mayOpenWithDateline('A via E via F via G Feb. 23, 2015 x (AP) - Text.')).toBe(false);
  });
});
