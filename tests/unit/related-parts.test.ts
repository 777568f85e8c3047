/**
 * The parts of the related-stories rule on their own: article URLs, titles, the label lexicon, the
 * class / id hints, the page index and the bounded text reads.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories, type RelatedContext } from '../../src/core/detect/related';
import { hintKind } from '../../src/core/detect/related/hints';
import { LEXICON, matchBlockLabel, matchLinkText, matchPromoPrefix } from '../../src/core/detect/related/lexicon';
import { PageIndex } from '../../src/core/detect/related/page-index';
import { attributeHints, boundedText, rememberingBoundedText } from '../../src/core/detect/related/text';
import {
  cleanTitle,
  isBetterTitle,
  isPrevNextText,
  titleFromTeaser,
  titleOfLink,
} from '../../src/core/detect/related/title';
import { withoutDanglingEnd } from '../../src/core/detect/related/title-line';
import {
  absoluteUrlVerdict,
  looksLikeArticleUrl,
  plainPathVerdict,
  resolveArticleHref,
  urlKey,
} from '../../src/core/detect/related/url';
import { isSpaceCode } from '../../src/core/read/text';

const PAGE_URL = 'https://news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/';

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}
const relatedOf = (doc: Document, context: Partial<RelatedContext> = {}) =>
  findRelatedStories(doc, {
    baseUrl: PAGE_URL,
    pageUrl: PAGE_URL,
    articleRoots: [...doc.querySelectorAll('.story')],
    ...context,
  });
const urlsOf = (doc: Document, context: Partial<RelatedContext> = {}) =>
  relatedOf(doc, context).map((story) => story.url);
const ARTICLE =
  '<article><div class="story"><p>Russian President Vladimir Putin travelled to Kyrgyzstan on his first trip abroad since the warrant.</p></div></article>';
const isRelatedLabel = (text: string) =>
  matchBlockLabel(text)?.kind === 'related' || matchBlockLabel(text)?.kind === 'sequence';
const hasPromoPrefix = (text: string) => matchPromoPrefix(text) !== null;
const hasRelatedHint = (hints: string) => hintKind(hints) === 'related';

describe('URLs', () => {
  it('tells article URLs from section, tag and utility URLs', () => {
    expect(looksLikeArticleUrl('https://news.example.org/world/china-hosts-belt-and-road-forum/')).toBe(true);
    expect(looksLikeArticleUrl('https://www.medicalnewstoday.com/articles/318674.php')).toBe(true);
    expect(looksLikeArticleUrl('https://www.wired.com/story/youtube-union/')).toBe(true);
    expect(looksLikeArticleUrl('https://www.vox.com/science-and-health')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/tag/russia/')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/category/world/europe/')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/author/jane-doe/')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/2023/10/')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/wp-content/uploads/2019/11/tyvak-clps-lander.jpg')).toBe(
      false,
    );
    expect(resolveArticleHref('javascript:void(0)', PAGE_URL)).toBeNull();
    expect(resolveArticleHref('/a/b-c-d#x', PAGE_URL)).toBe('https://news.example.org/a/b-c-d');
  });

  it("reads a number after a profile word as a person's, after a section word as an article's", () => {
    // Comment sections link each author: "/users/reader123456" is a profile however long its number.
    expect(looksLikeArticleUrl('https://news.example.org/users/reader123456')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/profile/48213977')).toBe(false);
    expect(plainPathVerdict('/users/reader123456', 'news.example.org')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/section/123456')).toBe(true);
    // A headline's slug after a profile word is still an article ("/people/…" of a people section).
    expect(looksLikeArticleUrl('https://news.example.org/people/star-opens-up-about-her-new-film-and-family')).toBe(
      true,
    );
  });

  it('takes the pages of a social network for articles on a page of that network, never elsewhere', () => {
    expect(looksLikeArticleUrl('https://www.linkedin.com/pulse/what-hr-is-for-jane-doe')).toBe(false);
    expect(looksLikeArticleUrl('https://www.linkedin.com/pulse/what-hr-is-for-jane-doe', 'news.example.org')).toBe(
      false,
    );
    expect(looksLikeArticleUrl('https://www.linkedin.com/pulse/what-hr-is-for-jane-doe', 'de.linkedin.com')).toBe(true);
    expect(looksLikeArticleUrl('https://www.linkedin.com/pulse/what-hr-is-for-jane-doe', 'linkedin.com')).toBe(true);
  });

  it('cuts the #fragment wherever it stands, and keeps what comes before it', () => {
    expect(resolveArticleHref('?page=2#comments', PAGE_URL)).toBe(`${PAGE_URL}?page=2`);
    expect(resolveArticleHref('https://other.example.com#top', PAGE_URL)).toBe('https://other.example.com/');
    expect(resolveArticleHref('/a/b#c#d', PAGE_URL)).toBe('https://news.example.org/a/b');
    expect(resolveArticleHref('#only-a-fragment', PAGE_URL)).toBeNull();
    // Without a base, relative hrefs lead nowhere; absolute ones still resolve.
    expect(resolveArticleHref('/a/b-c-d', null)).toBeNull();
    expect(resolveArticleHref('?page=2', null)).toBeNull();
    expect(resolveArticleHref('b-c-d.html', null)).toBeNull();
    expect(resolveArticleHref('https://news.example.org/a/b-c-d#x', null)).toBe('https://news.example.org/a/b-c-d');
  });

  it('tells plain "/path" links that are no article without parsing them, and leaves every other href to the parser', () => {
    expect(plainPathVerdict('/users/Amanell', 'news.example.org')).toBe(false);
    expect(plainPathVerdict('/tags/one-two-three-four', 'news.example.org')).toBe(false);
    expect(plainPathVerdict('/', 'news.example.org')).toBe(false);
    expect(plainPathVerdict('/world/one-two-three-four', 'news.example.org')).toBe(true);
    // Hrefs a parser would rewrite are left to it.
    expect(plainPathVerdict('//other.example.com/users/x', 'news.example.org')).toBeNull();
    expect(plainPathVerdict('/a/../users/x', 'news.example.org')).toBeNull();
    expect(plainPathVerdict('/a/%2E%2E/x', 'news.example.org')).toBeNull();
    expect(plainPathVerdict('/users/a b', 'news.example.org')).toBeNull();
    expect(plainPathVerdict('/users/x?page=2', 'news.example.org')).toBeNull();
    expect(plainPathVerdict('users/x', 'news.example.org')).toBeNull();
    // The verdict is the parser's: the host counts too (share services are never articles).
    expect(plainPathVerdict('/world/one-two-three-four', 'www.facebook.com')).toBe(false);
  });

  it('tells absolute links without parsing them as the parser would, and leaves every href a parser rewrites to it', () => {
    const hrefs = [
      'https://twitter.com/intent/tweet-this-one-now',
      'https://other.example.com/world/one-two-three-four?x=1#top',
      'http://other.example.com/tags/one-two-three',
      'https://other.example.com',
      'https://other.example.com?',
      'https://other.example.com/2024/05/story-name.html',
      // A parser percent-encodes a query's spaces and quotes: the test never reads such a query.
      "https://other.example.com/world/a-b-c?q='x y'",
      'https://other.example.com/world/?q=one two',
    ];
    for (const href of hrefs) {
      const verdict = absoluteUrlVerdict(href, 'news.example.org');
      expect(verdict).not.toBeNull();
      expect(verdict).toBe(looksLikeArticleUrl(href, 'news.example.org'));
    }
    expect(absoluteUrlVerdict('https://other.example.com/world/one-two-three-four', null)).toBe(true);
    expect(absoluteUrlVerdict('https://other.example.com/world', null)).toBe(false);
    // Hrefs a parser would rewrite (case, port, credentials, numeric hosts, dot segments, spaces) or whose query may
    // hold a shared URL are left to it.
    for (const href of [
      'HTTPS://other.example.com/world/one-two-three-four',
      'https://Other.example.com/world/one-two-three-four',
      'https://other.example.com:8080/world/one-two-three-four',
      'https://user@other.example.com/world/one-two-three-four',
      'https://127.0.0.1/world/one-two-three-four',
      'https://other.example.com/a/../world/one-two-three-four',
      'https://other.example.com/world/one two three',
      'https://other.example.com//world/one-two-three-four',
      'https://www.facebook.com/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fa-b-c',
      '//other.example.com/world/one-two-three-four',
      'ftp://other.example.com/world/one-two-three-four',
    ])
      expect(absoluteUrlVerdict(href, null)).toBeNull();
  });

  it('writes the URL of a plain "/path" article link as the parser does: the base\'s origin and the path', () => {
    const bases = [
      'https://news.example.org/world/page.html?x=1#top',
      'http://WWW.Example.com:8080/a/b/',
      'https://blog.example.net',
    ];
    const paths = [
      '/world/one-two-three-four/',
      '/2023/10/05/story',
      "/a/b_c~d!$&'()*+,;=:@x/",
      '/news/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-%D0%B2-%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D0%B8',
      '/p/12345',
      '/World/One-Two-Three//',
    ];
    for (const base of bases) {
      const origin = new URL(base).origin;
      for (const path of paths) {
        expect(plainPathVerdict(path, new URL(base).hostname)).toBe(true);
        const parsed = new URL(path, base);
        expect(`${origin}${path}`).toBe(parsed.href);
        expect(`${urlKey(origin)}${path}`.replace(/\/$/, '')).toBe(urlKey(parsed));
      }
    }
  });

  it("judges absolute links on the page's own origin like root-relative ones, and parses all others", () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3><ul>
      <li><a href="https://news.example.org/tags/russia-and-central-asia/">Russia and Central Asia</a></li>
      <li><a href="https://news.example.org/world/armenia-drifts-away-from-moscow/">Armenia drifts away from Moscow</a></li>
      <li><a href="HTTPS://NEWS.EXAMPLE.ORG/world/china-hosts-belt-and-road-forum/">China hosts Belt and Road forum</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual([
      'https://news.example.org/world/armenia-drifts-away-from-moscow/',
      'https://news.example.org/world/china-hosts-belt-and-road-forum/',
    ]);
  });

  it('finds article links among thousands of plain profile links', () => {
    const profiles = Array.from({ length: 2000 }, (_, i) => `<li><a href="/users/reader${i}">reader${i}</a></li>`).join(
      '',
    );
    const doc = page(`${ARTICLE}<ul class="kudos">${profiles}</ul><div class="related"><h3>Related</h3><ul>
      <li><a href="/world/armenia-drifts-away-from-moscow/">Armenia drifts away from Moscow</a></li></ul></div>`);
    expect(relatedOf(doc)).toEqual([
      {
        title: 'Armenia drifts away from Moscow',
        url: 'https://news.example.org/world/armenia-drifts-away-from-moscow/',
      },
    ]);
  });

  it('counts slug words without conjunctions and single letters, and reads listing segments anywhere in the path', () => {
    // Three words make a headline slug; "and" and "x" are not words of it.
    expect(looksLikeArticleUrl('https://news.example.org/world/one-two-three')).toBe(true);
    expect(looksLikeArticleUrl('https://news.example.org/world/science-and-health')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/mac-os-x')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/one_two~three')).toBe(true);
    // A word of capitals is a code or an abbreviation: an office's page named by its region's code and one word
    // (thw.de 0589) is no headline; a headline slug with an abbreviation in it still is.
    expect(looksLikeArticleUrl('https://agency.example.org/Docs/Units/DE/Offices/NRW_Landesverband.html')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/NASA-launches-rocket.html')).toBe(true);
    expect(looksLikeArticleUrl('https://news.example.org/world/NASA-Launches-New-Rocket')).toBe(true);
    expect(looksLikeArticleUrl('https://news.example.org/news/RESORT_ANNOUNCES_NEW_EXPANSION.html')).toBe(true);
    // Percent-encoded slugs are read decoded (a Cyrillic headline slug).
    expect(
      looksLikeArticleUrl(
        'https://news.example.org/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-%D0%B2-%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D0%B8-%D1%81%D0%B5%D0%B3%D0%BE%D0%B4%D0%BD%D1%8F',
      ),
    ).toBe(true);
    // A listing or sponsored segment anywhere vetoes the URL, whatever its slug.
    expect(looksLikeArticleUrl('https://news.example.org/tags/one-two-three-four')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/sponsored/one-two-three-four')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/tagged-one-two-three')).toBe(true);
    expect(looksLikeArticleUrl('https://en.example.org/wiki/Special:BookSources/123')).toBe(false);
  });

  it('cleans titles of navigation words, brackets and trailing dates', () => {
    expect(cleanTitle('Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer JULY 24, 2016')).toBe(
      'Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer',
    );
    // A date after a function word is the headline's own: no date glued on by the layout.
    expect(cleanTitle('Captain Marvel hits theaters on March 8, 2019')).toBe(
      'Captain Marvel hits theaters on March 8, 2019',
    );
    expect(cleanTitle('Truce and consequences: 6 things to know for February 25')).toBe(
      'Truce and consequences: 6 things to know for February 25',
    );
    expect(cleanTitle('Satoshi Nakamoto’s greatest creation Next Article')).toBe(
      'Satoshi Nakamoto’s greatest creation',
    );
    expect(cleanTitle('Next generation of reactors')).toBe('Next generation of reactors');
    expect(cleanTitle('  Previous Post:  Free   scooter training ')).toBe('Free scooter training');
    // Brackets around the whole headline go; two pairs at its ends stay (readability pixnet).
    expect(cleanTitle('(Free scooter training)')).toBe('Free scooter training');
    // ... but a view count in brackets before the headline goes (readability pixnet); a year stays.
    expect(cleanTitle('(51817) Camping in the maple forest (2015/01/31)')).toBe(
      'Camping in the maple forest (2015/01/31)',
    );
    expect(cleanTitle('(2019) Camping in the maple forest')).toBe('(2019) Camping in the maple forest');
    expect(cleanTitle('[Notice] Terms of service [updated]')).toBe('[Notice] Terms of service [updated]');
  });

  it('cuts news flags and view counts from a headline', () => {
    expect(cleanTitle('BREAKING: Tottenham Announce Mourinho as New Coach')).toBe(
      'Tottenham Announce Mourinho as New Coach',
    );
    expect(cleanTitle('Eilmeldung – Bahn streikt ab Montag')).toBe('Bahn streikt ab Montag');
    expect(cleanTitle('Breaking Bad returns for a sixth season')).toBe('Breaking Bad returns for a sixth season');
  });

  it('takes no media label with its running time as a headline (a video teaser, spiegel.de)', () => {
    const doc = page(
      '<a id="video" href="/video/adler-befreit-video-99031258.html" title="Fischer befreien Adler aus Oktopus-Umklammerung">' +
        '<span class="btn-play-video">Video</span> <span class="time">00:53</span></a>',
    );
    expect(titleOfLink(doc.getElementById('video')!).text).toBe('Fischer befreien Adler aus Oktopus-Umklammerung');
  });

  it('reads a German "previous / next post" label as no headline, and cuts it from the headline it heads', () => {
    expect(isPrevNextText('« Vorheriger Beitrag')).toBe(true);
    expect(isPrevNextText('Nächster Beitrag »')).toBe(true);
    expect(cleanTitle('Vorheriger Beitrag Fashion und Nachhaltigkeit')).toBe('Fashion und Nachhaltigkeit');
    expect(cleanTitle('Nächster Beitrag')).toBe('Nächster Beitrag');
  });

  it('drops a previous / next label element before the headline it heads, a one-word headline kept', () => {
    const doc = page(
      '<a id="prev" href="/2019/11/10/kristallnacht/" rel="prev"><span class="meta-nav">&lsaquo; Previous</span>' +
        'Kristallnacht.</a>' +
        '<a id="before" href="/business/erfolgreiche-teilnahme/" rel="prev"><span>Vorher</span> Erfolgreiche ' +
        'Teilnahme: Landrat überreicht die Zertifikate</a>' +
        '<a id="next" href="/2019/11/22/arrival/"><span>Next</span><b>My arrival in Hamburg.</b></a>',
    );
    expect(titleOfLink(doc.getElementById('prev')!).text).toBe('Kristallnacht.');
    expect(titleOfLink(doc.getElementById('before')!).text).toBe(
      'Erfolgreiche Teilnahme: Landrat überreicht die Zertifikate',
    );
    expect(titleOfLink(doc.getElementById('next')!).text).toBe('My arrival in Hamburg.');
  });

  it("takes a bold headline that opens a link's text without the teaser's words after it", () => {
    const doc = page(
      '<a id="puff" href="/tvshowbiz/article-1/katona.html"><img src="x.jpg" alt=""><span class="pufftext">' +
        '<span class="arrow"></span><strong> Kerry Katona strikes a provocative pose for her account </strong> ' +
        'Saucy&nbsp;</span></a>' +
        '<a id="lead" href="/news/article-2/lead.html"><b>Exclusive:</b> Ministers agree on a new budget</a>',
    );
    expect(titleOfLink(doc.getElementById('puff')!).text).toBe(
      'Kerry Katona strikes a provocative pose for her account',
    );
    expect(titleOfLink(doc.getElementById('lead')!).text).toBe('Exclusive: Ministers agree on a new budget');
  });

  it("takes a previous / next link's headline from the page head's rel=prev / next link", () => {
    const prev = 'https://news.example.org/2012/07/15/brainstorming/';
    const doc = page(
      `<article class="story"><h1>Putin visits</h1><p>${'Text of the story here. '.repeat(40)}</p></article>` +
        `<nav class="post-navigation"><div class="prev"><a href="${prev}" rel="prev">&laquo; Vorheriger Beitrag</a>` +
        '</div></nav>',
      `<link rel="stylesheet" title="Brainstorming style" href="/other/"><link rel='prev' title='Brainstorming' href='${prev}' />`,
    );
    expect(relatedOf(doc)).toEqual([{ title: 'Brainstorming', url: prev }]);
  });

  it("takes no teaser headline from the page's own title heading (a previous-post link beside it has none)", () => {
    const doc = page(
      '<div id="post"><h2>Was zum hören in den Ferien</h2><div><div><a id="prev" href="/2012/07/15/brainstorming/">« Vorheriger Beitrag</a></div></div></div>',
      '<title>Was zum hören in den Ferien | Zahlenzauberin</title>',
    );
    const block = doc.getElementById('post');
    expect(titleFromTeaser(doc.getElementById('prev')!, block, 3)).toBe('');
    // In a browser an element named "title" shadows document.title: the <title> element is what counts.
    Object.defineProperty(doc, 'title', { get: () => doc.getElementById('post') });
    expect(titleFromTeaser(doc.getElementById('prev')!, block, 3)).toBe('');
    doc.querySelector('title')!.textContent = 'Another page';
    expect(titleFromTeaser(doc.getElementById('prev')!, block, 3)).toBe('Was zum hören in den Ferien');
  });

  it("takes a link's title attribute for its headline when the link's text shows it among a kicker or a tail", () => {
    const doc = page(
      '<a id="head" href="/a/jung-cool-blasmusik" title="Jung, cool, Blasmusik"><p>Nachwuchs</p><p>Jung, cool, Blasmusik</p></a>' +
        '<a id="tail" href="/a/x-story" title="Urteil zur Sterbehilfe gefallen">Urteil zur Sterbehilfe gefallen | mehr</a>' +
        '<a id="excerpt" href="/a/jung-cool-blasmusik" title="Jung, cool, Blasmusik">Warum verbringen junge Menschen ' +
        'ihre Freizeit mit Blasmusik? Zwei junge Frauen erklären, was sie mit der Musik verbindet.</a>' +
        '<a id="other" href="/a/y-story" title="Share">A plain headline of another story here</a>',
    );
    const head = titleOfLink(doc.getElementById('head')!);
    expect(head).toEqual({ text: 'Jung, cool, Blasmusik', fromHeading: true });
    expect(titleOfLink(doc.getElementById('tail')!).text).toBe('Urteil zur Sterbehilfe gefallen');
    // The excerpt link does not show its title attribute: its text stays its own, and the stated headline wins.
    const excerpt = titleOfLink(doc.getElementById('excerpt')!);
    expect(excerpt.fromHeading).toBe(false);
    expect(isBetterTitle(excerpt, head)).toBe(false);
    expect(titleOfLink(doc.getElementById('other')!).text).toBe('A plain headline of another story here');
  });

  it("completes a headline element cut with '...' from the link's own title attribute (trafilatura/0374-tagesspiegel.de)", () => {
    const doc = page(
      '<a id="cut" href="/wissen/lazarett/25560996.html" title="Kramp-Karrenbauer will Lazarett auf Schienen als EU-Projekt">' +
        '<span class="overline">Coronavirus in Deutschland</span><span class="headline">Kramp-Karrenbauer will Lazarett auf Schienen als...</span></a>',
    );
    expect(titleOfLink(doc.getElementById('cut')!)).toEqual({
      text: 'Kramp-Karrenbauer will Lazarett auf Schienen als EU-Projekt',
      fromHeading: true,
    });
  });
  it("completes a headline cut with '…' from its card's picture, or drops the '...' of a whole one (0399, zyte c90731f0)", () => {
    const doc = page(
      // linkedin: the card's picture, beside the text box, holds the whole headline.
      '<div class="card"><div><img alt="Harbour board wants cargo ships in its new terminals"></div>' +
        '<div><h3><a id="cut" href="/pulse/harbour-board-cargo">Harbour board wants cargo ships in…</a></h3></div></div>' +
        // deccanherald: the layout writes "..." after a whole headline, the picture in the link titled with it alone.
        '<a id="whole" href="/world/harbour-board-777934.html"><img title="Harbour board meets again" src="/h.jpg">' +
        '<h4>Harbour board meets again...</h4></a>' +
        // Another card's picture does not complete a headline it does not open.
        '<div><div><img alt="Oil slips as stocks drift"></div><h3><a id="other" href="/x/oil">Harbour fees rise for…</a></h3></div>',
    );
    expect(titleOfLink(doc.getElementById('cut')!).text).toBe('Harbour board wants cargo ships in its new terminals');
    expect(titleOfLink(doc.getElementById('whole')!).text).toBe('Harbour board meets again');
    expect(titleOfLink(doc.getElementById('other')!).text).toBe('Harbour fees rise for…');
  });

  it('completes a cut headline from a title attribute that leads in with a few words, not from a sentence', () => {
    const doc = page(
      // kaieteurnewsonline (WordPress): the theme titles the link "Permanent link to <headline>".
      '<ul><li><a id="lead" href="/2022/05/06/harbour-board-cargo" title="Permanent link to Harbour board wants ' +
        'cargo ships in its new terminals">Harbour board wants cargo ships in...</a></li>' +
        // A title that quotes the headline inside a sentence does not complete it.
        '<li><a id="quote" href="/2022/05/06/harbour-fees" title="Readers asked us again and again this week why ' +
        'Harbour fees rise for small boats">Harbour fees rise for...</a></li></ul>',
    );
    expect(titleOfLink(doc.getElementById('lead')!).text).toBe('Harbour board wants cargo ships in its new terminals');
    expect(titleOfLink(doc.getElementById('quote')!).text).toBe('Harbour fees rise for...');
  });

  it("takes a teaser's headline over a kicker classed as a category headline or a subheadline", () => {
    const doc = page(
      // fitforfun 0781: the kicker's class names it a category and a headline at once.
      '<a id="category" href="/news/mehr-als-ausgebrannt-523521.html"><span class="category-headline">Mehr als ' +
        'ausgebrannt</span><span class="headline">Psychologe erklärt, warum du ständig erschöpft bist</span></a>' +
        // ingenieur.de 0765: the kicker is the teaser's "subheadline".
        '<a id="sub" href="/technik/rekorde/diese-erfindungen"><span class="teaser__subheadline">Grosse Erfinder</span>' +
        '<p class="teaser__headline">Diese Erfindungen wären ohne Albert Einstein undenkbar</p></a>' +
        // A part named so with no plain headline after it is still the headline.
        '<a id="alone" href="/news/harbour-board-523522.html"><span class="category-headline">Harbour board ' +
        'wants cargo ships</span><span class="date">12.11.2022</span></a>',
    );
    expect(titleOfLink(doc.getElementById('category')!).text).toBe(
      'Psychologe erklärt, warum du ständig erschöpft bist',
    );
    expect(titleOfLink(doc.getElementById('sub')!).text).toBe('Diese Erfindungen wären ohne Albert Einstein undenkbar');
    expect(titleOfLink(doc.getElementById('alone')!).text).toBe('Harbour board wants cargo ships');
  });

  it('ends a headline the page cut on its last whole words, not on a dash or a function word (zyte 9ebb3af6)', () => {
    expect(withoutDanglingEnd('Houston’s economy might not be as hot as it looks — and...')).toBe(
      'Houston’s economy might not be as hot as it looks…',
    );
    expect(withoutDanglingEnd('Warning issued after plague confirmed in wild a…')).toBe(
      'Warning issued after plague confirmed in wild…',
    );
    // A cut headline that ends on a word of its own, and a whole one, stay as they are; two words are kept at least.
    expect(withoutDanglingEnd('Why streaking during a match is never...')).toBe(
      'Why streaking during a match is never...',
    );
    expect(withoutDanglingEnd('Houston leads Texas in new home sales')).toBe('Houston leads Texas in new home sales');
    expect(withoutDanglingEnd('Go to the...')).toBe('Go to…');
  });

  it('takes a link classed as the title over a summary link to the same story, and a whole headline over one cut short', () => {
    const doc = page(
      '<a id="title" class="product-title" href="/guide/hidden">Hidden Features of the Update</a>' +
        '<a id="summary" href="/guide/hidden"><p>There are dozens if not hundreds of smaller changes and tweaks in this update.</p></a>' +
        '<a id="kicker" class="title" href="/x">News</a>',
    );
    const title = titleOfLink(doc.getElementById('title')!);
    expect(title).toEqual({ text: 'Hidden Features of the Update', fromHeading: true });
    const summary = titleOfLink(doc.getElementById('summary')!);
    expect(isBetterTitle(summary, title)).toBe(false);
    expect(isBetterTitle(title, summary)).toBe(true);
    // A one-word title link is a kicker: the story's longer plain link keeps the headline.
    expect(isBetterTitle(titleOfLink(doc.getElementById('kicker')!), summary)).toBe(false);
    const whole = { text: 'Ministry seeks contractor to build abattoir in Region Five', fromHeading: false };
    const cut = { text: 'Ministry seeks contractor to build abattoir in...', fromHeading: true };
    expect(isBetterTitle(cut, whole)).toBe(false);
    expect(isBetterTitle(whole, cut)).toBe(true);
    expect(isBetterTitle({ text: 'Ministry seeks contractor \u2026', fromHeading: false }, cut)).toBe(false);
  });

  it("takes a heading's link over the teaser's one-sentence summary linked to the same story (trafilatura/0721-amnesty.de)", () => {
    const doc = page(
      '<h2><a id="headline" href="/presse/eu-mechanismus">Europäische Union: Rechtsstaatsmechanismus muss angewendet werden</a></h2>' +
        '<p><a id="summary" href="/presse/eu-mechanismus">Der Rechtsstaatsmechanismus erlaubt es der EU, Zahlungen an Mitgliedstaaten auszusetzen, wenn diese gegen die Rechtsstaatlichkeit verstoßen.</a></p>',
    );
    const headline = titleOfLink(doc.getElementById('headline')!);
    expect(headline.fromHeading).toBe(true);
    const summary = titleOfLink(doc.getElementById('summary')!);
    expect(isBetterTitle(summary, headline)).toBe(false);
    expect(isBetterTitle(headline, summary)).toBe(true);
  });

  it('takes a whole headline over the same one cut inside a word without an ellipsis (readability/lifehacker-working)', () => {
    const whole = { text: 'How to Build an Easy, Beginner “Set and Forget” Investment Portfolio', fromHeading: false };
    const cut = { text: 'How to Build an Easy, Beginner “Set and Forget” In', fromHeading: false };
    expect(isBetterTitle(cut, whole)).toBe(false);
    expect(isBetterTitle(whole, cut)).toBe(true);
    // A summary run on without a space (a capital after a small letter) still loses to the bare headline.
    const bare = { text: 'Verbände lehnen Verordnung ab', fromHeading: false };
    expect(isBetterTitle(bare, { text: 'Verbände lehnen Verordnung abIn einem Schreiben', fromHeading: false })).toBe(
      true,
    );
  });

  it("takes a whole headline link over the story's summary link cut short, longer as the summary is (zyte e593d7fe)", () => {
    const headline = { text: 'Eating Disorders: Causes and Risk Factors', fromHeading: false };
    const cut = {
      text: 'Many doctors believe that a combination of genetic, physical, social, and psychological factors may contribute to the development of an eating\u2026',
      fromHeading: false,
    };
    expect(isBetterTitle(cut, headline)).toBe(false);
    expect(isBetterTitle(headline, cut)).toBe(true);
    // A two-word kicker does not beat it: too few words to be the headline.
    expect(isBetterTitle({ text: 'Eating disorders', fromHeading: false }, cut)).toBe(false);
  });

  it('takes the headline, not the label over it, of a teaser card in the text', () => {
    const doc = page(
      '<a id="card" href="/energie/so-heizen-sie-effizient"><div class="internal-link-title">Mehr zum Thema</div>' +
        '<h2 class="internal-link-headline">So heizen Sie effizient mit Holz</h2></a>',
    );
    expect(titleOfLink(doc.getElementById('card')!)).toEqual({
      text: 'So heizen Sie effizient mit Holz',
      fromHeading: true,
    });
  });

  it("gives no title to a list's label that links to a listing", () => {
    const doc = page('<h4><a id="label" href="/heute-neu.377.de.html">Das könnte Sie auch interessieren</a></h4>');
    expect(titleOfLink(doc.getElementById('label')!).text).toBe('');
  });

  it("leaves a subtitle (the line above or below the headline) out of a teaser's headline (hausinfo.ch 0544)", () => {
    const doc = page(
      '<a id="inside" href="/wohnen/richtig-lueften.html"><h2 class="teaser__title">' +
        '<span class="teaser__subtitle">Gesundes Raumklima</span> Richtig lüften</h2></a>' +
        '<a id="beside" href="/markt/neue-anlage"><div class="sub-title">Forschungsprojekt zu dreistufigem Verfahren</div>' +
        '<h3 class="headline">Neue Versuchsanlage produziert Kohlenstoff aus Luft</h3></a>',
    );
    expect(titleOfLink(doc.getElementById('inside')!).text).toBe('Richtig lüften');
    expect(titleOfLink(doc.getElementById('beside')!).text).toBe('Neue Versuchsanlage produziert Kohlenstoff aus Luft');
  });

  it("leaves a teaser's blurb out of its headline", () => {
    const doc = page(
      '<a id="teaser" href="/deals/black-friday"><span>Here is when Black Friday deals start</span>' +
        '<span class="c-list__entry-blurb">Do not go into Black Friday without a strategy</span></a>',
    );
    expect(titleOfLink(doc.getElementById('teaser')!).text).toBe('Here is when Black Friday deals start');
  });

  it('takes a headline over the words of a sentence and over a summary that link to the same story, not over a brand in lower case', () => {
    const headline = { text: 'Try to Hate the iPhone 11 Pro', fromHeading: false };
    const inText = { text: 'which amounted to the old iPhone plus an extra camera', fromHeading: false };
    expect(isBetterTitle(inText, headline)).toBe(false);
    expect(isBetterTitle(headline, inText)).toBe(true);
    // A teaser's summary of sentences, a link of its own, loses to the headline link however long it is.
    const summary = {
      text: 'Binge eating disorder was first mentioned in the DSM in 1987. Learn more about the history of this condition.',
      fromHeading: false,
    };
    const timeline = { text: 'Binge Eating Disorder History: A Timeline', fromHeading: false };
    expect(isBetterTitle(summary, timeline)).toBe(false);
    expect(isBetterTitle(timeline, summary)).toBe(true);
    // "iOS" is a name written so: the longer text wins as before.
    const brand = { text: 'iOS 13: Hidden Features of the update', fromHeading: false };
    expect(isBetterTitle(brand, { text: 'Hidden features', fromHeading: false })).toBe(true);
  });

  it('names a story listed by its date link after the heading that links to it, never by the date', () => {
    // A teaser card whose heading link follows a subtitle (read as a link in text) and whose date line is the listed link.
    const href = '/newsroom/story-about-the-harbour-plan-19b66e22711e';
    const doc = page(
      `${ARTICLE}<section><h4>More From Medium</h4><div><div><h4>Engineering notes from the team that runs the servers</h4></div>
      <a href="${href}"><h3>Story about the harbour plan and its critics</h3></a>
      <div><span><a href="${href}">Nov 20, 2019</a> · 3 min read</span></div></div></section>`,
    );
    expect(relatedOf(doc).map((story) => story.title)).toEqual(['Story about the harbour plan and its critics']);
  });
});

describe('labels', () => {
  it('reads related-block labels in many languages, and not site-wide or sponsored ones', () => {
    const related = [
      'You may also like',
      'RELATED STORIES',
      'More on this story',
      'Read next',
      'Up Next',
      'More from Tech Insider',
      'Further reading',
      'Lesen Sie auch',
      'Mehr zum Thema',
      'Sur le même sujet',
      'À lire aussi',
      'Noticias relacionadas',
      'Leia também',
      'Potrebbe interessarti',
      'Читайте также',
      'Материалы по теме',
      '相关阅读',
      '延伸阅读',
      '関連記事',
      'あわせて読みたい',
      'مقالات ذات صلة',
      '\u200Fاقرأ أيضاً',
      'כתבות נוספות',
      'İlgili Haberler',
      'Související články',
      'Czytaj także',
      'Lees ook',
      'Previous article',
      'Post navigation',
      '관련기사',
      "CNN's related coverage",
      'Our picks: you may also like',
      'More:',
    ];
    const other = [
      'Most read',
      'Latest News',
      'Trending now',
      'Sponsored stories',
      'Recommended by Outbrain',
      'Comments',
      'Share this article',
      'Advertisement',
      'The history of the region',
      'More',
      'More than a game',
    ];
    expect(related.filter((label) => !isRelatedLabel(label))).toEqual([]);
    expect(other.filter((label) => isRelatedLabel(label))).toEqual([]);
  });

  it('reads promo-line prefixes', () => {
    const lines = [
      'Related: X',
      'READ MORE: X',
      'Also read: X',
      '[Read: X]',
      'Lire aussi : X',
      'Читайте также: X',
      'اقرأ أيضا: X',
      '» Read more: X',
      'READ MORE | X',
      'Related Article: X',
      'También lea: X', // trafilatura 0983 (prensalibre): the words the other way round from 'Lea también'
    ];
    expect(lines.filter((line) => !hasPromoPrefix(line))).toEqual([]);
    expect(hasPromoPrefix('Officials said: X')).toBe(false);
  });
});

describe('reading short texts', () => {
  it('knows the characters of \\s (and the zero-width space) for every UTF-16 code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++)
      if (isSpaceCode(code) !== /[\s\u200B]/.test(String.fromCharCode(code))) mismatches.push(code);
    expect(mismatches).toEqual([]);
  });

  const element = (html: string): Element =>
    parseHTML(`<html><body><div id="x">${html}</div></body></html>`).document.getElementById('x')!;

  it('collapses whitespace, treats elements as word breaks and leaves out script, style and template text', () => {
    expect(
      boundedText(
        element('  Related \n\t <b>stories</b><script>var x = 1;</script><ul><li>one</li><li>two</li></ul>  '),
        80,
      ),
    ).toBe('Related stories one two');
    expect(boundedText(element('\u00a0\u200b<span> </span>  '), 80)).toBe('');
  });

  it('returns the whole text up to the limit, and a text longer than the limit once it is cut', () => {
    const long = element(`<p>${'word '.repeat(40)}</p><p>${'more '.repeat(40)}</p>`);
    expect(boundedText(long, 1000)).toBe(`${'word '.repeat(40)}${'more '.repeat(40)}`.trim());
    const cut = boundedText(long, 80);
    expect(cut.length).toBeGreaterThan(80);
    expect(`${'word '.repeat(40)}`.startsWith(cut.slice(0, 80))).toBe(true);
    // Spaces where pieces meet never make a cut text look shorter than it is.
    const spaced = element(Array.from({ length: 30 }, () => '<span> ab </span>').join(' '));
    expect(boundedText(spaced, 20).length).toBeGreaterThan(20);
    expect(boundedText(spaced, 1000)).toBe(Array.from({ length: 30 }, () => 'ab').join(' '));
  });

  it('remembers texts: a complete one answers any limit, a cut one only limits it exceeds', () => {
    const long = element(`<p>${'word '.repeat(40)}</p>`);
    const whole = 'word '.repeat(40).trim();
    const read = rememberingBoundedText();
    const cut = read(long, 50);
    expect(cut.length).toBeGreaterThan(50);
    expect(read(long, 20)).toBe(cut); // still "longer than 20", without reading again
    expect(read(long, 500)).toBe(whole); // the cut text cannot answer this: read again
    expect(read(long, 10)).toBe(whole); // the whole text answers every limit
    // Whatever it remembers, each answer tells "longer than the limit" exactly as boundedText does.
    for (const limit of [1, 30, 198, 199, 200, 1000]) {
      expect(read(long, limit).length > limit).toBe(boundedText(long, limit).length > limit);
    }
  });
});

describe('attribute hints', () => {
  const element = (attributes: string): Element =>
    parseHTML(`<html><body><div ${attributes}></div></body></html>`).document.querySelector('div')!;

  it('joins class, id, aria-label and data hints in lower case, without WordPress taxonomy classes', () => {
    expect(attributeHints(element(''))).toBe('');
    expect(
      attributeHints(element('class="Related-Posts tag-news category-world" id="More" aria-label="Read Next"')),
    ).toBe('related-posts more read next');
    expect(attributeHints(element('data-component="RelatedLinks"'))).toBe('relatedlinks');
    // A class list written across lines and tabs is read the same as one with single spaces.
    const spread = attributeHints(element('class="\n  Box\tread-next  " id="x"'));
    expect(hasRelatedHint(spread)).toBe(true);
    expect(spread.split(/\s+/).filter(Boolean)).toEqual(['box', 'read-next', 'x']);
  });
});

describe('the label lexicon', () => {
  it('gives every entry a reason, lower-case phrases, and no phrase twice for one kind', () => {
    for (const [kind, phrase, why] of LEXICON) {
      expect(why.length, `${kind} "${phrase}"`).toBeGreaterThan(3);
      expect(phrase).toBe(phrase.toLowerCase());
    }
    const keys = LEXICON.map(([kind, phrase]) => `${kind}:${phrase}`);
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('matches whole words at the start, "…" gaps of a few words, and unambiguous phrases anywhere', () => {
    expect(matchBlockLabel('More Great Example Stories')?.kind).toBe('related');
    expect(matchBlockLabel('More than a hundred stories were filed')?.kind).toBeUndefined();
    expect(matchBlockLabel('Nextcloud tips')).toBeNull();
    expect(matchBlockLabel('Related')?.why).toContain('Related');
    expect(matchBlockLabel('Recommended for you')?.kind).toBe('related');
    expect(matchBlockLabel('Recommended by Outbrain')?.kind).toBe('sponsored');
    expect(matchBlockLabel('x'.repeat(100))).toBeNull();
  });

  it('reads a Spanish "most read" list as site-wide ("Las Más Leídas": trafilatura 0840), not as related', () => {
    for (const label of ['Las Más Leídas', 'Más leídos', 'Lo más leído'])
      expect(matchBlockLabel(label)?.kind, label).toBe('sitewide');
  });

  it('reads a German "most often read" list as site-wide ("Am häufigsten gelesen": trafilatura 0787), not as related', () => {
    expect(matchBlockLabel('Am häufigsten gelesen')?.kind).toBe('sitewide');
  });

  it('tells see-all and previous / next link texts', () => {
    expect(matchLinkText('See all')?.kind).toBe('seeall');
    expect(matchLinkText('More in Milan')?.kind).toBe('seeall');
    expect(matchLinkText('Previous post')?.kind).toBe('sequence');
    expect(matchLinkText('China hosts a forum')).toBeNull();
  });
});

describe('the page index', () => {
  const doc = page(`<header><nav><ul><li><a href="/a">Home page</a></li></ul></nav></header>
    <main><article class="story"><p id="p1">Some <b>text</b> and <a href="/x">a link</a>.</p><div id="h" hidden><p id="hp">hidden</p></div></article>
    <section id="s1" aria-label="More stories"><ul id="u1"><li>x</li></ul></section>
    <div id="w"><h3>Read next</h3><div id="inner"><ul id="u2"><li>y</li></ul></div></div>
    <div id="pic"><div><img src="r.png" alt="Related stories"></div><ul id="u3"><li>z</li></ul></div>
    <div><p>${'A paragraph of text that is far too long to be the label of anything at all. '.repeat(2)}</p><ul id="u4"><li>w</li></ul></div></main>`);
  const $ = (id: string) => doc.getElementById(id)!;
  const index = new PageIndex(doc, [doc.querySelector('.story')!]);

  it('measures visible text, link text and links once per element, hidden parts left out', () => {
    expect(index.facts($('p1'))).toEqual({
      text: 'Sometextandalink.'.length,
      linkText: 'alink'.length,
      links: 1,
      hasPicture: false,
      hasHeading: false,
    });
    expect(index.facts(doc.querySelector('.story')!).text).toBe('Sometextandalink.'.length);
    expect(index.facts($('pic')).hasPicture).toBe(true);
  });

  it('reads a subtree only as far as a limit needs: exact up to the limit, more than it past it', () => {
    const long = parseHTML(
      `<div id="d"><p>${'word '.repeat(40)}</p><p>${'more '.repeat(40)}</p><p><a href="/x">x</a></p></div>`,
    ).document as unknown as Document;
    const fresh = new PageIndex(long, []);
    const d = long.getElementById('d')!;
    const cut = fresh.factsUpTo(d, 50);
    expect(cut.text).toBeGreaterThan(50);
    expect(cut.links).toBe(0);
    expect(fresh.factsUpTo(d, 50)).toBe(cut);
    expect(fresh.factsUpTo(d, 1000)).toEqual({
      text: 321,
      linkText: 1,
      links: 1,
      hasPicture: false,
      hasHeading: false,
    });
    expect(fresh.facts(d)).toEqual(fresh.factsUpTo(d, 10));
    expect(index.factsUpTo($('p1'), 1000)).toEqual(index.facts($('p1')));
  });

  it('knows hidden elements (inherited), navigation landmarks and the place against the article', () => {
    expect(index.hidden($('hp'))).toBe(true);
    expect(index.hidden($('p1'))).toBe(false);
    expect(index.navigation(doc.querySelector('nav a')!)?.localName).toBe('nav');
    expect(index.navigation($('u1'))).toBeNull();
    expect(index.position(doc.querySelector('nav')!)).toBe('before');
    expect(index.position($('u1'))).toBe('after');
    expect(index.position($('p1'))).toBe('inside');
    expect(index.position(doc.querySelector('main')!)).toBe('around');
  });

  it('reads a block label from aria-label, a heading a few wrappers up, an image alt, and not from prose', () => {
    expect(index.label($('u1'))).toEqual({ text: 'More stories', source: 'aria' });
    expect(index.label($('u2'))).toEqual({ text: 'Read next', source: 'before' });
    expect(index.label($('u3'))).toEqual({ text: 'Related stories', source: 'alt' });
    expect(index.label($('u4'))).toBeNull();
  });
});

describe('class and id hints', () => {
  it('reads related, sequence, sponsored, furniture and site-wide words; sponsored wins', () => {
    expect(hintKind('related-posts')).toBe('related');
    expect(hintKind('nav-previous')).toBe('sequence');
    expect(hintKind('related outbrain')).toBe('sponsored');
    expect(hintKind('site-footer')).toBe('furniture');
    expect(hintKind('widget most-read')).toBe('sitewide');
    expect(hintKind('unrelatedness')).toBeNull();
  });

  it('reads a native-ad word that runs on into the block it names', () => {
    // msn (zyte abd9d629) "nativeadasideplaceholder" over a "You may like" box of paid links; "native-advert" boxes.
    expect(hintKind('nativeadasideplaceholder')).toBe('sponsored');
    expect(hintKind('nativeadplacement')).toBe('sponsored');
    expect(hintKind('native-advert-template-default')).toBe('sponsored');
    expect(hintKind('native-ad-article')).toBe('sponsored');
    expect(hintKind('nativelanguage')).toBeNull();
  });
});
