/**
 * Linear scaling of the analysis on a page whose comment section holds thousands of links the related-stories stage
 * reads as article links (issue #12): four times the comments take about four times the reading steps
 * (read/budget.ts: deterministic, not time). A per-item read that grows with the section (a list verdict read again
 * for each of its items, a climb or a sibling scan without its cap) makes the bigger page cost many times more.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { lastStepCount } from '../../src/core/read/budget';

const PAGE_URL = 'https://news.example.com/2026/12/harbour-plan-approved';

/** Comments in the smaller page; the bigger one has SCALE times as many. */
const COMMENTS = 400;
const SCALE = 4;
/** Steps the bigger page may take per step of the smaller one: SCALE, and a little for the walks' fixed costs. */
const MAX_GROWTH = SCALE * 1.1;

/**
 * An article, then `count` comments, every third with a reply. Each comment links to a thread whose number has six
 * digits: a path ending in a number that long reads as an article's address, so the related stage reads every comment
 * (with shorter numbers it reads none; an author's profile link, "/users/reader123456", is no article link at all).
 */
function commentsPage(count: number): string {
  const sentence = 'The council said on Tuesday that its plan for the harbour would go ahead after months of talks.';
  const comment = (i: number, reply: string): string =>
    `<div class="comment"><a href="/discussion/reader${100_000 + i}" class="comment-thread">reader ${i}</a>` +
    `<p>${sentence}</p><button>Reply</button>${reply}</div>`;
  const comments: string[] = [];
  for (let i = 0; i < count; i++) comments.push(comment(i, i % 3 === 0 ? comment(count + i, '') : ''));
  return (
    '<html><head><title>Harbour plan approved</title></head><body><main><article><h1>Harbour plan approved</h1>' +
    `<p class="byline">By Alex Writer</p>${`<p>${sentence} ${sentence}</p>`.repeat(8)}</article></main>` +
    `<section class="comments"><h2>Comments</h2>${comments.join('')}</section></body></html>`
  );
}

function stepsOf(html: string): number {
  const { document } = parseHTML(html);
  const result = outlineDocument(document as unknown as Document, { url: PAGE_URL });
  expect(result.found).toBe(true);
  return lastStepCount();
}

describe('scaling on a comment section of article-like links', () => {
  it(`reads ${SCALE} times the comments in at most about ${SCALE} times the steps`, () => {
    const small = stepsOf(commentsPage(COMMENTS));
    const big = stepsOf(commentsPage(COMMENTS * SCALE));
    expect(big).toBeGreaterThan(small * (SCALE - 1));
    expect(big).toBeLessThanOrEqual(small * MAX_GROWTH);
  });
});
