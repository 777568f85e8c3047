/**
 * Key-point helpers shared by the key-point tests: the key points of an English prose article, and how sentences
 * lean on the one before (./weak.ts leaningOf).
 */
import { expect } from 'vitest';
import { findKeyPoints } from '../../src/core/detect/key-points';
import { type Leaning, leaningOf, openersOf } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';

/** The key points of an English article of these prose paragraphs, 200 words long (no elements, no headline). */
export const proseKeyPoints = (paragraphs: string[]): string[] =>
  findKeyPoints({
    paragraphs,
    sources: paragraphs.map(() => ({ element: null, kind: 'prose' as const })),
    lang: 'en',
    title: 'Harbour plan approved',
    byline: null,
    wordCount: 200,
  }).keyPoints.map((point) => point.text);

/** Each case: the sentence, the page's language, how it leans (./weak.ts leaningOf). */
export const expectLeaning = (cases: [string, string | null, Leaning][]): void => {
  for (const [sentence, lang, leaning] of cases)
    expect(leaningOf(sentence, countWords(sentence), openersOf(lang)), sentence).toBe(leaning);
};
