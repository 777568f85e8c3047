/**
 * The related stage's cap (RelatedContext.maxStories, the analysis' bounds.ts MAX_RELATED): the stories listed are the
 * first ones of the uncapped list, one per headline, and the titles of later stories are not read (fewer reading
 * steps); a trace still weighs every link.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/core/detect/article';
import { findRelatedStories, type RelatedContext } from '../../src/core/detect/related';
import { pageBody } from '../../src/core/dom';
import { lastStepCount, withStepBudget } from '../../src/core/read/budget';
import { MAX_RELATED } from '../../src/core/bounds';
import { outlineDocument } from '../../src/core/index';

const PAGE_URL = 'https://news.example.com/news/2024/budget-agreed-by-the-council';
/** Teasers in the lists: three times the cap. */
const TEASERS = 3 * MAX_RELATED;
/** Teasers per related list: a related list is short (a much longer one is a feed: features.ts MAX_RUN_ITEMS). */
const PER_LIST = 30;

/**
 * An article, then related lists (PER_LIST teasers each) whose every third headline repeats the one before it (another
 * URL, one story).
 */
function pageHtml(): string {
  const prose = '<p>The council met on Tuesday to discuss the budget for the coming year, and members agreed.</p>';
  const teasers = Array.from({ length: TEASERS }, (_, i) => {
    const headline = i % 3 === 2 ? i - 1 : i;
    return (
      `<li><a href="/news/2024/story-number-${i}-about-the-budget">` +
      `Story number ${headline} about the budget and the council</a></li>`
    );
  });
  let lists = '';
  for (let start = 0; start < TEASERS; start += PER_LIST)
    lists += `<section><h2>Related stories</h2><ul>${teasers.slice(start, start + PER_LIST).join('')}</ul></section>`;
  return (
    `<html><head><title>Budget agreed</title></head><body><article><h1>Budget agreed</h1>${prose.repeat(12)}` +
    `</article>${lists}</body></html>`
  );
}

function contextOf(doc: Document, extra: Partial<RelatedContext> = {}): RelatedContext {
  const body = pageBody(doc);
  const selection = body ? findArticle(body, { title: '', findByline: false }) : null;
  return { baseUrl: PAGE_URL, pageUrl: PAGE_URL, articleRoots: selection?.roots ?? [], explain: true, ...extra };
}

function storiesAndSteps(context: Partial<RelatedContext>): { stories: unknown[]; steps: number } {
  const doc = parseHTML(pageHtml()).document as unknown as Document;
  const stories = withStepBudget(() => findRelatedStories(doc, contextOf(doc, context)));
  return { stories, steps: lastStepCount() };
}

describe('the related stage past its cap', () => {
  it('lists the first maxStories stories of the uncapped list, one per headline, and reads less', () => {
    const all = storiesAndSteps({});
    expect(all.stories.length).toBe(TEASERS - TEASERS / 3);
    const capped = storiesAndSteps({ maxStories: MAX_RELATED });
    expect(capped.stories).toEqual(all.stories.slice(0, MAX_RELATED));
    expect(capped.steps).toBeLessThan(all.steps);
  });

  it('weighs every link for a trace', () => {
    let traced = 0;
    const { stories } = storiesAndSteps({ maxStories: MAX_RELATED, trace: () => traced++ });
    expect(traced).toBe(TEASERS);
    expect(stories.length).toBe(TEASERS - TEASERS / 3);
  });

  it('gives the outline the stories it gave before the cap', () => {
    const doc = parseHTML(pageHtml()).document as unknown as Document;
    const related = outlineDocument(doc, { url: PAGE_URL }).related;
    const all = storiesAndSteps({ explain: false }).stories;
    expect(related).toEqual(all.slice(0, MAX_RELATED));
  });
});
