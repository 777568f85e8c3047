// @vitest-environment happy-dom
/** The content script's analysis in slices (src/content/slices.ts). */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyzeDocument } from '../../src/core';
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
});
