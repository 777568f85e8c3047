/** The analysis in slices (src/core/sliced.ts) gives what the synchronous analysis gives. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analysisPhases } from '../../src/core/analyze';
import { analyzeDocument, analyzeDocumentSliced, type SliceStats } from '../../src/core/index';
import { nextElementWithin, withStepBudget, StepBudgetExceeded } from '../../src/core/read';
import { fixtureHtml, fixturePages } from '../support/corpus';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** A clock that moves one millisecond each time it is read: every pause point ends a slice. */
function tickingClock(): () => number {
  let time = 0;
  return () => time++;
}

/** The analysis as plain data: the result and the ids of the elements it maps. */
function plain(analysis: ReturnType<typeof analyzeDocument>): unknown {
  return { result: analysis.result, ids: [...analysis.elementsById.entries()].map(([id, el]) => [id, el.tagName]) };
}

describe('analyzeDocumentSliced', () => {
  it('gives the same result as analyzeDocument on every page of the compact corpus, pausing between slices', async () => {
    let yields = 0;
    const yieldToHost = async (): Promise<void> => {
      yields++;
    };
    for (const page of fixturePages()) {
      const doc = parse(fixtureHtml(page.name));
      const options = { url: 'https://news.example.com/a/story', content: true };
      const stats: SliceStats = { slices: 0, longestSliceMs: 0 };
      const sliced = await analyzeDocumentSliced(
        doc,
        { ...options, yieldToHost, sliceMs: 1, now: tickingClock() },
        stats,
      );
      expect(plain(sliced), page.name).toEqual(plain(analyzeDocument(doc, options)));
      expect(stats.slices, page.name).toBeGreaterThan(1);
    }
    expect(yields).toBeGreaterThan(fixturePages().length);
  });

  it('hands the thread back through the given function and maps the same live elements', async () => {
    const doc = parse(
      '<html><head><title>Rivers of the north</title></head><body><article><h1>Rivers of the north</h1>' +
        '<p>The rivers of the north run cold and fast through the spring, fed by snow from the high ranges.</p>' +
        '<h2>Fishing</h2><ul><li>Trout in the upper reaches</li><li>Pike in the lakes below</li></ul>' +
        '<p>Anglers come from far away for the long evenings of June, when the light hardly fades.</p></article>' +
        '</body></html>',
    );
    const order: string[] = [];
    const sliced = await analyzeDocumentSliced(doc, {
      yieldToHost: async () => {
        order.push('yield');
      },
      sliceMs: 0,
    });
    const direct = analyzeDocument(doc);
    expect(order.length).toBeGreaterThan(2);
    expect(sliced.result).toEqual(direct.result);
    expect(sliced.result.outline.map((section) => section.text)).toContain('Fishing');
    for (const [id, element] of direct.elementsById) expect(sliced.elementsById.get(id)).toBe(element);
  });

  it('bounds the result in a slice of its own when the last phase used up its slice', async () => {
    const doc = parse(
      '<html><body><article><h1>Notes</h1><p>The first note of the day, written before the rain came in.</p>' +
        '<h2>Later</h2><p>The second note, written after the rain had passed over the hills.</p></article></body></html>',
    );
    // Every pause point of the phases, counted by running them by hand.
    const phases = analysisPhases(doc, {});
    let pausePoints = 0;
    while (!phases.next().done) pausePoints++;
    let yields = 0;
    await analyzeDocumentSliced(doc, { yieldToHost: async () => void yields++, sliceMs: 0, now: tickingClock() });
    expect(yields).toBe(pausePoints + 1);
  });

  it('does not pause when the whole analysis fits in one slice', async () => {
    const doc = parse('<html><body><article><p>A short note of a few words.</p></article></body></html>');
    let yields = 0;
    const stats: SliceStats = { slices: 0, longestSliceMs: 0 };
    const clockAtZero = () => 0;
    await analyzeDocumentSliced(doc, { yieldToHost: async () => void yields++, now: clockAtZero }, stats);
    expect(yields).toBe(0);
    expect(stats.slices).toBe(1);
  });

  it('gives found:false with a reason for an empty document, like the synchronous analysis', async () => {
    const doc = parse('');
    const sliced = await analyzeDocumentSliced(doc, { yieldToHost: async () => undefined });
    expect(sliced.result.found).toBe(false);
    expect(sliced.result).toEqual(analyzeDocument(doc).result);
  });
});

describe('step budget carried across slices', () => {
  it('counts the steps spent in earlier slices against the budget', () => {
    const doc = parse(`<html><body>${'<p>a</p>'.repeat(50)}</body></html>`);
    const body = doc.body;
    const walkAll = () => {
      let count = 0;
      for (let element: Element | null = body; element; element = nextElementWithin(element, body)) count++;
      return count;
    };
    expect(withStepBudget(walkAll, 200, Infinity, { steps: 0, ms: 0 })).toBe(51);
    expect(() => withStepBudget(walkAll, 200, Infinity, { steps: 190, ms: 0 })).toThrow(StepBudgetExceeded);
  });
});
