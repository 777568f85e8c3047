/**
 * The related-stories stage in steps (findRelatedStoriesSteps): the same stories as findRelatedStories
 * whether it pauses or not, and a bounded amount of reading between two pauses on a page with
 * thousands of links (reading steps of read/budget.ts, not time).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/core/detect/article';
import { findRelatedStories, findRelatedStoriesSteps, type RelatedContext } from '../../src/core/detect/related';
import { pageBody } from '../../src/core/dom';
import { lastStepCount, withStepBudget } from '../../src/core/read/budget';
import { NODES_PER_PAUSE } from '../../src/core/steps';
import { fixtureHtml, fixturePages } from '../support/corpus';

const parse = (html: string): Document => parseHTML(html).document as unknown as Document;

/** The context the analysis gives the stage: the article the core finds, links queried by the stage. */
function contextOf(doc: Document, pageUrl: string): RelatedContext {
  const body = pageBody(doc);
  const selection = body ? findArticle(body, { title: '', findByline: false }) : null;
  return { baseUrl: pageUrl, pageUrl, articleRoots: selection?.roots ?? [], explain: true };
}

/** Runs the steps to their end, each step in its own step budget: the result and the steps of each slice. */
function runInSlices(doc: Document, context: RelatedContext): { stories: unknown; slices: number[] } {
  const steps = findRelatedStoriesSteps(doc, context);
  const slices: number[] = [];
  for (;;) {
    const next = withStepBudget(() => steps.next());
    slices.push(lastStepCount());
    if (next.done) return { stories: next.value, slices };
  }
}

describe('findRelatedStoriesSteps', () => {
  it('lists the same stories, with the same reasons, as findRelatedStories on every page of the compact corpus', () => {
    let paused = 0;
    for (const page of fixturePages()) {
      const doc = parse(fixtureHtml(page.name));
      const context = contextOf(doc, page.expected.url ?? 'https://news.example.com/a/story');
      const { stories, slices } = runInSlices(doc, context);
      expect(stories, page.name).toEqual(findRelatedStories(doc, context));
      if (slices.length > 1) paused++;
    }
    // Pages with a few hundred links pause at least once.
    expect(paused).toBeGreaterThan(fixturePages().length / 4);
  });

  it('pauses after a bounded amount of reading on a page with thousands of teaser links', () => {
    const prose = '<p>The council met on Tuesday to discuss the budget for the coming year, and members agreed.</p>';
    const teasers = Array.from(
      { length: 5000 },
      (_, i) =>
        `<li class="teaser"><span>Politics</span> <a href="/news/2024/story-number-${i}-about-the-budget">` +
        `Story number ${i} about the budget and the council</a></li>`,
    ).join('');
    const doc = parse(
      `<html><body><article><h1>Budget agreed</h1><div class="story">${prose.repeat(20)}</div></article>` +
        `<section><h2>Related stories</h2><ul>${teasers}</ul></section></body></html>`,
    );
    const context = {
      ...contextOf(doc, 'https://news.example.com/news/2024/budget-agreed-by-the-council'),
      explain: false,
    };
    const { stories, slices } = runInSlices(doc, context);
    expect(stories).toEqual(findRelatedStories(doc, context));
    const total = slices.reduce((sum, steps) => sum + steps, 0);
    // All at once, the stage would read this page in one slice of more than a hundred thousand steps.
    const maxSliceSteps = 8 * NODES_PER_PAUSE;
    expect(total).toBeGreaterThan(10 * maxSliceSteps);
    expect(Math.max(...slices)).toBeLessThanOrEqual(maxSliceSteps);
  });
});
