/**
 * The related-stories heuristic against the corpus ground truth (pages labelled with `related`),
 * scored like ../shared/tools/score-outline.mjs: recall = share of expected links found, precision =
 * share of listed links that are expected or allowed. The seed page must be exact. Run through the
 * whole analysis: the article the core finds is one of the rule's features (where a block stands).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { fixtureHtml, fixturePages } from '../support/corpus';
import { normUrl } from '../../scripts/score/rules';
/** The targets, with a margin: the hidden split is scored too. */
const MIN_RECALL = 0.9;
const MIN_PRECISION = 0.95;

interface Labelled {
  name: string;
  url: string | null;
  expected: string[];
  allowed: Set<string>;
}

function labelledPages(): Labelled[] {
  const pages: Labelled[] = [];
  for (const set of ['seed', 'zyte', 'readability']) {
    for (const page of fixturePages(set)) {
      const exp = page.expected;
      if (!exp.related) continue;
      const expected = exp.related.expected.map((r) => normUrl(r.url)).filter((u): u is string => Boolean(u));
      const allowed = new Set([
        ...expected,
        ...(exp.related.allowed ?? []).map(normUrl).filter((u): u is string => Boolean(u)),
      ]);
      pages.push({ name: page.name, url: exp.url ?? null, expected, allowed });
    }
  }
  return pages;
}

function relatedOf(page: Labelled) {
  const doc = parseHTML(fixtureHtml(page.name)).document as unknown as Document;
  return analyzeDocument(doc, { url: page.url }).result.related;
}

describe('related stories on the compact corpus', () => {
  it('finds exactly the related stories of the seed page', () => {
    const seed = labelledPages().find((page) => page.name === 'seed/kyrgyzstan-visit')!;
    expect(relatedOf(seed).map((story) => normUrl(story.url))).toEqual(seed.expected);
  });

  it(`reaches recall ≥ ${MIN_RECALL} and precision ≥ ${MIN_PRECISION} over the labelled pages`, () => {
    let found = 0;
    let wanted = 0;
    let fine = 0;
    let listed = 0;
    for (const page of labelledPages()) {
      const predicted = [...new Set(relatedOf(page).map((story) => normUrl(story.url)))];
      found += page.expected.filter((url) => predicted.includes(url)).length;
      wanted += page.expected.length;
      fine += predicted.filter((url) => url && page.allowed.has(url)).length;
      listed += predicted.length;
    }
    expect(wanted).toBeGreaterThan(0);
    expect(found / wanted).toBeGreaterThanOrEqual(MIN_RECALL);
    expect(fine / listed).toBeGreaterThanOrEqual(MIN_PRECISION);
  });
});
