/**
 * Key-point helpers shared by the key-point tests: the key points of an English prose article, and how sentences
 * lean on the one before (./weak.ts leaningOf).
 */
import { expect } from 'vitest';
import { findKeyPoints } from '../../src/core/detect/key-points';
import { type Leaning, leaningOf, openersOf } from '../../src/core/detect/key-points/weak';
import { countWords } from '../../src/core/text';

/** A short news story of six sentences, each standing on its own, for the key-point tests. */
export const STORY = [
  'The city council approved a plan on Tuesday to turn the empty warehouses of the eastern harbour into homes.',
  'The harbour plan, debated for two years, passed by nine votes to four after a long night session of the council.',
  'Under the plan, the council will sell three warehouses to a housing cooperative and keep two for workshops.',
  'The cooperative expects to build about 400 homes, a third of them for rent below the market price.',
  'Opponents of the harbour plan said rents in the neighbouring streets would rise once the homes were built.',
  'The regional government must still sign off on the loan that pays for the new quay walls.',
];

/**
 * The key points of an article of these prose paragraphs in `lang` (English unless told; null: a page that declares
 * none), 200 words long.
 */
export const proseKeyPoints = (paragraphs: string[], lang: string | null = 'en'): string[] =>
  findKeyPoints({
    paragraphs,
    sources: paragraphs.map(() => ({ element: null, kind: 'prose' as const })),
    lang,
    title: 'Harbour plan approved',
    byline: null,
    wordCount: 200,
  }).keyPoints.map((point) => point.text);

/** Each case: the sentence, the page's language, how it leans (./weak.ts leaningOf). */
export const expectLeaning = (cases: [string, string | null, Leaning][]): void => {
  for (const [sentence, lang, leaning] of cases)
    expect(leaningOf(sentence, countWords(sentence), openersOf(lang)), sentence).toBe(leaning);
};
