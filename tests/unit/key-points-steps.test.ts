/**
 * Key points in steps (src/core/detect/key-points/index.ts): the reading pauses on a long body and
 * gives what the unpaused reading gives, also through the sliced analysis (src/core/sliced.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeDocumentSliced } from '../../src/core/index';
import { findKeyPoints, findKeyPointsSteps, type KeyPointInput } from '../../src/core/detect/key-points';

const STORY = [
  'The city council approved a plan on Tuesday to turn the empty warehouses of the harbour into homes.',
  'The harbour plan passed by nine votes to four after a long night session of the council.',
  'The cooperative expects to build about 400 homes on the quay, a third of them for rent.',
  'Work on the first warehouse of the harbour could start next spring if the loan is approved.',
];
/** Lines that are never key points (too few words): the reading goes on past all of them. */
const lines = (count: number): string[] => Array.from({ length: count }, (_, i) => `Update ${i}.`);

function input(paragraphs: string[]): KeyPointInput {
  return {
    paragraphs,
    sources: paragraphs.map(() => ({ element: null, kind: 'prose' as const })),
    lang: 'en',
    title: 'Harbour plan approved',
    byline: null,
    wordCount: 5000,
  };
}

describe('key points in steps', () => {
  it('pause while they read a long body, and find what the unpaused reading finds', () => {
    const long = input([...STORY.slice(0, 2), ...lines(5_000), ...STORY.slice(2)]);
    const steps = findKeyPointsSteps(long);
    let pauses = 0;
    let next = steps.next();
    for (; !next.done; next = steps.next()) pauses++;
    expect(pauses).toBeGreaterThan(5);
    expect(next.value).toEqual(findKeyPoints(long));
    // The sentences after the long run of lines are read too.
    expect(next.value.keyPoints.map((point) => point.text)).toEqual(STORY);
  });

  it('do not pause on an ordinary article', () => {
    const steps = findKeyPointsSteps(input(STORY));
    expect(steps.next().done).toBe(true);
  });

  it('give the same analysis in slices, with a pause at every point, as the synchronous analysis', async () => {
    const filler = lines(3_000)
      .map((line) => `<p>${line}</p>`)
      .join('');
    const html =
      '<html lang="en"><head><title>Harbour plan approved</title></head><body><article>' +
      `<h1>Harbour plan approved</h1><p>${STORY[0]}</p>${filler}${STORY.slice(1)
        .map((sentence) => `<p>${sentence}</p>`)
        .join('')}</article></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    let time = 0;
    const sliced = await analyzeDocumentSliced(doc, { yieldToHost: async () => {}, sliceMs: 1, now: () => time++ });
    const direct = analyzeDocument(doc);
    expect(sliced.result).toEqual(direct.result);
    expect([...sliced.elementsById.keys()]).toEqual([...direct.elementsById.keys()]);
    expect(direct.result.keyPoints.length).toBeGreaterThan(0);
  });
});
