/**
 * The publication date (src/core/detect/metadata/dates.ts) from whichever source the page has:
 * JSON-LD datePublished, meta tags, or a <time datetime> in the byline area. Small pages written for it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import { p } from './fixtures/prose';

const ARTICLE = `${p(0)}${p(1)}${p(2)}${p(3)}`;

function publishedTime(head: string, beforeArticle = ''): string | null {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>${head}</head><body><main><article><h1>Harbour plan approved</h1>${beforeArticle}${ARTICLE}</article></main></body></html>`;
  return outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('publication date', () => {
  it('reads a <time datetime> in the byline, however the time is marked', () => {
    expect(
      publishedTime(
        '',
        '<div class="byline">By <a href="/jane">Jane Doe</a> · <time datetime="2024-03-05T09:30:00Z">March 5</time></div>',
      ),
    ).toBe('2024-03-05T09:30:00Z');
  });

  it('reads a <time datetime> beside the byline element, in the same short byline area', () => {
    expect(
      publishedTime(
        '',
        '<div class="meta"><span class="author">Jane Doe</span> <time datetime="2024-03-05">5 March 2024</time></div>',
      ),
    ).toBe('2024-03-05');
  });

  it('does not take a time from a large block around a byline (a comment list, the whole article)', () => {
    const long = 'Comment text about the harbour plan. '.repeat(20);
    expect(
      publishedTime(
        '',
        `<div class="comments"><span class="author">Reader</span><p>${long}</p><time datetime="2020-01-01">Jan 1</time></div>`,
      ),
    ).toBeNull();
  });

  it('reads a line of the byline area that is a date alone, where no <time> declares one (zyte bdb56ac8, quanta)', () => {
    expect(
      publishedTime(
        '',
        '<div class="post__author-date"><h6 class="byline">By <a href="/authors/jane"><span>Jane Doe</span></a></h6><p><em>November 15, 2019</em></p></div>',
      ),
    ).toBe('2019-11-15');
    // A numeric date written with dots, its day or month in one digit, is read day first (trafilatura 0892, omr).
    expect(
      publishedTime('', '<div class="meta"><span class="author">Tanja Doe</span><span>3.11.2023</span></div>'),
    ).toBe('2023-11-03');
    // A year alone is no date ("© 2019").
    expect(publishedTime('', '<div class="meta"><span class="author">Jane Doe</span><span>© 2019</span></div>')).toBe(
      null,
    );
  });

  it('reads JSON-LD datePublished, and prefers it to a byline time', () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      headline: 'Harbour plan approved',
      datePublished: '2023-10-12T09:14:00+02:00',
    });
    expect(publishedTime(head)).toBe('2023-10-12T09:14:00+02:00');
    expect(publishedTime(head, '<div class="byline">Jane Doe <time datetime="2024-03-05">March 5</time></div>')).toBe(
      '2023-10-12T09:14:00+02:00',
    );
  });

  it("reads a JSON-LD node typed with `type`, the alias of `@type` in schema.org's context (trafilatura 0092)", () => {
    const head = jsonLd({
      '@context': 'http://schema.org',
      type: 'Article',
      headline: 'Harbour plan approved',
      datePublished: 'Thu, 08 May 2014 14:04:53 -0400',
    });
    expect(publishedTime(head)).toBe('2014-05-08T14:04:53-04:00');
  });

  it("takes the page's own day where a moment declared in UTC falls on the day before there (zyte d1c57d78)", () => {
    const head = '<meta property="article:published_time" content="2019-11-19T04:50:22+00:00">';
    const byline = (time: string) => `<div class="byline">By Jane Doe — ${time}</div>`;
    expect(publishedTime(head, byline('<time datetime="2019-11-18">November 18, 2019</time>'))).toBe('2019-11-18');
    expect(publishedTime(head, byline('<time datetime="2019-11-18T23:50:22-05:00">Nov. 18</time>'))).toBe(
      '2019-11-18T23:50:22-05:00',
    );
    // The same day on the page, no date there, or a moment late in the UTC day: the declared value.
    expect(publishedTime(head, byline('<time datetime="2019-11-19">November 19, 2019</time>'))).toBe(
      '2019-11-19T04:50:22+00:00',
    );
    expect(publishedTime(head)).toBe('2019-11-19T04:50:22+00:00');
    const late = '<meta property="article:published_time" content="2019-11-19T14:50:22+00:00">';
    expect(publishedTime(late, byline('<time datetime="2019-11-18">November 18, 2019</time>'))).toBe(
      '2019-11-19T14:50:22+00:00',
    );
    // Microdata may date the text's writing, not its day on the page (tagblatt 0317: the day is the next).
    const written = '<meta itemprop="datePublished" content="2019-11-18">';
    expect(publishedTime(head, written)).toBe('2019-11-19T04:50:22+00:00');
  });

  it("counts a byline area's indentation as one space: the page's own day under a UTC moment (latimes, zyte 8634d121)", () => {
    const head = '<meta property="article:published_time" content="2019-11-20T01:53:14.418Z">';
    // A name, a date and a share bar, each on an indented line: over 300 characters as written, 140 on the screen.
    const indent = `\n${' '.repeat(16)}`;
    const share = ['Facebook', 'Twitter', 'Share', 'LinkedIn', 'Email', 'Copy Link URL', 'Print'].map(
      (s) => `<a>${s}</a>`,
    );
    const area =
      `<div class="ArticlePage-byline">${indent}<div class="author">By ${indent}<a>Michael Hiltzik</a>${indent}</div>` +
      `${indent}<div class="date">${indent}<div>Nov. 19, 2019</div>${indent}<div>5:53 PM</div>${indent}</div>` +
      `${indent}<div class="actions">${share.join(indent)}${indent}</div>${indent}</div>`;
    expect(publishedTime(head, area)).toBe('2019-11-19T17:53:00');
    // The date of the last change in a byline area is not the publication's.
    const changed =
      '<div class="byline">By Jane Doe <time datetime="2016-09-14" itemprop="dateModified">Last updated</time></div>';
    expect(publishedTime('', changed)).toBeNull();
  });

  it('takes a declared placeholder date for no date, and reads the byline time instead', () => {
    const head = jsonLd({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' });
    expect(publishedTime(head)).toBeNull();
    expect(publishedTime('<meta property="article:published_time" content="1970-01-01T01:00:00+01:00">')).toBeNull();
    expect(publishedTime(head, '<div class="byline">Jane Doe <time datetime="2024-03-05">March 5</time></div>')).toBe(
      '2024-03-05',
    );
  });

  it('reads meta tags (article:published_time, then others)', () => {
    expect(publishedTime('<meta property="article:published_time" content="2022-06-01T08:00:00Z">')).toBe(
      '2022-06-01T08:00:00Z',
    );
    expect(publishedTime('<meta name="parsely-pub-date" content="2022-06-02T08:00:00Z">')).toBe('2022-06-02T08:00:00Z');
    // A CMS's own name, in any case ("publishdate", "publishDate", "PublishDate").
    expect(publishedTime('<meta name="publishDate" content="2017-03-10">')).toBe('2017-03-10');
  });

  it('reads the title of an hAtom <abbr class=published>, whose text is the date in words or the time alone', () => {
    expect(
      publishedTime(
        '',
        '<p class="info"><abbr class="published" title="2019-09-11T12:30:39Z">mercredi 11 septembre 2019</abbr></p>',
      ),
    ).toBe('2019-09-11T12:30:39Z');
    expect(
      publishedTime(
        '',
        '<span><abbr itemprop="datePublished" title="2016-05-08T00:55:00-07:00">12:55 AM</abbr></span>',
      ),
    ).toBe('2016-05-08T00:55:00-07:00');
    expect(publishedTime('', '<p><abbr title="World Health Organization">WHO</abbr></p>')).toBe(null);
  });

  it('reads a dateline beside the headline after more teaser bylines than it looks into (readability salon-1)', () => {
    const teasers = Array.from(
      { length: 24 },
      (_, i) => `<li><a href="/story-${i}">Story ${i}</a> <span class="byline">Writer ${i}</span></li>`,
    ).join('');
    const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><ul>${teasers}</ul>
      <main><div><span class="dateline"><span>Sunday, Feb 1, 2015 11:57 AM UTC</span></span><h1>Harbour plan approved</h1>
      <span class="byline">Jane Doe</span>${ARTICLE}</div></main></body></html>`;
    expect(outlineDocument(parseHTML(html).document as unknown as Document).publishedTime).toBe('2015-02-01T11:57:00Z');
  });

  it('reads the <time datetime> on the line right above the headline (trafilatura 0687, 0686)', () => {
    const page = (line: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><div>${line}
      <h1>Harbour plan approved</h1>${ARTICLE}</div></main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    expect(dateOf(page('<p class="info"><time datetime="2022-01-31T09:41:00+00:00">31.01.2022</time></p>'))).toBe(
      '2022-01-31T09:41:00+00:00',
    );
    expect(dateOf(page('<time datetime="2022-02-01">01.02.2022</time> | Harbour meeting'))).toBe('2022-02-01');
    // A long block above the headline is no date line.
    expect(dateOf(page(`<p>${'Harbour news. '.repeat(10)}<time datetime="2022-02-01">1 Feb</time></p>`))).toBeNull();
  });

  it('reads a date alone, perhaps after a place, on the line right above the headline (trafilatura 0742, 0589)', () => {
    const page = (line: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><header>${line}
      <h1>Harbour plan approved</h1></header>${ARTICLE}</main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    expect(dateOf(page('<div class="h6"><p class="h6">02.12.2022</p></div>'))).toBe('2022-12-02');
    // Day first after a place, a no-break space between ("Bonn,&nbsp;"): not read as November 10.
    expect(dateOf(page('<span class="metadata">Bonn,&nbsp;11.10.2021</span>'))).toBe('2021-10-11');
    // A kicker's words or a sentence with a date in it are no date line.
    expect(dateOf(page('<p>Harbour news</p>'))).toBeNull();
    expect(dateOf(page('<p>The council met on 02.12.2022 to vote.</p>'))).toBeNull();
  });

  it('reads a date line above the headline past an empty share box (trafilatura 0676)', () => {
    const page = (line: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><div class="article">${line}
      <div class="social"> </div><h1>Harbour plan approved</h1>${ARTICLE}</div></main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    expect(dateOf(page('<div class="date">Dienstag, 1. Februar 2022</div>'))).toBe('2022-02-01');
    expect(dateOf(page('<div class="date">Tuesday, February 1, 2022</div>'))).toBe('2022-02-01');
    // Only empty boxes are skipped: a kicker's line between is the line above the headline.
    expect(dateOf(page('<div class="date">Dienstag, 1. Februar 2022</div><p>Harbour news</p>'))).toBeNull();
  });

  it("reads the only <time datetime> after the headline; a masthead's before it and two after it give none (0645)", () => {
    const page = (before: string, after: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body>${before}<main><h1>Harbour plan
      approved</h1><aside><p class="h1">Harbour plan approved</p><p>Teaser.</p><div><p>${after}</p></div></aside>
      ${ARTICLE}</main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    const time = '<time datetime="2022-01-28">28. Januar 2022</time>';
    expect(dateOf(page('', time))).toBe('2022-01-28');
    expect(dateOf(page(`<header><time datetime="2023-11-01">Today</time></header>`, ''))).toBeNull();
    expect(dateOf(page('', `${time} <time datetime="2022-01-29">29. Januar 2022</time>`))).toBeNull();
  });

  it('reads the times after the headline that all declare the same moment: the date shown twice (0633)', () => {
    const page = (times: readonly string[]) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><h1>Harbour plan
      approved</h1><ul><li>Author <a href="/members/jane.1/">Jane</a></li><li>${times[0]}</li></ul>${ARTICLE}
      <aside><dl><dt>Author</dt><dd>Jane</dd><dt>Published</dt><dd>${times[1]}</dd></dl></aside></main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    const time = (moment: string) => `<time datetime="${moment}">21. Januar 2022</time>`;
    expect(dateOf(page([time('2022-01-21T12:25:31+0100'), time('2022-01-21T12:25:31+0100')]))).toBe(
      '2022-01-21T12:25:31+01:00',
    );
    // Two moments (a teaser's, a comment's beside the article's): none is told to be the article's.
    expect(dateOf(page([time('2022-01-21T12:25:31+0100'), time('2022-01-22T08:00:00+0100')]))).toBeNull();
  });

  it("reads an element named as a date between the headline and the text; not a teaser's after the text (0579)", () => {
    const date = (name: string, value: string) => `<div><span class="${name}">${value}</span></div>`;
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>A building in Glasgow.</figcaption></figure>';
    expect(publishedTime('', `${figure}${date('meta__date', '03.11.2021')}`)).toBe('2021-11-03');
    // After the text's first paragraph: a teaser's date, no article's.
    const teasers = `${p(0)}${date('meta__date', '01.09.2021')}`;
    expect(publishedTime('', teasers)).toBeNull();
    // A last change's, or an element so named that holds more than a date, dates nothing.
    expect(publishedTime('', `${figure}${date('last-update-date', '03.11.2021')}`)).toBeNull();
    expect(publishedTime('', `${figure}${date('dates', 'Termine: 3. und 4. November 2021')}`)).toBeNull();
  });

  it("reads an element named as a date after the headline's lead in its <header>, with its clock (rnz.de, 0019)", () => {
    const html = (lead: string, afterHeader = '') =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main><header><h1>Harbour plan approved</h1>${lead}${afterHeader === '' ? '<div class="ar-date">12.10.2015, 19:16 Uhr</div>' : ''}</header>${afterHeader}${ARTICLE}</main></body></html>`;
    const dateOf = (doc: string) => outlineDocument(parseHTML(doc).document as unknown as Document).publishedTime;
    const lead = `<div class="teaser">${p(4)}</div>`;
    expect(dateOf(html(lead))).toBe('2015-10-12T19:16');
    // Out of the header, the long paragraph is the text's: a date named after it is a teaser's.
    expect(dateOf(html('', `${p(4)}<div class="ar-date">12.10.2015, 19:16 Uhr</div>`))).toBeNull();
  });

  it('reads the day of a date line whose clock Date.parse cannot read with it (zyte d90bda7e)', () => {
    const line = (value: string) => `<img src="a.jpg" alt=""><div class="article_date">${value}</div>`;
    expect(publishedTime('', line('November 20, 2019 - 11:28 AMT'))).toBe('2019-11-20');
    expect(publishedTime('', line('20.11.2019 | 14:05 Uhr'))).toBe('2019-11-20');
    // A line that is no date before its clock, or a last change's, dates nothing.
    expect(publishedTime('', line('Ausgabe 2019 - 11:28'))).toBeNull();
    expect(publishedTime('', line('Updated November 20, 2019 - 11:28 AMT'))).toBeNull();
  });

  it('reads an element named as a date far below the headline, past a <template> (the query past the walk)', () => {
    const date = '<div><span class="meta__date">03.11.2021</span></div>';
    const boxes = '<div><span></span></div>'.repeat(200);
    expect(publishedTime('', `${boxes}${date}`)).toBe('2021-11-03');
    // A <template>'s content is no part of the page, near the headline or far below it.
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>A building in Glasgow.</figcaption></figure>';
    expect(publishedTime('', `${figure}<template>${date}</template>`)).toBeNull();
    expect(publishedTime('', `${boxes}<template>${date}</template>`)).toBeNull();
  });

  it("reads the only <time datetime> after the headline when it is inside it, not one around it or a last change's", () => {
    const page = (headline: string) =>
      `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><main>${headline}
      ${ARTICLE}</main></body></html>`;
    const dateOf = (html: string) => outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    const time = (attrs: string) => `<time datetime="2022-01-28" ${attrs}>28. Januar 2022</time>`;
    expect(dateOf(page(`<h1>Harbour plan approved <small>${time('')}</small></h1>`))).toBe('2022-01-28');
    const figure = '<figure><img src="a.jpg" alt=""><figcaption>A building in Glasgow.</figcaption></figure>';
    expect(dateOf(page(`<h1>Harbour plan approved</h1>${figure}<p>${time('')}</p>`))).toBe('2022-01-28');
    expect(dateOf(page(`<h1>Harbour plan approved</h1>${figure}<p>${time('itemprop="dateModified"')}</p>`))).toBeNull();
    expect(dateOf(page(`<time datetime="2022-01-28"><h1>Harbour plan approved</h1></time>${figure}`))).toBeNull();
  });

  it('reads the date the text opens with on a page with no headline element (trafilatura 0980), not an ambiguous one', () => {
    const dateOf = (opening: string) => {
      const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title></head><body><div class="nav">
        <a href="/">Home</a></div><div class="story"><img src="/quay.jpg"><p><small>${opening}</small></p>${ARTICLE}
        </div></body></html>`;
      return outlineDocument(parseHTML(html).document as unknown as Document).publishedTime;
    };
    expect(dateOf('April 21, 2022')).toBe('2022-04-21');
    expect(dateOf('04/21/2022')).toBe('2022-04-21');
    // Day and month could be either: no guess.
    expect(dateOf('04/05/2022')).toBeNull();
    expect(dateOf('Harbour news')).toBeNull();
  });

  it('reads a dateline that opens the text where the markup dates nothing (readability webmd-2, nachtkritik 0888)', () => {
    // The text's first paragraph opens with the dateline: a place perhaps, a date, then a dash, a period or a quote.
    const opening = (dateline: string, kicker = '') =>
      publishedTime(
        '',
        `${kicker}<p>${dateline}Imagine being sick in the hospital with an infection that no drug can stop.</p>`,
      );
    expect(opening('April 17, 2015 -- ')).toBe('2015-04-17');
    expect(opening('WASHINGTON, Feb. 23, 2015 — ')).toBe('2015-02-23');
    expect(opening('31. Oktober 2023. ', '<p>Im Schlepptau</p>')).toBe('2023-10-31');
    expect(opening('Paris, 3 mars 2021 – ')).toBe('2021-03-03');
    expect(opening('7 de abril de 2021 - ')).toBe('2021-04-07');
    expect(opening('01.02.2022 „')).toBe('2022-02-01');
    // A sentence that starts with a date, an event's run, a last change, a date whose day and month could be either.
    expect(opening('On April 12, 2015, the board said: ')).toBeNull();
    expect(opening('23.10.2015 - 25.10.2015 ')).toBeNull();
    expect(opening('Updated April 17, 2015 -- ')).toBeNull();
    expect(opening('04/05/2022 -- ')).toBeNull();
    // Only at the text's start: not after a paragraph of running text.
    expect(publishedTime('', `${p(3)}<p>April 17, 2015 -- ${'The board met again. '.repeat(5)}</p>`)).toBeNull();
    // A date the markup declares comes first.
    expect(
      publishedTime('<meta property="article:published_time" content="2015-04-18">', '<p>April 17, 2015 -- x</p>'),
    ).toBe('2015-04-18');
  });

  it('reads a labelled date line under the headline where the markup dates nothing (bka 0659, bsi 0657, buzzfeed-1)', () => {
    const kicker = '<figure><img src="/harbour.jpg" alt=""></figure>';
    // A label element and the date after it on its line, in several languages; or a line that opens with the label.
    expect(publishedTime('', `${kicker}<ul class="info"><li><span>Datum:</span>26. Januar 2022</li></ul>`)).toBe(
      '2022-01-26',
    );
    expect(
      publishedTime('', '<div><span class="key">Erstellt am</span><span class="value">09.02.2022</span></div>'),
    ).toBe('2022-02-09');
    expect(
      publishedTime(
        '',
        '<p><strong>Ort</strong> <span>Bonn</span><br><strong>Datum</strong> <span>28.01.2022</span></p>',
      ),
    ).toBe('2022-01-28');
    expect(publishedTime('', `${kicker}<div><span>Publié le</span> <b>3 mars 2021</b></div>`)).toBe('2021-03-03');
    expect(publishedTime('', `${kicker}<div><span>Publicado el:</span> <b>7 de abril de 2021</b></div>`)).toBe(
      '2021-04-07',
    );
    expect(publishedTime('', `${kicker}<div><span>Pubblicato il</span> <b>12 maggio 2020</b></div>`)).toBe(
      '2020-05-12',
    );
    expect(publishedTime('', `${kicker}<div><span>posted on  April 21, 2015, at 11:29 a.m.</span></div>`)).toBe(
      '2015-04-21',
    );
    // An event's date, a last change's, a label with more than a date after it: no publication date.
    expect(publishedTime('', `${kicker}<div><span>Datum der Veranstaltung:</span> 03.04.2022</div>`)).toBeNull();
    expect(publishedTime('', `${kicker}<div><span>Date of the event: April 3, 2022</span></div>`)).toBeNull();
    expect(
      publishedTime('', `${kicker}<div><span>Datum</span> <b>03.04.2022 bis 05.04.2022 in Bonn</b></div>`),
    ).toBeNull();
    expect(publishedTime('', `${kicker}<div><span>Updated:</span> <b>April 21, 2015</b></div>`)).toBeNull();
    expect(publishedTime('', `${kicker}<div><span>Aktualisiert am</span> <b>09.02.2022</b></div>`)).toBeNull();
    // A comment's "posted on" after the text dates the comment, not the article.
    const comment = '<div class="comment"><span>Posted on</span> <b>April 22, 2015</b><p>Great piece.</p></div>';
    const html = `<html><head><title>Harbour plan approved</title></head><body><main><article><h1>Harbour plan approved</h1>${ARTICLE}${comment}</article></main></body></html>`;
    expect(outlineDocument(parseHTML(html).document as unknown as Document).publishedTime).toBeNull();
    // A date the markup declares comes first.
    expect(
      publishedTime(
        '<meta property="article:published_time" content="2022-01-27">',
        `${kicker}<ul><li><span>Datum:</span>26. Januar 2022</li></ul>`,
      ),
    ).toBe('2022-01-27');
  });

  it('reads a publish_date meta (readability ehow-2), not the date of the last change beside it', () => {
    const head =
      '<meta name="last_updated" content="2016-09-14T12:33:10"><meta name="publish_date" content="2014-05-08 07:01:00">';
    expect(publishedTime(head)).toBe('2014-05-08T07:01:00');
  });

  it("takes the byline's day when the JSON-LD writes a meta's UTC clock with another zone (zyte 3cb22bfa, 06ee193d)", () => {
    const head = `${jsonLd({ '@type': 'NewsArticle', datePublished: '2019-11-20T04:31:13-06:00' })}
      <meta property="article:published_time" content="2019-11-20T04:31:13+00:00">`;
    const byline = (date: string) => `<div class="author_date"><div class="row"><div class="col-sm-8">
      <span><a href="/author/chris/">Chris Davies</a></span> - <span>${date}</span></div></div></div>`;
    expect(publishedTime(head, byline('Nov 19, 2019, 10:31 pm CST'))).toBe('2019-11-19T22:31:00-06:00');
    // The byline's day is the declared one: the declaration stands as written.
    expect(publishedTime(head, byline('Nov 20, 2019, 4:31 am CST'))).toBe('2019-11-20T04:31:13-06:00');
  });

  it("reads an RDFa date property where the page marks no other date, not a comment's (meininger 0648, cicero 0377)", () => {
    // Drupal's RDF module: a hidden span beside the date a reader sees in two-digit years ("28.01.22").
    const rdfa = (property: string) =>
      `<div><span class="created"> 28.01.22</span><span property="${property}" content="2022-01-28T12:45:46+00:00" class="hidden"></span></div>`;
    expect(publishedTime('', rdfa('schema:dateCreated'))).toBe('2022-01-28T12:45:46+00:00');
    expect(publishedTime('', rdfa('dc:date dc:created'))).toBe('2022-01-28T12:45:46+00:00');
    expect(publishedTime('', rdfa('schema:dateModified'))).toBeNull();
    // A comment's date (its resource typed as a comment) is not the article's.
    expect(publishedTime('', `<section typeof="schema:Comment">${rdfa('schema:dateCreated')}</section>`)).toBeNull();
  });

  it('gives none when the page has none', () => {
    expect(publishedTime('')).toBeNull();
  });
});
