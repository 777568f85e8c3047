// @vitest-environment happy-dom
/** The content script's analyses shared while the page does not change (src/content/analysis-runs.ts). */
import { beforeEach, describe, expect, test } from 'vitest';
import { AnalysisRuns } from '../../src/content/analysis-runs';
import { watchPage } from '../../src/content/page-watch';
import type { AnalysisWithElements } from '../../src/core/types';

let address: string;
/** A fake analysis: what it read (the headline's text), whether with content, and a counter. */
let reads: Array<{ headline: string; content: boolean }>;
let release: Array<() => void>;
let failNext: boolean;
let hold: boolean;

function runs(): AnalysisRuns {
  return new AnalysisRuns({
    ready: async () => undefined,
    watch: () => watchPage(document, { url: () => address }),
    async analyze(content) {
      if (hold) await new Promise<void>((resolve) => release.push(resolve));
      if (failNext) {
        failNext = false;
        throw new Error('the page could not be read');
      }
      const read = { headline: document.querySelector('h1')!.textContent!, content };
      reads.push(read);
      return read as unknown as AnalysisWithElements;
    },
  });
}
const headline = (analysis: AnalysisWithElements) => (analysis as unknown as { headline: string }).headline;

beforeEach(() => {
  address = 'https://example.org/story';
  reads = [];
  release = [];
  failNext = false;
  hold = false;
  document.body.innerHTML = '<article><h1>First headline</h1><p>Text.</p></article>';
});

describe('AnalysisRuns', () => {
  test('a repeat request is answered from the last analysis while the page did not change', async () => {
    const r = runs();
    const first = await r.get();
    expect(r.reusable()).toBe(true);
    expect(r.settled()).toBe(first);
    expect(await r.get()).toBe(first);
    expect(reads).toHaveLength(1);
  });

  test('a changed page is read again, and the answer describes the page as it is now', async () => {
    const r = runs();
    expect(headline(await r.get())).toBe('First headline');
    document.querySelector('h1')!.textContent = 'Second headline';
    expect(r.reusable()).toBe(false);
    expect(r.settled()).toBeUndefined();
    expect(headline(await r.get())).toBe('Second headline');
    expect(reads).toHaveLength(2);
  });

  test('another address is read again', async () => {
    const r = runs();
    await r.get();
    address = 'https://example.org/other';
    await r.get();
    expect(reads).toHaveLength(2);
  });

  test('a request during an analysis joins it; a change meanwhile makes the next request read again', async () => {
    hold = true;
    const r = runs();
    const first = r.get();
    await Promise.resolve(); // the analysis began reading (its watch is on)
    const joined = r.get();
    expect(joined).toBe(first);
    document.querySelector('p')!.setAttribute('hidden', '');
    const after = r.get();
    expect(after).not.toBe(first);
    hold = false;
    for (const go of release) go();
    await Promise.all([first, after]);
    expect(reads).toHaveLength(2);
  });

  test('an analysis with the article’s content serves a plain request; a plain one does not serve content', async () => {
    const r = runs();
    await r.get(false);
    expect(r.reusable(true)).toBe(false);
    await r.get(true);
    expect(reads.map((read) => read.content)).toEqual([false, true]);
    await r.get(false);
    await r.get(true);
    expect(reads).toHaveLength(2);
  });

  test('a failed analysis is not reused', async () => {
    failNext = true;
    const r = runs();
    await expect(r.get()).rejects.toThrow('could not be read');
    expect(r.reusable()).toBe(false);
    expect(headline(await r.get())).toBe('First headline');
  });

  test('fresh() reads the page again whatever; running counts the analyses under way', async () => {
    hold = true;
    const r = runs();
    const one = r.get();
    const two = r.fresh();
    expect(r.running).toBe(2);
    hold = false;
    for (const go of release) go();
    await Promise.all([one, two]);
    expect(r.running).toBe(0);
    expect(reads).toHaveLength(2);
  });
});
