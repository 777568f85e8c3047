/**
 * Related stories set as cards in the article's text (src/core/detect/related/features.ts, neighbourFeature):
 * a one-link card or picture box between blocks of the article's text, or after its last block (also two
 * embeds in a row), is listed; teaser items of a list and cards whose link names a thing are not; nor is a
 * picture's credit under a teaser.
 * Small hand-written pages parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';

const PAGE_URL = 'https://news.example.org/health/winter-virus-season-starts-early/';
const PROSE =
  'Doctors in several regions reported the first cases weeks earlier than usual, and pharmacies said demand for tests had doubled since the start of the month.';
const url = (path: string) => `https://news.example.org${path}`;
/** A block of the article's text as many CMSs write it: a wrapper of paragraphs, not a bare paragraph. */
const TEXT = `<div class="text-block"><div><p>${PROSE}</p><p>${PROSE}</p></div></div>`;

function urlsOf(body: string): string[] {
  const doc = parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
  return findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    articleRoots: [...doc.querySelectorAll('.story')],
  }).map((story) => story.url);
}

const card = (path: string, title: string) =>
  `<div class="inline-teaser"><div><a href="${path}"><img src="t.jpg" alt=""><span>${title}</span></a></div></div>`;
const embed = (path: string, title: string) =>
  `<div class="embed-block"><div><blockquote><a href="${path}">${title}</a></blockquote></div></div>`;

describe('cards set in the article text', () => {
  it('lists a picture card between two blocks of the text', () => {
    const path = '/health/symptoms-of-the-new-variant-you-should-know/';
    expect(
      urlsOf(
        `<article><div class="story">${TEXT}${card(path, 'Symptoms of the new variant you should know')}${TEXT}</div></article>`,
      ),
    ).toEqual([url(path)]);
  });

  it('lists two embeds in a row after the last block of the text', () => {
    const first = '/politics/minister-travelled-by-car-beside-the-train/';
    const second = '/politics/what-the-minister-advises-young-voters-to-do/';
    expect(
      urlsOf(
        `<article><div class="story">${TEXT}${embed(first, 'Minister travelled by car right beside the train')}${embed(second, 'What the minister advises young voters to do now')}</div></article>`,
      ),
    ).toEqual([url(first), url(second)]);
  });

  it('lists a card that writes its headline three times (caption, overline, link) beside an excerpt (trafilatura 0716)', () => {
    const path = '/health/how-dangerous-is-the-new-variant-of-the-virus/';
    const title = 'How dangerous is the new variant of the virus?';
    const teaser = (excerpt: string) =>
      `<div class="article-teaser"><div class="image"><img src="t.jpg" alt=""><div class="caption">${title}</div></div>` +
      `<div class="description"><div class="overline">${title}</div><p>${excerpt}</p><button>To the article</button></div>` +
      `<a href="${path}" class="cta">${title}</a></div>`;
    const story = (excerpt: string) => `<article><div class="story">${TEXT}${teaser(excerpt)}${TEXT}</div></article>`;
    expect(urlsOf(story(PROSE))).toEqual([url(path)]);
    // A box that says more than a small box besides its headline stays text.
    expect(urlsOf(story(`${PROSE} ${PROSE}`))).toEqual([]);
  });

  it('does not list teaser items of a list, nor a card whose link only names a thing', () => {
    // Items whose classes differ (generated class names): a list item is an item of its list whatever its class.
    const teaser = (path: string, title: string) =>
      `<li class="c${title.length}"><a href="${path}"><img src="t.jpg" alt=""></a><h3><a href="${path}">${title}</a></h3><p>${PROSE}</p></li>`;
    const list = `<ul>${teaser('/health/flu-shots-run-short-in-the-north/', 'Flu shots run short in the north')}${teaser('/health/school-closures-debated-again-this-week/', 'School closures debated again this week')}${teaser('/health/new-clinic-opens-downtown-next-monday/', 'New clinic opens downtown next Monday')}</ul>`;
    expect(urlsOf(`<article><div class="story">${TEXT}${list}</div></article>`)).toEqual([]);
    const name = card('/partners/european-health-agency-2024/', 'European Health Agency');
    expect(urlsOf(`<article><div class="story">${TEXT}${name}${TEXT}</div></article>`)).toEqual([]);
  });
});

describe("a picture's credit under a teaser (related/text.ts isCreditLink)", () => {
  it('is not listed with the teasers when the "©" stands right before its link (trafilatura 0636)', () => {
    const teaser = (path: string, title: string, credit: string) =>
      `<div class="teaser"><a href="${path}"><img src="t.jpg" alt=""></a><span class="source">${credit}</span>` +
      `<p class="h4"><a href="${path}">${title}</a></p></div>`;
    const before = '© <a href="https://www.flickr.com/photos/someone/2228603119/">Jane Roe / flickr.com</a>';
    // A teaser whose link opens with its picture's credit stays a teaser.
    const path = '/health/insurance-for-your-clinic-visits/';
    const inside = `<a href="${path}"><span>© Jo Doe</span> Insurance for your clinic visits, explained</a>`;
    const page =
      `<article><div class="story">${TEXT}</div></article><section><h2>Related articles</h2>` +
      teaser('/health/flu-shots-run-short-in-the-north/', 'Flu shots run short in the north', before) +
      teaser(path, 'Insurance for your clinic visits, explained', inside) +
      teaser('/health/new-clinic-opens-downtown-next-monday/', 'New clinic opens downtown next Monday', '') +
      '</section>';
    expect(urlsOf(page)).toEqual([
      url('/health/flu-shots-run-short-in-the-north/'),
      url(path),
      url('/health/new-clinic-opens-downtown-next-monday/'),
    ]);
  });
});
