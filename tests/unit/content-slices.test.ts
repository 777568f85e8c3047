// @vitest-environment happy-dom
/** The content script's analysis in slices (src/content/slices.ts). */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeDocument } from '../../src/core';
import { analysisPhases } from '../../src/core/analyze';
import { analyzePageInSlices, yieldToPage } from '../../src/content/slices';

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.textContent = '';
});

describe('yieldToPage', () => {
  test('resumes in a task of its own, not a microtask (the page gets its turn first)', async () => {
    let resumed = false;
    const pending = yieldToPage().then(() => {
      resumed = true;
    });
    for (let i = 0; i < 10; i++) await Promise.resolve();
    expect(resumed).toBe(false);
    await pending;
    expect(resumed).toBe(true);
  });
});

describe('analyzePageInSlices', () => {
  test('the same outline as the analysis in one piece', async () => {
    const paragraph = 'The council met on Tuesday to decide on the new bridge over the river. '.repeat(8);
    // The test's own fixture, not page text from the extension.
    document.body.innerHTML = `<article><h1>Bridge vote</h1><p>${paragraph}</p><h2>The plan</h2><p>${paragraph}</p>
      <ul><li>Two lanes</li><li>A cycle path</li></ul><h2>The cost</h2><p>${paragraph}</p></article>`;
    const options = { url: 'https://example.org/bridge' };
    const sliced = await analyzePageInSlices(document, options);
    const whole = analyzeDocument(document, options);
    expect(sliced.result).toEqual(whole.result);
    expect([...sliced.elementsById.keys()]).toEqual([...whole.elementsById.keys()]);
  });

  test('a long analysis starts in a task of its own, hands the thread back at every due pause, before the bounding and once after it', async () => {
    const paragraph = 'The ferry runs twice a day between the islands in the summer months. '.repeat(6);
    document.body.innerHTML = `<article><h1>Ferries</h1><p>${paragraph}</p><h2>Winter</h2><p>${paragraph}</p></article>`;
    const options = { url: 'https://example.org/ferries' };
    const phases = analysisPhases(document, options);
    let pausePoints = 0;
    while (!phases.next().done) pausePoints++;
    // A clock that moves 100 ms each time it is read: every slice has used up its time.
    let time = 0;
    vi.stubGlobal('performance', { now: () => (time += 100) });
    let handBacks = 0;
    const RealChannel = MessageChannel;
    vi.stubGlobal(
      'MessageChannel',
      class extends RealChannel {
        constructor() {
          super();
          handBacks++;
        }
      },
    );
    await analyzePageInSlices(document, options);
    // One before the first slice (not in the injection's task), one at every pause point, one before
    // the bounding, and one after it, so that the caller's own work (the reply's copy, the panel's
    // first render) starts a task of its own.
    expect(handBacks).toBe(1 + pausePoints + 2);
  });
});
