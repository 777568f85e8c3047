/**
 * The metadata heuristic against the corpus ground truth: the seed page field by field, and the
 * headline accuracy on the readability pages (whose ground truth is Readability.js's own guess;
 * a " - Site" suffix on either side is forgiven, as by ../shared/tools/score-outline.mjs).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sameTitle } from '../../scripts/score/rules';
import { extractMetadata } from '../../src/core/detect/metadata';
import { fixtureExpected, fixtureHtml, fixturePages, SEED } from '../support/corpus';

/** The product's target for headline accuracy on the readability pages. */
const MIN_TITLE_ACCURACY = 0.97;

const load = (name: string) => ({
  doc: parseHTML(fixtureHtml(name)).document as unknown as Document,
  expected: fixtureExpected<{ [field: string]: string | null }>(name),
});

describe('metadata on the compact corpus', () => {
  it('reads every field of the seed page', () => {
    const { doc, expected } = load(SEED);
    const metadata = extractMetadata(doc, {});
    expect(metadata).toMatchObject({
      title: expected.title,
      byline: expected.byline,
      siteName: expected.siteName,
      publishedTime: expected.publishedTime,
      lang: expected.lang,
      dir: expected.dir,
    });
  });

  it(`finds the headline on at least ${MIN_TITLE_ACCURACY * 100}% of the readability pages`, () => {
    const misses: string[] = [];
    let scored = 0;
    for (const { name: slug } of fixturePages('readability')) {
      const { doc, expected } = load(slug);
      if (!expected.title) continue;
      scored++;
      const { title } = extractMetadata(doc, {});
      if (!sameTitle(title, expected.title))
        misses.push(`${slug}: ${JSON.stringify(title)} != ${JSON.stringify(expected.title)}`);
    }
    expect(scored).toBeGreaterThan(0);
    expect(1 - misses.length / scored, misses.join('\n')).toBeGreaterThanOrEqual(MIN_TITLE_ACCURACY);
  });
});
