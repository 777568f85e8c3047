/**
 * Related stories given as bare one-link lines under a label, right in the article's text
 * (src/core/detect/related/page-index.ts, label search): every line under the label is read with it,
 * not only the first. Small hand-written pages parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories, type RelatedTrace } from '../../src/core/detect/related';
import { matchBlockLabel } from '../../src/core/detect/related/lexicon';

const PAGE_URL = 'https://blog.example.org/retail/checkout-free-shops-tested/';
const PROSE =
  'Shoppers walked out with their baskets while cameras and sensors tallied every item, a trial the chain says it will widen next spring.';
const url = (path: string) => `https://blog.example.org${path}`;
const line = (path: string, title: string) => `<p><a href="${path}">${title}</a></p>`;

function relatedOf(body: string, trace?: (entry: RelatedTrace) => void) {
  const doc = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
  return findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    articleRoots: [...doc.querySelectorAll('.story')],
    trace,
  });
}

const LINES = [
  line('/retail/store-design-trends-this-year/', 'Store design: the trends of this year'),
  line('/retail/is-paying-without-a-till-better/', 'Is paying without a till really better?'),
  line('/retail/self-checkout-queues-measured/', 'Self-checkout queues, measured'),
].join('');

describe('one-link lines under a label in the article', () => {
  it('lists every line under the label, not only the first', () => {
    const stories = relatedOf(
      `<article><div class="story"><p>${PROSE}</p><p>${PROSE}</p><p><strong>Related topics on our blog:</strong></p>${LINES}</div></article>`,
    );
    expect(stories.map((story) => story.url)).toEqual([
      url('/retail/store-design-trends-this-year/'),
      url('/retail/is-paying-without-a-till-better/'),
      url('/retail/self-checkout-queues-measured/'),
    ]);
  });

  it('says that the label heads the later lines too', () => {
    const traces: RelatedTrace[] = [];
    relatedOf(
      `<article><div class="story"><p>${PROSE}</p><p><strong>Related topics on our blog:</strong></p>${LINES}</div></article>`,
      (entry) => traces.push(entry),
    );
    const third = traces.find((entry) => entry.url.includes('self-checkout'))!;
    expect(third.why).toContain('label "Related topics on our blog:"');
  });

  it('does not read a label over a line that is not one link, nor over lines of another tag', () => {
    // A line with words besides its link is content: the label before it does not reach the lines after it.
    const mixed = `<p><strong>Related topics on our blog:</strong></p>${line('/retail/store-design-trends-this-year/', 'Store design: the trends of this year')}
      <p>Also worth a look, <a href="/retail/is-paying-without-a-till-better/">Is paying without a till really better?</a></p>
      ${line('/retail/self-checkout-queues-measured/', 'Self-checkout queues, measured')}`;
    const listed = relatedOf(`<article><div class="story"><p>${PROSE}</p>${mixed}</div></article>`).map((s) => s.url);
    expect(listed).toContain(url('/retail/store-design-trends-this-year/'));
    expect(listed).not.toContain(url('/retail/self-checkout-queues-measured/'));
    // Lines of another tag than the one after the label are no earlier lines of the same list.
    const otherTag = `<p><strong>Related topics on our blog:</strong></p><div><a href="/retail/store-design-trends-this-year/">Store design: the trends of this year</a></div>
      ${line('/retail/self-checkout-queues-measured/', 'Self-checkout queues, measured')}`;
    const listedOther = relatedOf(`<article><div class="story"><p>${PROSE}</p>${otherTag}</div></article>`).map(
      (s) => s.url,
    );
    expect(listedOther).not.toContain(url('/retail/self-checkout-queues-measured/'));
  });
});

describe('German labels in informal and "reading tip" phrasing', () => {
  it('reads "Lesetipp", "Leseempfehlungen" and the informal "Das könnte dich auch interessieren" as related', () => {
    for (const label of ['Lesetipp', 'Lesetipps:', 'Leseempfehlungen', 'Das könnte dich auch interessieren'])
      expect(matchBlockLabel(label)?.kind, label).toBe('related');
    // A word that only starts like one is no label.
    expect(matchBlockLabel('Lesetippgeber')).toBeNull();
  });
});

describe('labels with an apostrophe', () => {
  it('read every mark written for one as the straight one of the lexicon (read/text.ts foldApostrophes)', () => {
    for (const label of [
      "Editor's pick",
      'Editor’s Pick',
      'Editor‘s pick',
      'Editorʼs pick',
      'Editor´s pick',
      'Don`t miss',
    ])
      expect(matchBlockLabel(label)?.kind, label).toBe('related');
  });
});
