/**
 * The metadata heuristic (src/core/detect/metadata.ts) on small inline pages, one rule per test.
 * Documents are parsed with linkedom, as the CLI does.
 */
import { DOMParser, parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractMetadata, type MetadataContext } from '../../src/core/detect/metadata';
import { titleFromDocumentTitle } from '../../src/core/detect/metadata/title';
import { toIsoDate } from '../../src/core/detect/metadata/dates';
import { scanPage } from '../../src/core/detect/metadata/page-scan';

function page(head: string, body = '', htmlAttributes = ''): Document {
  return parseHTML(`<!DOCTYPE html><html ${htmlAttributes}><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

function metadataOf(doc: Document, context: MetadataContext = {}) {
  return extractMetadata(doc, context);
}

/** The title of a page whose og:title is `text` and whose h1 is `h1`. */
const titleUnderH1 = (text: string, h1: string) =>
  metadataOf(page(`<meta property="og:title" content="${text}">`, `<h1>${h1}</h1>`)).title;
const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('title', () => {
  it("passes over a title meta that is only the site's name (of its host) for the next one", () => {
    const doc = () =>
      page(
        '<meta name="DC.title" content="100% Noticias"><meta property="og:title" content="Nicaragua cerró 2021 con deuda externa">',
      );
    expect(metadataOf(doc(), { pageUrl: 'https://100noticias.com.ni/economia/1-deuda/' }).title).toBe(
      'Nicaragua cerró 2021 con deuda externa',
    );
    // On another host the name may be the headline.
    expect(metadataOf(doc(), { pageUrl: 'https://news.example.org/a/' }).title).toBe('100% Noticias');
  });

  it("reads the single h1 when every title source states the site's declared name", () => {
    // shop.nmb-media.de (trafilatura 0082): og:title, og:site_name and <title> all the shop's name and tagline.
    const site = '.:: NMB-MEDIA ::. eBay-Templates, JTL-Wawi / Eazyauction Designvorlagen';
    const head = `<title>${site}</title><meta property="og:site_name" content="${site}"><meta property="og:title" content="${site}">`;
    const h1 = '<h1>Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen</h1><p>Text.</p>';
    expect(metadataOf(page(head, h1)).title).toBe('Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen');
    // Two h1s tell no headline (an h1 in a cookie notice's modal, added by the page's script, is none of them); an
    // og:title of its own stays the title.
    expect(metadataOf(page(head, h1 + h1.replace('Datenschutz', 'Neue'))).title).toBe(site);
    const notice = '<div class="cookie-modal"><h1>Informationen die wir sammeln</h1><button>OK</button></div>';
    expect(metadataOf(page(head, h1 + notice)).title).toBe('Datenschutztechnische Anpassung der eBay-Verkaufsvorlagen');
    const ownTitle = head.replace(/og:title" content="[^"]*"/, 'og:title" content="Neue Vorlagen für eBay"');
    expect(metadataOf(page(ownTitle, h1)).title).toBe('Neue Vorlagen für eBay');
  });

  it("reads the <title>'s headline when a one-word title meta names the section and the h1 ends with it", () => {
    // be.ch (trafilatura 0711): og:title "Medienmitteilungen" beside a press release's <title> and kicker-led h1.
    const headline = 'Impfen und Boostern ist bis Ende Februar noch überall möglich';
    const head = (og: string) => `<title>${headline}</title><meta property="og:title" content="${og}">`;
    const h1 = `<h1><span>Medienmitteilung der Direktion :</span>${headline}</h1><p>Text.</p>`;
    expect(metadataOf(page(head('Medienmitteilungen'), h1)).title).toBe(headline);
    // A one-word headline the h1 does not confirm, or that the <title> holds, stays.
    expect(metadataOf(page(head('Medienmitteilungen'), '<h1>Kanton Bern</h1>')).title).toBe('Medienmitteilungen');
    expect(metadataOf(page(head('Boostern'), h1)).title).toBe('Boostern');
  });

  it("reads the h1 when a title meta is the site's text for a shared link, not the <title>'s headline (0725)", () => {
    // theinsidersnet.com (trafilatura 0725): og:title invites to the site; the <title> and the first h1 tell the page.
    const headline = 'Wellaflex – Schnell aufgefrischtes Haar in jeder Situation mit dem 10-in-1 Trockenshampoo';
    const invite = 'Möchtest Du The Insiders mit mir zusammen beitreten?';
    const head = (og: string) =>
      `<title>The Insiders - Schnell aufgefrischtes Haar in jeder Situation mit dem neuen Wellaflex 10-in-1 ` +
      `Trockenshampoo - Info (de-de)</title><meta property="og:title" content="${og}">`;
    const body = `<h1>${headline}</h1><p>Text.</p><h1>Anwendung</h1><p>Text.</p>`;
    expect(metadataOf(page(head(invite), body)).title).toBe(headline);
    // A title meta that states the headline's words, or shares no word with the <title> (nothing shows it to be the
    // site's: readability yahoo-2's reference keeps such a one), stays.
    expect(metadataOf(page(head('Trockenshampoo für jede Situation'), body)).title).toBe(
      'Trockenshampoo für jede Situation',
    );
    expect(metadataOf(page(head('Möchtest Du mit mir beitreten?'), body)).title).toBe('Möchtest Du mit mir beitreten?');
    // A blog's name as its h1 states little of a "Post | Blog" <title>: the post's og:title stays.
    const blog = page(
      '<title>Scherenschnitt (3) | gnaddrig ad libitum</title><meta property="og:title" content="Scherenschnitt (3)">',
      '<h1>gnaddrig ad libitum</h1><h1>Scherenschnitt (3)</h1><p>Text.</p>',
    );
    expect(metadataOf(blog).title).toBe('Scherenschnitt (3)');
  });

  it("drops a short label before the title's colon when the page's single h1 states the rest alone", () => {
    // wind-energie.de (trafilatura 0745): og:title "Pressemitteilung: Endlich …" over an h1 of the headline alone.
    expect(
      titleUnderH1('Pressemitteilung: Endlich mehr Beschleunigung wagen!', 'Endlich mehr Beschleunigung wagen!'),
    ).toBe('Endlich mehr Beschleunigung wagen!');
    // An h1 of the whole title, or a longer part before the colon (a headline's own colon), keeps the title.
    const whole = 'Pressemitteilung: Endlich mehr Beschleunigung wagen!';
    expect(titleUnderH1(whole, whole)).toBe(whole);
    expect(titleUnderH1('Why the long wait: Answers at last', 'Answers at last')).toBe(
      'Why the long wait: Answers at last',
    );
  });

  it('prefers the JSON-LD headline over a <title> with a site suffix', () => {
    const doc = page(
      `<title>Rates rise again as inflation bites - The Daily Ledger</title>${jsonLd({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Rates rise again as inflation bites',
      })}`,
    );
    expect(metadataOf(doc).title).toBe('Rates rise again as inflation bites');
  });

  it('finds the Article node inside an @graph array', () => {
    const doc = page(
      `<title>Site home</title>${jsonLd({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', name: 'The Daily Ledger' },
          {
            '@type': ['BlogPosting'],
            headline: 'How we rebuilt the presses',
            author: [{ '@type': 'Person', name: 'Ada Ink' }, { name: 'Bo Press' }],
          },
          { '@type': 'Organization', name: 'Ledger Media' },
        ],
      })}`,
    );
    const metadata = metadataOf(doc);
    expect(metadata.title).toBe('How we rebuilt the presses');
    expect(metadata.byline).toBe('Ada Ink, Bo Press');
  });

  it('passes over a meta title written as a URL slug, and keeps a headline with a hyphenated word', () => {
    const slug = page(
      `<title>Council Passes the River Budget for 2018 | Daily Post</title>
       <meta property="og:title" content="council-passes-river-budget-2018">`,
    );
    expect(metadataOf(slug).title).toBe('Council Passes the River Budget for 2018');
    const twitter = page(
      `<meta property="og:title" content="council_river_budget"><meta name="twitter:title" content="The real headline">`,
    );
    expect(metadataOf(twitter).title).toBe('The real headline');
    const headline = page(`<meta property="og:title" content="e-mail">`);
    expect(metadataOf(headline).title).toBe('e-mail');
  });

  it('passes over a record id given as a title: a JSON-LD name beside the headline, a meta title', () => {
    const ld = (fields: string) =>
      `<script type="application/ld+json">{"@context":"http://schema.org","@type":"NewsArticle",${fields}}</script>`;
    const idName = page(
      `<title>A Nightmare - THE WEEKLY 52/2018</title>${ld('"name":"d-161500790","headline":"A Nightmare"')}`,
    );
    expect(metadataOf(idName).title).toBe('A Nightmare');
    // Spaces spelled as entities are spaces: this headline is three words, not one token.
    const entities = page(ld('"headline":"Greenhouse&#x20;built&#x20;in 2020"'));
    expect(metadataOf(entities).title).toBe('Greenhouse built in 2020');
    const meta = page(
      `<meta property="og:title" content="article_48213"><meta name="twitter:title" content="Rates rise">`,
    );
    expect(metadataOf(meta).title).toBe('Rates rise');
    // A headline of one word without digits stays.
    expect(metadataOf(page(ld('"headline":"Ghosted"'))).title).toBe('Ghosted');
  });

  it('cuts every trailing part off a meta title whose headline an h1 states alone', () => {
    const suffixed = page(
      `<meta property="og:title" content="Fertile land is lost every year | Environment | DW | 23.05.2011">`,
      '<h1>Fertile land is lost every year</h1>',
    );
    expect(metadataOf(suffixed).title).toBe('Fertile land is lost every year');
    // A headline holding a separator of its own keeps it: the longest part stated alone wins.
    const ownSeparator = page(
      `<meta property="og:title" content="Old trucks - part 49 - Truck Blog">`,
      '<h1>Old trucks - part 49</h1>',
    );
    expect(metadataOf(ownSeparator).title).toBe('Old trucks - part 49');
    // Without an h1 saying so, only a part recognised as the site's name goes.
    const unstated = page(`<meta property="og:title" content="Fertile land is lost | Environment | DW | 23.05.2011">`);
    expect(metadataOf(unstated).title).toBe('Fertile land is lost | Environment | DW | 23.05.2011');
  });

  it('cuts a section before a headline that an h1 states alone, soft hyphens and all (trafilatura 0659)', () => {
    const prefixed = page(
      '<meta name="title" content="Pressemitteilungen 2022 - Messengerdienste sind kein rechtsfreier Raum">',
      '<h1>Mes&shy;sen&shy;ger&shy;diens&shy;te sind kein rechts&shy;frei&shy;er Raum</h1>',
    );
    expect(metadataOf(prefixed).title).toBe('Messengerdienste sind kein rechtsfreier Raum');
    // A logo's h1 that names the site is shorter than the headline before it: no headline.
    const logo = page(
      '<meta property="og:title" content="Fertile land is lost every year - Deutsche Welle">',
      '<h1>Deutsche Welle</h1>',
    );
    expect(metadataOf(logo).title).not.toBe('Deutsche Welle');
  });

  it("takes the headline after a section's name when h1s state both alone (zoll.de, trafilatura 0565)", () => {
    const title = (meta: string, h1s: string) => metadataOf(page(`<meta name="title" content="${meta}">`, h1s)).title;
    const headline = 'Verkündung des Tabaksteuermodernisierungsgesetzes';
    expect(title(`Fachmeldungen - ${headline}`, `<h1>Zoll</h1><h1>Fachmeldungen</h1><h1>${headline}</h1>`)).toBe(
      headline,
    );
    // A logo's h1 naming the site after the headline is no headline, however long.
    expect(title('Outdoor Lovers | iloveponysmag.com', '<h1>iloveponysmag.com</h1><h1>Outdoor Lovers</h1>')).toBe(
      'Outdoor Lovers',
    );
  });

  it("cuts a forum's name after a topic that an h2 states alone on a page without an h1 (foren.myoos.de 0419)", () => {
    const topic = (body: string) =>
      metadataOf(page('<title>Was ist Freie Software - MyOOS Community Forum</title>', body)).title;
    expect(topic('<h2><a href="./t">Was ist Freie Software</a></h2><p>Text.</p>')).toBe('Was ist Freie Software');
    // An h2 that states the shorter part (a site's name before its headline) cuts nothing; nor one beside an h1.
    expect(topic('<h2>MyOOS Community</h2>')).toBe('Was ist Freie Software - MyOOS Community Forum');
    expect(topic('<h1>Forum</h1><h2>Was ist Freie Software</h2>')).toBe(
      'Was ist Freie Software - MyOOS Community Forum',
    );
  });

  it('ignores broken JSON-LD and falls back to og:title', () => {
    const doc = page(
      `<title>Ignored title - Site</title>
       <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Broken,</script>
       <meta property="og:title" content="The Open Graph headline">`,
    );
    expect(() => metadataOf(doc)).not.toThrow();
    expect(metadataOf(doc).title).toBe('The Open Graph headline');
  });

  it('ranks an Article that Readability.js would not read (no @context, nested, array @type) below og:title, above <title>', () => {
    const nested = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'WebPage',
      mainEntity: { '@type': ['NewsArticle'], headline: 'Nested headline of the story' },
    });
    expect(
      metadataOf(
        page(`<title>Title element of the page</title>${nested}<meta property="og:title" content="The og headline">`),
      ).title,
    ).toBe('The og headline');
    expect(metadataOf(page(`<title>Title element of the page</title>${nested}`)).title).toBe(
      'Nested headline of the story',
    );
    const noContext = jsonLd({
      '@type': 'NewsArticle',
      headline: 'Context-free headline',
      author: { name: 'Ann Author' },
    });
    expect(metadataOf(page(`${noContext}<meta property="og:title" content="The og headline">`))).toMatchObject({
      title: 'The og headline',
      byline: 'Ann Author',
    });
  });

  it('ignores JSON-LD of non-article types', () => {
    const doc = page(
      `${jsonLd({ '@type': 'WebSite', name: 'The Daily Ledger' })}<meta property="og:title" content="Real headline here">`,
    );
    expect(metadataOf(doc).title).toBe('Real headline here');
  });

  it('uses twitter:title when there is no og:title', () => {
    const doc = page('<title>x</title><meta name="twitter:title" content="Tweeted headline of the day">');
    expect(metadataOf(doc).title).toBe('Tweeted headline of the day');
  });

  it('removes the site part after the last separator of the <title>', () => {
    expect(metadataOf(page('<title>Bridge reopens after two years of repairs | City News</title>')).title).toBe(
      'Bridge reopens after two years of repairs',
    );
    expect(metadataOf(page('<title>Old bridge reopens after long repairs – City News</title>')).title).toBe(
      'Old bridge reopens after long repairs',
    );
  });

  it('keeps the whole <title> when cutting would leave four words or fewer', () => {
    expect(metadataOf(page('<title>Bridge reopens after repairs | City News</title>')).title).toBe(
      'Bridge reopens after repairs | City News',
    );
  });

  it('removes the leading part instead when the headline would be too short', () => {
    expect(titleFromDocumentTitle(page('<title>City News | Old bridge reopens after long repairs</title>'))).toBe(
      'Old bridge reopens after long repairs',
    );
  });

  it('drops a separator that ends the <title> with nothing after it', () => {
    // changenow.de (trafilatura 0251): "Über André Loibl | ", the template's site part left blank.
    expect(metadataOf(page('<title>Über André Loibl | </title>')).title).toBe('Über André Loibl');
    expect(titleFromDocumentTitle(page('<title>Old bridge reopens after long repairs –</title>'))).toBe(
      'Old bridge reopens after long repairs',
    );
    // A French quotation closes with "»": kept.
    expect(metadataOf(page('<title>Le pont « rouvert »</title>')).title).toBe('Le pont « rouvert »');
  });

  it('keeps the part after a colon unless an h1 holds the whole title', () => {
    expect(titleFromDocumentTitle(page('<title>City News: Bridge reopens after two years</title>'))).toBe(
      'Bridge reopens after two years',
    );
    const withHeading = page(
      '<title>Review: a bridge too far again</title>',
      '<h1>Review: a bridge too far again</h1>',
    );
    expect(titleFromDocumentTitle(withHeading)).toBe('Review: a bridge too far again');
  });

  it("takes the JSON-LD headline over a name that is the site's when the h1 states the headline", () => {
    const block = jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Article',
      name: 'Harbour Weekly for Boats & Sea',
      headline: 'Mayor backs quay plan',
    });
    const doc = page(
      `<title>Mayor backs quay plan | Harbour Weekly for Boats &amp; Sea</title>${block}`,
      '<h1>Mayor backs quay plan</h1>',
    );
    expect(metadataOf(doc).title).toBe('Mayor backs quay plan');
    // Nothing says which: the name, as before.
    const noH1 = page(`<title>Mayor backs quay plan | Harbour Weekly for Boats &amp; Sea</title>${block}`);
    expect(metadataOf(noH1).title).toBe('Harbour Weekly for Boats & Sea');
  });

  it('ends a path-like <title> ("Site » Blog Archive » Headline") in its last part when an h1/h2 states it alone', () => {
    const title = '<title>Four Seasons » Blog Archive » Small integers are interned</title>';
    const post = page(title, '<h1>Four Seasons</h1><h2>Small integers are interned</h2><p>Text.</p>');
    expect(metadataOf(post).title).toBe('Small integers are interned');
    // Without such a heading, Readability's rules as before (the path before the last part).
    const noHeading = page(title, '<h1>Four Seasons</h1><h2>Archive</h2>');
    expect(metadataOf(noHeading).title).toBe('Four Seasons » Blog Archive');
  });

  it("falls back to the page's single h1 when the <title> is too short", () => {
    const single = page(
      '<title>News</title>',
      '<article><h1>The article headline is right here</h1><p>Text</p></article>',
    );
    expect(metadataOf(single).title).toBe('The article headline is right here');
    const two = page(
      '<title>News</title>',
      '<h1>Site banner</h1><article><h1>The article headline is right here</h1><p>Text</p></article>',
    );
    expect(metadataOf(two).title).toBe('News');
  });

  it('strips a " - Site" suffix from og:title when it is the site name', () => {
    const doc = page(
      '<meta property="og:title" content="Council approves the new budget - Harbour Times"><meta property="og:site_name" content="Harbour Times">',
    );
    expect(metadataOf(doc).title).toBe('Council approves the new budget');
  });

  it('strips the suffix when the site name is written as a domain, or when the h1 confirms the headline', () => {
    const doc = page(
      '<meta property="og:title" content="Friday Facts #282 - 0.17 in sight | Factorio"><meta property="og:site_name" content="Factorio.com">',
    );
    expect(metadataOf(doc).title).toBe('Friday Facts #282 - 0.17 in sight');
    expect(metadataOf(page('<title>Mozilla - Wikipedia</title>', '<h1>Mozilla</h1>')).title).toBe('Mozilla');
  });

  it('strips a short suffix that the <title> ends in and loses by the <title> rules too', () => {
    const doc = page(
      '<title>Council approves the new harbour budget | Harbour Times</title><meta property="og:title" content="Council approves the new harbour budget | Harbour Times">',
    );
    expect(metadataOf(doc).title).toBe('Council approves the new harbour budget');
  });

  it('strips a suffix that names the page host when the URL is known', () => {
    const doc = page('<meta property="og:title" content="A console that keeps up with gaming PCs | The Verge">');
    expect(metadataOf(doc, { pageUrl: 'https://www.theverge.com/2017/11/3/review' }).title).toBe(
      'A console that keeps up with gaming PCs',
    );
    expect(metadataOf(doc).title).toBe('A console that keeps up with gaming PCs | The Verge');
  });

  it("strips a short suffix that opens with the host's name as a word of its own", () => {
    // sheego.de (trafilatura 0206): "Magic Cleaning | sheego ♥ Magazin", no site-name meta, no h1.
    const title = (text: string, url = 'https://www.sheego.de/magazin/coole-tipps/magic-cleaning/') =>
      metadataOf(page(`<title>${text}</title><meta property="og:title" content="${text}">`), { pageUrl: url }).title;
    expect(title('Magic Cleaning | sheego ♥ Magazin')).toBe('Magic Cleaning');
    // Another host, a longer part, or the host's name inside a word keep the suffix.
    expect(title('Magic Cleaning | sheego ♥ Magazin', 'https://example.org/a')).toBe(
      'Magic Cleaning | sheego ♥ Magazin',
    );
    expect(title('Magic Cleaning | sheego Magazin für Mode')).toBe('Magic Cleaning | sheego Magazin für Mode');
    expect(title('Magic Cleaning | sheegowelt Magazin')).toBe('Magic Cleaning | sheegowelt Magazin');
  });

  it("cuts the site's declared name off a short headline; a short headline keeps another trailing part", () => {
    const title = (text: string) =>
      metadataOf(page(`<title>${text}</title><meta property="og:site_name" content="Shabka">`)).title;
    expect(title('About Us - Shabka')).toBe('About Us');
    expect(title('About Us - Team')).toBe('About Us - Team');
  });

  it('cuts a name of 2–4 capitalised words off the title after the headline the h1 states alone (separator lost)', () => {
    // wsieciprawdy.pl (trafilatura 0499): "… krytycznej  Tygodnik Sieci", only spaces between the two.
    expect(
      titleUnderH1(
        'IPN, czyli element infrastruktury krytycznej  Tygodnik Sieci',
        'IPN, czyli element infrastruktury krytycznej',
      ),
    ).toBe('IPN, czyli element infrastruktury krytycznej');
    // One capitalised word may end the headline; small words are the headline's; no h1 stating it, no cut.
    expect(titleUnderH1('Apple unveils the new iPhone X', 'Apple unveils the new iPhone')).toBe(
      'Apple unveils the new iPhone X',
    );
    expect(titleUnderH1('Council approves the budget for next year', 'Council approves the budget')).toBe(
      'Council approves the budget for next year',
    );
    expect(titleUnderH1('Council approves the budget Harbour Times', 'Budget news')).toBe(
      'Council approves the budget Harbour Times',
    );
  });

  it('cuts the title at a separator spaced on one side only after the headline the h1 states alone', () => {
    // liberte.pl (trafilatura 0487): the author's name after " -", the site's name after " - ".
    expect(titleUnderH1('Koncesjonowana opozycja -Leszek Jażdżewski - Liberté!', 'Koncesjonowana opozycja')).toBe(
      'Koncesjonowana opozycja',
    );
    expect(titleUnderH1('Council approves the budget| Harbour Times', 'Council approves the budget')).toBe(
      'Council approves the budget',
    );
    // A hyphen inside a word, and a headline the h1 does not state, stay.
    expect(titleUnderH1('Council approves the E-Mail rules', 'Council approves the E')).toBe(
      'Council approves the E-Mail rules',
    );
    expect(titleUnderH1('Council approves the budget -Harbour Times', 'Budget news')).toBe(
      'Council approves the budget -Harbour Times',
    );
  });

  it('keeps a trailing part that is not the site name', () => {
    const doc = page(
      '<meta property="og:title" content="Mozart - The Magic Flute"><meta property="og:site_name" content="Opera Weekly">',
    );
    expect(metadataOf(doc).title).toBe('Mozart - The Magic Flute');
  });

  it('decodes HTML entities left in meta values and collapses whitespace', () => {
    const doc = page(
      '<meta property="og:title" content="Tom &amp;amp; Jerry &amp;#8211;   the  &amp;quot;reunion&amp;quot;">',
    );
    expect(metadataOf(doc).title).toBe('Tom & Jerry \u2013 the "reunion"');
  });
});

describe('entities', () => {
  it('decodes numeric references like an HTML parser: invalid ones become U+FFFD, malformed ones stay', () => {
    const doc = page(
      '<meta property="dc:description og:description" content="Tears &amp;#xg; &amp;#x1F62D; &amp;#128557; &amp;#xFFFFFFFF; &amp;#x0;"/>',
    );
    expect(metadataOf(doc).excerpt).toBe('Tears &#xg; \u{1F62D} \u{1F62D} \uFFFD \uFFFD');
  });

  it('decodes the named references of accented letters (JSON-LD written with HTML entities); a letter without such a character stays', () => {
    const doc = page(
      jsonLd({
        '@type': 'NewsArticle',
        author: { '@type': 'Person', name: 'Redacci&oacute;n &Aacute;lvaro Pe&ntilde;a' },
      }) +
        '<meta property="og:description" content="Fran&amp;ccedil;ois &amp;uuml;ber Pra&amp;zcaron;sk&amp;aacute; &amp;qacute;">',
    );
    expect(metadataOf(doc).byline).toBe('Redacción Álvaro Peña');
    expect(metadataOf(doc).excerpt).toBe('François über Pražská &qacute;');
  });
});

describe('byline', () => {
  it('a declared author with the site glued on is the name alone (zyte/1f765c48… sputnik)', () => {
    const glued = (author: string, title: string) =>
      metadataOf(page(`<title>${title}</title><meta name="author" content="${author}">`)).byline;
    expect(glued('Finian Cunningham. Sputnik International', 'Royal Arrogance - Sputnik International')).toBe(
      'Finian Cunningham',
    );
    expect(glued('Rob Picheta, CNN', 'Meghan reveals concerns - CNN')).toBe('Rob Picheta');
    // Another name after the author's is kept: a co-author, an agency the title does not name.
    expect(glued('Ada Lane, Bo Reed', 'Harbour plan approved - City News')).toBe('Ada Lane, Bo Reed');
    expect(glued('Ada Lane, Reuters', 'Harbour plan approved - City News')).toBe('Ada Lane, Reuters');
  });

  it("gives way to the page's byline when the site was glued on: the declared name may be the publisher's group (trafilatura 0963)", () => {
    const head =
      '<title>Harbour plan approved - La Estrella de Panamá</title><meta name="author" content="GESE - La Estrella de Panamá">';
    const byline =
      '<h1>Harbour plan approved</h1><div class="author"><strong class="author-name">María Carrasquilla</strong></div>';
    expect(metadataOf(page(head, byline)).byline).toBe('María Carrasquilla');
    // Without a byline on the page, the declared name alone.
    expect(metadataOf(page(head, '<h1>Harbour plan approved</h1>')).byline).toBe('GESE');
  });

  it('strips "Posted by" too', () => {
    expect(metadataOf(page('', '<span class="post-author">Posted by Vortex</span>')).byline).toBe('Vortex');
    // A label of one word and a colon, in any language.
    expect(metadataOf(page('<meta name="author" content="Текст: Венера Ерофеева">')).byline).toBe('Венера Ерофеева');
  });

  it("reads no byline from a picture's credit marked like one", () => {
    // infosperber.ch (trafilatura 0873): a caption's "© zvg" in a span classed "media-license-author".
    const caption = (cls: string, sign: string) =>
      `<p>Keine intakten Strassen.<span>${sign}</span><span class="${cls}">zvg</span></p><p>Text.</p>`;
    expect(metadataOf(page('', caption('author', '&copy; '))).byline).toBeNull();
    expect(metadataOf(page('', caption('photo-credit author', '')))).toMatchObject({ byline: null });
    // Without the sign or a credit's class, the name stays the byline.
    expect(metadataOf(page('', caption('author', 'Von ')))).toMatchObject({ byline: 'zvg' });
  });

  it('passes over a "Published by" / "Article by" label alone for the name in the next element', () => {
    const box = page(
      '',
      '<div class="author-info"><h2 class="author-heading">Published by</h2><div class="author-description">' +
        '<h3 class="author-title">Ada Lane</h3><p class="author-bio">Ada has written about ports, ships and the people who work on them for twenty years. <a href="/a/ada">All posts by Ada Lane</a></p></div></div>',
    );
    expect(metadataOf(box).byline).toBe('Ada Lane');
    const spans = page('', '<span class="article_author">Article by</span><br><span class="author">Bo Reed</span>');
    expect(metadataOf(spans).byline).toBe('Bo Reed');
  });

  it('reads no name from a byline line that only says where and when the piece was filed', () => {
    // A theme's "byline" holding the section link and the date, the author's name further down.
    const filed =
      '<div class="byline"><div class="byline-part cats"><a href="/magazin/wein/" class="cat">Wein &amp; Geschmack</a></div>' +
      '<span class="byline-part separator">&middot;</span><span class="byline-part date"><time datetime="2021-10-14">14. Oktober 2021</time></span></div>';
    expect(metadataOf(page('', filed)).byline).toBeNull();
    expect(metadataOf(page('', `${filed}<p>Text.</p><span class="author">Susanne Börsch</span>`)).byline).toBe(
      'Susanne Börsch',
    );
    const tagged = '<p class="byline">Ada Lane in <a rel="category tag" href="/c/ports/">Ports</a></p>';
    expect(metadataOf(page('', tagged)).byline).toMatch(/^Ada Lane\b(?!.*Ports)/);
    // A date in another language is no name either ("17 April 2012 • 2:54pm", "14. Oktober").
    expect(metadataOf(page('', '<p class="byline">14. Oktober · 2:54pm</p>')).byline).toBeNull();
  });

  it("takes no CMS account for a byline ('admin', 'publisher'), with a date after it or without", () => {
    expect(metadataOf(page('<meta name="author" content="publisher">')).byline).toBeNull();
    expect(
      metadataOf(page('', '<p class="byline"><a rel="author" href="/u/1">admin</a> - 2018-09-16</p>')).byline,
    ).toBeNull();
    // A desk is an attribution, and a name that begins with an account's word is a name.
    expect(metadataOf(page('<meta name="author" content="Redaktion">')).byline).toBe('Redaktion');
    expect(metadataOf(page('<meta name="author" content="Admiral Ada Lane">')).byline).toBe('Admiral Ada Lane');
  });

  it("takes no login for a byline ('jdadmin', 'Super User', 'KWCHCIK'), and keeps names and agencies", () => {
    const metaAuthor = (name: string) => metadataOf(page(`<meta name="author" content="${name}">`)).byline;
    // zyte 5211188428849a31 ("jdadmin"), trafilatura 0208 (Joomla's "Super User"), zyte 3ce1c8fd ("KWCHCIK"),
    // zyte 20b2b649 ("rmb8090"), 0422 ("ThE_PaiN"), 0895 ("christian.stadtfeld").
    for (const login of ['jdadmin', 'Super User', 'KWCHCIK', 'rmb8090', 'r23', 'ThE_PaiN', 'christian.stadtfeld'])
      expect(metaAuthor(login), login).toBeNull();
    for (const name of ['bell hooks', 'Ai Weiwei', 'Björk', 'AFP', 'dpa', 'det/dpa', 'mh', 'Reuters', 'REUTERS']) {
      expect(metaAuthor(name), name).toBe(name);
    }
    for (const name of [
      'kath.net',
      'oe24.at',
      'dapd',
      'MoritzMeyer',
      'GESE',
      '肖春芳',
      '史蒂文的家_藍天',
      'STRÖMBÄCK',
      'ИВАНОВ',
    ])
      expect(metaAuthor(name), name).toBe(name);
    // A byline element naming an account: its label around it is no name either (de.creativecommons 0016).
    const account =
      '<span class="byline"><span class="author vcard"><span class="screen-reader-text">Autor </span> ' +
      '<a class="url fn n" href="/author/john/">john</a></span></span><p class="author">Ada Lane</p>';
    expect(metadataOf(page('', account)).byline).toBeNull();
  });

  it('takes no button label for a byline ("Follow" in an author box whose class names the author)', () => {
    const box = page(
      '',
      '<h3><a href="/in/ada">Ada Lane</a><a class="author-info__follow-button" href="/login">Follow</a></h3>',
    );
    expect(metadataOf(box).byline).toBeNull();
    const withName = page('', '<a class="author-follow" href="/login">Share</a><span class="author">Ada Lane</span>');
    expect(metadataOf(withName).byline).toBe('Ada Lane');
  });

  it('takes no link to a listing for a byline ("Alle Beiträge", "All posts" in an author box)', () => {
    const box = page(
      '',
      '<h4><span>Zur Person</span><a class="post-author__all-posts" href="/autoren/team/">Alle Beiträge</a></h4>' +
        '<div class="post-date-author"><time datetime="2022-02-08">Veröffentlicht am 8. Februar 2022</time> von ' +
        '<a href="/autoren/ada/">Ada Lane</a></div>',
    );
    expect(metadataOf(box).byline).toBe('Ada Lane');
    expect(metadataOf(page('', '<a class="author-link" href="/a/">All posts »</a>')).byline).toBeNull();
    // A name is no listing label, even one that begins like one.
    expect(metadataOf(page('', '<span class="author">Mehran Alle</span>')).byline).toBe('Mehran Alle');
  });

  it('takes the name after a dateline ("Posted on March 3, 2020 by …"), the whole name', () => {
    const byline = (text: string) => metadataOf(page('', `<p class="byline">${text}</p>`)).byline;
    expect(byline('Posted on March 3, 2020 by Sam Writer')).toBe('Sam Writer');
    expect(byline('Veröffentlicht am 8. Februar 2022 von Ursula von der Leyen')).toBe('Ursula von der Leyen');
    expect(byline('Publié le 3 mars 2020 par Jean Dupont')).toBe('Jean Dupont');
    // Without a digit before it, "von" is part of the name.
    expect(byline('Ludwig von Mises')).toBe('Ludwig von Mises');
    // An author archive's link label before the name, its arrow after it.
    expect(byline('<a rel="author" href="/author/sd/">Zeige alle Beiträge von Simon Dückert &rarr;</a>')).toBe(
      'Simon Dückert',
    );
    expect(byline('View all posts by Sam Writer »')).toBe('Sam Writer');
  });

  it('takes meta author', () => {
    expect(metadataOf(page('<meta name="author" content="Jane Reporter">')).byline).toBe('Jane Reporter');
  });

  it('strips a leading "By" from a byline element', () => {
    const doc = page('', '<article><p class="byline">By   Sam Writer</p><p>Body text.</p></article>');
    expect(metadataOf(doc).byline).toBe('Sam Writer');
  });

  it('never returns a URL (article:author pointing at a profile)', () => {
    const doc = page(
      '<meta property="article:author" content="https://www.facebook.com/someone">',
      '<a rel="author" href="/u/kim">Kim Lee</a>',
    );
    expect(metadataOf(doc).byline).toBe('Kim Lee');
    // Written without a scheme, too.
    const bare = page(
      '<meta name="author" content="facebook.com/someone">',
      '<a rel="author" href="/u/kim">Kim Lee</a>',
    );
    expect(metadataOf(bare).byline).toBe('Kim Lee');
  });

  it('passes over a declared author that is only the site name for the names the page shows', () => {
    const site =
      '<meta property="og:site_name" content="Harbour Times"><meta name="author" content="HarbourTimes.com">';
    const named = page(site, '<article><p class="byline">By Sam Writer</p><p>Body text.</p></article>');
    expect(metadataOf(named).byline).toBe('Sam Writer');
    // A byline line that names the site again is no better; with none, the declared name stays.
    const again = page(site, '<article><p class="byline">30/10/23 | Harbour Times</p><p>Body text.</p></article>');
    expect(metadataOf(again).byline).toBe('HarbourTimes.com');
    expect(metadataOf(page(site, '<article><p>Body text.</p></article>')).byline).toBe('HarbourTimes.com');
  });

  it('prefers the [itemprop=name] part of a byline element', () => {
    const doc = page('', '<div class="author-box"><span itemprop="name">Alex Doe</span> <time>May 2</time></div>');
    expect(metadataOf(doc).byline).toBe('Alex Doe');
  });

  it('skips hidden bylines and comment authors', () => {
    const doc = page(
      '',
      `<span class="byline" style="display:none">Hidden Person</span>
       <div class="comments"><cite class="comment-author">A Commenter</cite></div>
       <p class="byline">By Real Author</p>`,
    );
    expect(metadataOf(doc).byline).toBe('Real Author');
  });

  it('skips datelines and keeps the name of a byline that also holds the date', () => {
    const doc = page(
      '',
      `<div class="article-dateline">April 28, 2019 at 6:01 am Updated April 29, 2019 at 3:33 pm</div>
       <cite class="byline">By GILLIAN MOHNEY<span>March 11, 2015 3:46 PM</span></cite>`,
    );
    expect(metadataOf(doc).byline).toBe('Gillian Mohney');
  });

  it('reads the author link of a byline, leaving out date and counters', () => {
    const doc = page(
      '',
      '<p class="byline"><span class="by">by</span> <a href="/author/lnolan/">Lucas Nolan</a><span class="bydate">22 Dec 2016</span><a href="#comments">651</a></p>',
    );
    expect(metadataOf(doc).byline).toBe('Lucas Nolan');
  });

  it('separates words that only an element boundary kept apart, but not letters split by a span', () => {
    expect(metadataOf(page('', '<div class="byline"><a>Molly Woo<span>d</span></a></div>')).byline).toBe('Molly Wood');
    expect(
      metadataOf(page('', '<div class="byline">by Jeff Foust<span>Monday, November 18, 2019</span></div>')).byline,
    ).toBe('Jeff Foust');
    expect(metadataOf(page('', '<div class="byline">Keris Lahiff<a>@kerisalison</a></div>')).byline).toBe(
      'Keris Lahiff',
    );
  });

  it('drops reading times, zones and dangling punctuation; ignores labels and "authority" classes', () => {
    expect(metadataOf(page('', '<div class="byline">Rodrigo Campos 5 Min Read</div>')).byline).toBe('Rodrigo Campos');
    expect(
      metadataOf(page('', '<div class="byline">Analysis by Chris Cillizza Updated 1909 GMT (0309 HKT)</div>')).byline,
    ).toBe('Chris Cillizza');
    expect(metadataOf(page('', '<span class="author">Reuters,</span>')).byline).toBe('Reuters');
    expect(
      metadataOf(page('', '<span class="author">作者：</span><div class="authority-control">Authority control</div>'))
        .byline,
    ).toBeNull();
  });

  it('finds a byline in an article header (Readability only does on its second pass), never in navigation', () => {
    const doc = page(
      '',
      `<nav><a rel="author" href="/a/x">Nav Author</a></nav>
       <article><header class="entry-header"><a rel="author" href="/author/mike">Mike Conley</a></header><p>Text</p></article>`,
    );
    expect(metadataOf(doc).byline).toBe('Mike Conley');
  });

  it('reads the name part of a byline, not the job title or a view counter beside it', () => {
    const doc = page(
      '',
      `<div class="byline"><img class="byline__avatar" alt="Mark"><div class="byline__body"><a href="/mark" class="byline__author">Mark Di Stefano</a><div class="byline__title">BuzzFeed News Reporter</div></div></div>`,
    );
    expect(metadataOf(doc).byline).toBe('Mark Di Stefano');
    const counter = page('', '<div class="byline">Steven <span class="author-views">views (23925)</span></div>');
    expect(metadataOf(counter).byline).toMatch(/^Steven\b/);
  });

  it("takes no author meta that names the page's maker as its generator meta does (zyte f6ac15a4)", () => {
    const maker = '<meta name="generator" content="City Hall - IT Department">';
    expect(metadataOf(page(`<meta name="author" content="City Hall - IT Department">${maker}`)).byline).toBeNull();
    expect(metadataOf(page(`<meta name="author" content="Clarissa Borba">${maker}`)).byline).toBe('Clarissa Borba');
  });

  it("writes a byline in capitals as names are written, only when every part has a name's shape (zyte e7994d55)", () => {
    const byline = (author: string, site = '') =>
      metadataOf(
        page(
          site && `<meta property="og:site_name" content="${site}">`,
          `<h1>Harbour plan approved</h1><div class="byline">By ${author}</div>`,
        ),
      ).byline;
    expect(byline('DANICA KIRKA and JILL LAWLESS')).toBe('Danica Kirka and Jill Lawless');
    expect(byline('SEAN MCDONALD, URSULA VON DER LEYEN AND ANN O’NEILL')).toBe(
      'Sean McDonald, Ursula von der Leyen and Ann O’Neill',
    );
    // The site's name, an agency, an acronym, one word, a short word, a byline not all capitals: as written.
    expect(byline('SPIEGEL ONLINE', 'SPIEGEL ONLINE')).toBe('SPIEGEL ONLINE');
    expect(byline('ASSOCIATED PRESS')).toBe('ASSOCIATED PRESS');
    expect(byline('BBC NEWS')).toBe('BBC NEWS');
    expect(byline('AP NEWS')).toBe('AP NEWS');
    expect(byline('REUTERS')).toBe('REUTERS');
    expect(byline('Danica KIRKA')).toBe('Danica KIRKA');
  });

  it('is null when nothing names an author', () => {
    expect(metadataOf(page('<title>t</title>', '<p>Just text.</p>')).byline).toBeNull();
  });
});

describe('a byline line under the headline, no class saying so', () => {
  it('reads "By <a>Name</a> on <date>" right under the headline: the names and the date (designed on PolitiFact)', () => {
    const doc = page(
      '<title>What is the value of drugs?</title>',
      `<article><h1>What is the value of drugs?</h1>
      <p class="article__meta">By <a href="/staff/matthew-digby/">Matthew Digby</a> , <a href="/staff/minh-do/">Minh Do</a>
      <span>on Monday, November 18th, 2019 at 11:08 a.m.</span></p>
      <p>In October, a congressman visited the border and argued that the country needs stronger border security.</p></article>`,
    );
    const { byline, publishedTime } = metadataOf(doc);
    expect(byline).toBe('Matthew Digby, Minh Do');
    expect(publishedTime).toBe('2019-11-18T11:08:00');
  });

  it('in the languages of the byline labels ("Von <a>…</a> am 21. April 2020")', () => {
    const doc = page(
      '<title>Wie die Menschen sterben</title>',
      '<h1>Wie die Menschen sterben</h1><div><p>VON <a href="/autoren/m">MORITZ GATHMANN</a> am 21. April 2020</p></div>',
    );
    // (Written in capitals, read as a name's: byline-case.ts.)
    expect(metadataOf(doc).byline).toBe('Moritz Gathmann');
    expect(metadataOf(doc).publishedTime).toBe('2020-04-21');
  });

  it('a label set apart in an element of its own ("<span class=screen-reader-text>| By </span>") before the name', () => {
    const doc = page(
      '<title>Woman follows a beggar</title>',
      `<header><h1>Woman follows a beggar</h1><div class="article_meta_info"><span class="trending">yas!</span>
      <span class="screen-reader-text">| By </span><span>Cara Stiles</span> | <time>April 13, 2020</time></div></header>`,
    );
    expect(metadataOf(doc).byline).toBe('Cara Stiles');
    // XenForo's article header: an icon, the label for screen readers, the author's link.
    const forum = page(
      '<title>Rod test</title>',
      '<h1>Rod test</h1><ul><li><i title="Autor"></i><span class="u-srOnly">Autor</span><a href="/members/cmf.2/">Catch more fish</a></li></ul>',
    );
    expect(metadataOf(forum).byline).toBe('Catch more fish');
  });

  it('a label and a name alone in an element of their own, no link ("von Alexander Rosenkranz"; trafilatura 0762)', () => {
    const doc = page(
      '<title>Wärmepumpe im Altbau</title>',
      `<h1>Eignet sich eine Wärmepumpe im Altbau?</h1><ul><li><span>
      von Alexander Rosenkranz </span></li><li><time datetime="2022-03-09">09.03.2022</time></li></ul>`,
    );
    expect(metadataOf(doc).byline).toBe('Alexander Rosenkranz');
    // A title's words after "By" are no name: more than four words, or one.
    const tagline = page('<title>Gardens</title>', '<h1>Gardens</h1><p>By Hand And By Heart In The Garden</p>');
    expect(metadataOf(tagline).byline).toBeNull();
    expect(metadataOf(page('<title>Gardens</title>', '<h1>Gardens</h1><p>By Design</p>')).byline).toBeNull();
  });

  it('a "by <a>…</a>" line in the text (a picture credit, a quotation), in a figure or after a sentence, is no byline', () => {
    const credit = page(
      '<title>Colophon</title>',
      `<h1>Colophon</h1><p>This site is written and produced by one person.</p>
      <p><img src="/me.jpg" alt=""><br><em>Portrait by <a href="https://photos.example/">George Barrio</a></em></p>`,
    );
    expect(metadataOf(credit).byline).toBeNull();
    const figure = page(
      '<title>Harbour plan</title>',
      '<h1>Harbour plan</h1><figure><img src="/a.jpg" alt=""><figcaption>By <a href="/p/">Jane Doe</a></figcaption></figure>',
    );
    expect(metadataOf(figure).byline).toBeNull();
  });
});

describe('site name', () => {
  it('reads og:site_name, then the JSON-LD publisher', () => {
    expect(metadataOf(page('<meta property="og:site_name" content="Harbour Times">')).siteName).toBe('Harbour Times');
    expect(
      metadataOf(
        page(
          jsonLd({ '@type': 'Article', headline: 'H', publisher: { '@type': 'Organization', name: 'Ledger Media' } }),
        ),
      ).siteName,
    ).toBe('Ledger Media');
  });

  it('uses application-name only when it reads as a name', () => {
    expect(metadataOf(page('<meta name="application-name" content="Harbour Times">')).siteName).toBe('Harbour Times');
    expect(
      metadataOf(page('<meta name="application-name" content="Harbour Times - All the news from the bay">')).siteName,
    ).toBeNull();
  });

  it("passes over a site-name meta unrelated to the host when the <title> ends in the host's name", () => {
    const section = page(
      '<title>Oil slips as stocks drift - Harbourtimes</title><meta property="og:site_name" content="U.S.">',
    );
    const url = 'https://www.harbourtimes.com/article/oil';
    expect(metadataOf(section, { pageUrl: url }).siteName).toBe('Harbourtimes');
    // Without the page's host nothing overrules the declaration, nor with a name related to the host.
    expect(metadataOf(section).siteName).toBe('U.S.');
    const related = page(
      '<title>Oil slips - Harbourtimes</title><meta property="og:site_name" content="The Harbour Times">',
    );
    expect(metadataOf(related, { pageUrl: url }).siteName).toBe('The Harbour Times');
    const initials = page('<title>Oil slips - HT</title><meta property="og:site_name" content="Harbour Times">');
    expect(metadataOf(initials, { pageUrl: 'https://ht.com/a' }).siteName).toBe('Harbour Times');
  });

  it("names the site by its <title>'s last part, not by a social handle given as its name", () => {
    const url = 'https://www.harbourtimes.com/a';
    const handle = page(
      '<title>Oil slips | Harbour Times West</title><meta property="og:site_name" content="@harbourtimes">',
    );
    expect(metadataOf(handle, { pageUrl: url }).siteName).toBe('Harbour Times West');
    // A <title> that names no site leaves the handle's name.
    const untold = page('<title>Oil slips</title><meta property="og:site_name" content="@harbourtimes">');
    expect(metadataOf(untold, { pageUrl: url }).siteName).toBe('harbourtimes');
  });

  it('keeps the one part of a "Tagline | Site" name that has to do with the host', () => {
    const url = 'https://www.harbourtimes.com/a';
    const tagline = page('<meta property="og:site_name" content="News from the coast | Harbour Times">');
    expect(metadataOf(tagline, { pageUrl: url }).siteName).toBe('Harbour Times');
    expect(metadataOf(tagline).siteName).toBe('News from the coast | Harbour Times');
  });

  it('keeps the name of a "Name – tagline" site name when its parts do not tell (0686, 0152, 0263, 0110)', () => {
    const url = 'https://www.harbourtimes.com/a';
    // Two parts that both have to do with the host ("www.leichtathletik.de | Das Leichtathletik-Portal"): the first.
    const both = page('<meta property="og:site_name" content="harbourtimes.com - Harbour Times for the coast">');
    expect(metadataOf(both, { pageUrl: url }).siteName).toBe('harbourtimes.com');
    // None ("fboës - Der Blog" on journal.3960.org): the first, unless the <title> opens with it (a page's title).
    const none = page(
      '<title>Oil slips | Quill - The Blog</title><meta property="og:site_name" content="Quill - The Blog">',
    );
    expect(metadataOf(none, { pageUrl: url }).siteName).toBe('Quill');
    const title = page('<title>Oil slips | Quill</title><meta property="og:site_name" content="Oil slips | Quill">');
    expect(metadataOf(title, { pageUrl: url }).siteName).toBe('Oil slips | Quill');
    // A hosted blog's own label names it ("2gewinnt | Kabarett | Satire" on 2gewinnt.wordpress.com).
    const hosted = page('<meta property="og:site_name" content="Essays | Quill | Verse">');
    expect(metadataOf(hosted, { pageUrl: 'https://quill.wordpress.com/a' }).siteName).toBe('Quill');
  });

  it('overrules a JSON-LD publisher unrelated to the host only when two other statements name the host', () => {
    const publisher = jsonLd({ '@type': 'NewsArticle', headline: 'H', publisher: { name: 'City News Service' } });
    const url = 'https://www.harbourtimes.com/a';
    const two = page(
      `<title>Oil slips | Harbour Times</title><meta property="og:site_name" content="Harbour Times">${publisher}`,
    );
    expect(metadataOf(two, { pageUrl: url }).siteName).toBe('Harbour Times');
    // One witness is not enough: a publisher may be the organisation behind the site.
    const one = page(`<title>Oil slips</title><meta property="og:site_name" content="Harbour Times">${publisher}`);
    expect(metadataOf(one, { pageUrl: url }).siteName).toBe('City News Service');
  });

  it('takes no JSON-LD publisher that is a news agency the host is not (zyte eecd2575 mysanantonio: "Associated Press")', () => {
    const named = (publisher: string, url: string) =>
      metadataOf(
        page(
          '<title>Lakers hold off Thunder</title><meta property="og:site_name" content="Harbour Express-News">' +
            jsonLd({ '@type': 'NewsArticle', headline: 'H', publisher: { name: publisher } }),
        ),
        { pageUrl: url },
      ).siteName;
    // The wire's name is the story's source: the site's own meta names the site, though it spells no host.
    expect(named('Associated Press', 'https://www.myharbour.com/a')).toBe('Harbour Express-News');
    // On the agency's own site, it is the site; a publisher no agency stays (one witness is not enough).
    expect(named('Reuters', 'https://www.reuters.com/a')).toBe('Reuters');
    expect(named('City News Service', 'https://www.myharbour.com/a')).toBe('City News Service');
    // No host known: the publisher stays.
    expect(metadataOf(page(jsonLd({ '@type': 'NewsArticle', publisher: { name: 'Reuters' } }))).siteName).toBe(
      'Reuters',
    );
  });

  it("takes no site-name meta that is the page's whole <title>, a headline of one part (trafilatura 0892)", () => {
    const named = (title: string, siteName: string) =>
      metadataOf(page(`<title>${title}</title><meta property="og:site_name" content="${siteName}">`)).siteName;
    const headline = 'Crocs: How the shoe brand makes record sales with bold releases';
    expect(named(headline, headline)).toBeNull();
    // A short name that is the <title> (a home page's), or a headline of parts that may hold the name, stay.
    expect(named('Harbour Times', 'Harbour Times')).toBe('Harbour Times');
    expect(named(`${headline} | Harbour Times`, `${headline} | Harbour Times`)).toBe(`${headline} | Harbour Times`);
    expect(named('Oil slips again as stocks drift lower', headline)).toBe(headline);
  });

  it("names the site by the <title>'s last part that names the host when the page declares none (0254, 0374)", () => {
    const named = (title: string, url = 'https://www.harbourtimes.com/a', head = '') =>
      metadataOf(page(`<title>${title}</title>${head}`), { pageUrl: url }).siteName;
    expect(named('Oil slips as stocks drift - Harbour Times')).toBe('Harbour Times');
    // Opening with the host's name as a word ("sheego ♥ Magazin" on sheego.de).
    expect(named('Oil slips as stocks drift | Harbour ♥ Magazine', 'https://harbour.com/a')).toBe('Harbour ♥ Magazine');
    // A last part that does not name the host, a headline too short to stand alone, no host: no name.
    expect(named('Oil slips as stocks drift - Markets')).toBeNull();
    expect(named('Oil slips - Harbour Times')).toBeNull();
    expect(metadataOf(page('<title>Oil slips as stocks drift - Harbour Times</title>')).siteName).toBeNull();
    // A declared name stays.
    const declared = '<meta property="og:site_name" content="Harbour Times Online">';
    expect(named('Oil slips as stocks drift - Harbour Times', undefined, declared)).toBe('Harbour Times Online');
  });

  it("names the site by the <title>'s last part whose words' initials spell the host (rnz.de, trafilatura 0019)", () => {
    const named = (title: string, host: string) =>
      metadataOf(page(`<title>${title}</title>`), { pageUrl: `https://www.${host}/a` }).siteName;
    expect(named('Oil slips as stocks drift - Harbour Times Daily', 'htd.de')).toBe('Harbour Times Daily');
    // A host of two letters may be anyone's initials; one word's initial spells no host.
    expect(named('Oil slips as stocks drift - Harbour Times', 'ht.de')).toBeNull();
    expect(named('Oil slips as stocks drift - Markets', 'm.de')).toBeNull();
  });

  it("takes no site-name meta that is a service's label of the host before the site's domain (zyte e7994d55)", () => {
    const named = (siteName: string, url: string) =>
      metadataOf(page(`<meta property="og:site_name" content="${siteName}">`), { pageUrl: url }).siteName;
    expect(named('Hosted', 'https://hosted.harbour.org/a')).toBeNull();
    // A label that is a brand names a site of its own; "Hosted" elsewhere is a name.
    expect(named('Tone Deaf', 'https://tonedeaf.harbour.com/a')).toBe('Tone Deaf');
    expect(named('Hosted', 'https://www.hostedmag.org/a')).toBe('Hosted');
  });

  it("writes a declared name as the <title>'s last part writes the same letters (zyte f8ff621a: Barron's)", () => {
    const named = (title: string) =>
      metadataOf(page(`<title>${title}</title>${jsonLd({ '@type': 'NewsArticle', publisher: { name: 'Barrons' } })}`), {
        pageUrl: 'https://www.barrons.com/a',
      }).siteName;
    expect(named("Oil slips as stocks drift - Barron's")).toBe("Barron's");
    // Another case, another name, a domain's ending: the declared name stays.
    expect(named('Oil slips as stocks drift - BARRONS')).toBe('Barrons');
    expect(named('Oil slips as stocks drift - Barrons.com')).toBe('Barrons');
  });

  it('reads "›" before the site\'s name as a separator: "… › Litradio" (trafilatura 0254, 0624)', () => {
    const doc = page('<title>Oil slips as stocks drift › Harbour Times</title>');
    const metadata = metadataOf(doc, { pageUrl: 'https://harbourtimes.com/a' });
    expect(metadata.siteName).toBe('Harbour Times');
    expect(metadata.title).toBe('Oil slips as stocks drift');
  });

  it("knows the host as written and a name after an article as the host's (0641 siegessaeule, 0198)", () => {
    const named = (title: string) =>
      metadataOf(page(`<title>${title}</title>`), { pageUrl: 'https://www.harbourtimes.com/a' }).siteName;
    expect(named('Oil slips as stocks drift — www.harbourtimes.com')).toBe('www.harbourtimes.com');
    expect(named('Oil slips as stocks drift | The Harbour Times')).toBe('The Harbour Times');
    // An article alone, or a word that is none, does not drop.
    expect(named('Oil slips as stocks drift | Our Harbour Times')).toBeNull();
  });

  it("knows a name its host spells in ASCII, and a host's name of words before the publication's (0561, 0074)", () => {
    const named = (title: string, host: string) =>
      metadataOf(page(`<title>${title}</title>`), { pageUrl: `https://${host}/a` }).siteName;
    // "Schweizer Jäger Online" on schweizerjaeger.ch: "ä" spelled "ae", and two words before "Online".
    expect(named('Oil slips as stocks drift | Hafen Jäger Online', 'hafenjaeger.ch')).toBe('Hafen Jäger Online');
    expect(named('Oil slips as stocks drift | Große Straße', 'grossestrasse.de')).toBe('Große Straße');
    // Marks dropped: "Sauvons l'Université !" on sauvonsluniversite.fr.
    expect(named("Oil slips as stocks drift | Sauvons l'Université !", 'sauvonsluniversite.fr')).toBe(
      "Sauvons l'Université !",
    );
    // One word the host's, as before ("sheego ♥ Magazin").
    expect(named('Oil slips as stocks drift | Hafen Jäger Online', 'hafen.ch')).toBe('Hafen Jäger Online');
    // Words that are not the host's, or more than a name's words, no name.
    expect(named('Oil slips as stocks drift | Hafen Jäger', 'hafenjager-online.ch')).toBeNull();
    expect(named('Oil slips as stocks drift | Hafen Jäger Online Magazin', 'hafenjaeger.ch')).toBeNull();
  });

  it('knows a name whose letters drawn with a stroke its host writes bare or spelled out ("Ørsted", trafilatura 0733)', () => {
    const named = (title: string, host: string) =>
      metadataOf(page(`<title>${title}</title>`), { pageUrl: `https://${host}/a` }).siteName;
    expect(named('Oil slips as stocks drift | Hafen Øresund', 'hafenoresund.dk')).toBe('Hafen Øresund');
    expect(named('Oil slips as stocks drift | Hafen Øresund', 'hafenoeresund.dk')).toBe('Hafen Øresund');
    expect(named('Oil slips as stocks drift | Łódź Harbour', 'lodzharbour.pl')).toBe('Łódź Harbour');
    expect(named('Oil slips as stocks drift | Hafen Øresund', 'hafenresund.dk')).toBeNull();
  });

  it('takes no JSON-LD publisher named as the page\'s generator, the platform (zyte/34a73285… linknaija: "Blogger")', () => {
    const blog = (generator: string) =>
      page(
        `<meta name="generator" content="${generator}"><meta property="og:site_name" content="Harbour Times">` +
          jsonLd({ '@type': 'BlogPosting', headline: 'H', publisher: { name: 'Blogger' } }),
      );
    expect(metadataOf(blog('blogger')).siteName).toBe('Harbour Times');
    expect(metadataOf(blog('WordPress 6.1')).siteName).toBe('Blogger');
  });
});

describe('published time', () => {
  it('asks no box for a <time datetime> on a page that has none (the byline area, the header, the line above)', () => {
    const boxes = (times: string) =>
      page('', `<header><div class="byline">By Ann Lee ${times}</div><p>x</p><h1>A headline</h1></header><p>Text.</p>`);
    const asked: string[] = [];
    const box = boxes('').createElement('div');
    let holder = Object.getPrototypeOf(box);
    while (!Object.hasOwn(holder, 'querySelector')) holder = Object.getPrototypeOf(holder);
    const own = holder.querySelector;
    holder.querySelector = function (this: Element, selector: string) {
      asked.push(selector);
      return own.call(this, selector);
    };
    try {
      expect(metadataOf(boxes('')).publishedTime).toBeNull();
      expect(asked.filter((selector) => selector.startsWith('time'))).toEqual([]);
      // With one on the page, the areas are asked as before.
      expect(metadataOf(boxes('<time datetime="2021-03-04">today</time>')).publishedTime).toBe('2021-03-04');
      expect(asked.filter((selector) => selector.startsWith('time')).length).toBeGreaterThan(0);
    } finally {
      holder.querySelector = own;
    }
  });

  it('reads the line right under the headline when it is a date alone (zyte/5ae11e58… ascom.com)', () => {
    const under = (line: string) => page('', `<h1>Ascom announces a partnership</h1><div>${line}</div><p>Text.</p>`);
    expect(metadataOf(under('October 12, 2017')).publishedTime).toBe('2017-10-12');
    // Not a date of a year the line does not write (Date.parse reads this one as 2012), nor a line of prose.
    expect(metadataOf(under('Janic Cathomen 01.12.2021')).publishedTime).toBeNull();
    expect(metadataOf(under('We met on October 12, 2017 in Baar.')).publishedTime).toBeNull();
  });

  it('reads a place or a name and a date under a headline, a month named in German', () => {
    // bundespraesident.de (trafilatura 0379): a speech's "Lübeck, 31. März 2003" under the h1 (a skip link's h1 first).
    const under = (line: string) =>
      page('', `<h1>Navigation und Service</h1><h1>Rede beim Konvent</h1><div>${line}</div><p>Text.</p>`);
    expect(metadataOf(under('Lübeck, 31. März 2003')).publishedTime).toBe('2003-03-31');
    expect(metadataOf(under('Janic Cathomen, 01.12.2021')).publishedTime).toBe('2021-12-01');
    expect(metadataOf(under('Wien, 5. Dezember 2021')).publishedTime).toBe('2021-12-05');
    // A sentence with a place and a date, or a month's name of no language read, is no date line.
    expect(metadataOf(under('Lübeck, im Rathaus am 31. März 2003')).publishedTime).toBeNull();
    expect(metadataOf(under('Lübeck, 31. Mäz 2003')).publishedTime).toBeNull();
  });

  it('reads a date written with a month named in French, Spanish, Italian, Portuguese, Dutch, Swedish, Polish, Czech', () => {
    const under = (line: string) => page('', `<h1>Un titre</h1><div>${line}</div><p>Text.</p>`);
    const dated = (line: string) => metadataOf(under(line)).publishedTime;
    expect(dated('7 avril 2021')).toBe('2021-04-07');
    // Spanish and Portuguese join them with "de"; or commas (100noticias.com.ni, trafilatura 0959).
    expect(dated('3 de mayo del 2020')).toBe('2020-05-03');
    expect(dated('7 de abril de 2021')).toBe('2021-04-07');
    expect(dated('26, Abril, 2022')).toBe('2022-04-26');
    expect(dated('12 settembre 2019')).toBe('2019-09-12');
    expect(dated('1 de março de 2018')).toBe('2018-03-01');
    expect(dated('5 maart 2020')).toBe('2020-03-05');
    expect(dated('5 augusti 2020')).toBe('2020-08-05');
    // Polish and Czech write the month's genitive; a label word before it goes (wsieciprawdy.pl, trafilatura 0499).
    expect(dated('opublikowano: 7 kwietnia 2021')).toBe('2021-04-07');
    expect(dated('7. dubna 2021')).toBe('2021-04-07');
    expect(dated('12 października 2020')).toBe('2020-10-12');
    // Not a word between them that joins no date, nor a sentence.
    expect(dated('7 ou abril de 2021')).toBeNull();
    expect(dated('Il 7 aprile 2021 abbiamo visitato Roma.')).toBeNull();
  });

  it('reads the first line in the box under the headline when it is a date, beside share buttons (trafilatura 0499)', () => {
    const box = (first: string) =>
      page('', `<h1>Tytuł</h1><div><div>${first}</div><ul><li><a href="/t">Tweetnij</a></li></ul></div><p>Text.</p>`);
    expect(metadataOf(box('opublikowano: 7 kwietnia 2021')).publishedTime).toBe('2021-04-07');
    expect(metadataOf(box('Jan Kowalski')).publishedTime).toBeNull();
  });

  it("reads a date after its label's words, not a last change's (zoll.de 0565, zyte 57b4dafd)", () => {
    const under = (line: string) => page('', `<h1>Verkündung des Gesetzes</h1><div>${line}</div><p>Text.</p>`);
    expect(metadataOf(under('<span>Datum:</span> <span>18.10.2021</span>')).publishedTime).toBe('2021-10-18');
    expect(metadataOf(under('Published on October 12, 2017')).publishedTime).toBe('2017-10-12');
    expect(metadataOf(under('Aktualisiert am 18.10.2021')).publishedTime).toBeNull();
    expect(metadataOf(under('Gesetz vom 18.10.2021')).publishedTime).toBeNull();
    // The line beside the byline's element, under their common box: "Von <span><a class=author-link>…</a></span>
    // <span>publiziert am 25. September 2018</span>" above the h1.
    const about = page(
      '',
      '<p><span>Von</span> <span><a class="author-link" href="/a">Moritz Bachmann</a></span> ' +
        '<span>publiziert am 25. September 2018</span></p><h1>Die elektronische Patientenakte</h1><p>Text.</p>',
    );
    expect(metadataOf(about).publishedTime).toBe('2018-09-25');
    // The label's own <span> and the date indented on a line of its own in a byline area (gay.ch, trafilatura 0639).
    const indented = page(
      '',
      '<div class="documentByLine"><span class="documentAuthor">erstellt von <a href="/a">Dominique</a> —</span>\n' +
        '  <span class="documentPublished">\n    <span>veröffentlicht</span>\n    28.01.2022 06:00\n  </span></div>' +
        '<h1>Eltern sollen queere Kinder unterstützen</h1><p>Text.</p>',
    );
    expect(metadataOf(indented).publishedTime).toBe('2022-01-28T06:00');
  });

  it('reads article:published_time', () => {
    const doc = page('<meta property="article:published_time" content="2023-10-12T09:14:00+00:00">');
    expect(metadataOf(doc).publishedTime).toBe('2023-10-12T09:14:00+00:00');
  });

  it('prefers JSON-LD datePublished', () => {
    const doc = page(
      `${jsonLd({ '@type': 'NewsArticle', datePublished: '2021-11-01T10:52:50+0100' })}<meta property="article:published_time" content="2020-01-01">`,
    );
    expect(metadataOf(doc).publishedTime).toBe('2021-11-01T10:52:50+01:00');
  });

  it('reads the <time datetime> in the <header> around a headline, not one marked as the last change', () => {
    const header = (time: string) =>
      page(
        '',
        '<header class="site"><a href="/">Site</a></header><time datetime="2019-01-01">x</time><article><header>' +
          `${time}<h1>Villach cleaners open in Vienna</h1></header><p>Text.</p></article>`,
      );
    const published = header('<time datetime="2023-11-05 14:09">Veröffentlicht am 5. November 2023, 14:09</time>');
    expect(metadataOf(published).publishedTime).toBe('2023-11-05T14:09');
    const updated = header('<time datetime="2016-09-14T07:07:00-04:00" itemprop="dateModified">Last updated</time>');
    expect(metadataOf(updated).publishedTime).toBeNull();
    // Outside a <header> a time is read only on the line right above the h1 (dates.ts fromLineBeforeHeadline) ...
    const lineAbove = page(
      '',
      '<article><time datetime="2024-06-25T08:00:00Z">June 25</time><h1>Headline</h1></article>',
    );
    expect(metadataOf(lineAbove).publishedTime).toBe('2024-06-25T08:00:00Z');
    // ... not farther up (and, before the h1, not as the only time after it either).
    const noHeader = page(
      '',
      '<article><time datetime="2024-06-25T08:00:00Z">June 25</time><p>Intro.</p><h1>Headline</h1></article>',
    );
    expect(metadataOf(noHeader).publishedTime).toBeNull();
  });

  it('reads a <time> marked as the publication date anywhere', () => {
    const doc = page(
      '',
      '<time class="updated" datetime="2020-02-02">x</time><time class="entry-date published" datetime="2020-01-01T10:00:00+00:00">y</time>',
    );
    expect(metadataOf(doc).publishedTime).toBe('2020-01-01T10:00:00+00:00');
  });

  it('reads the text of a <time> marked as the publication date that declares no datetime, one that does first', () => {
    const textOnly = '<time class="entry-date">April 13, 2020</time>';
    expect(metadataOf(page('', textOnly)).publishedTime).toBe('2020-04-13');
    expect(
      metadataOf(page('', `${textOnly}<time class="entry-date" datetime="2021-05-06">x</time>`)).publishedTime,
    ).toBe('2021-05-06');
    expect(metadataOf(page('', '<time class="entry-date">yesterday</time>')).publishedTime).toBeNull();
  });

  it('reads [itemprop=datePublished]', () => {
    const doc = page('', '<meta itemprop="datePublished" content="2015-03-10T08:05:41-07:00">');
    expect(metadataOf(doc).publishedTime).toBe('2015-03-10T08:05:41-07:00');
  });

  it('writes dates in ISO 8601 form, keeping the written wall-clock time', () => {
    expect(toIsoDate('2017-11-03 03:01:00.000000')).toBe('2017-11-03T03:01:00.000000');
    expect(toIsoDate('2024-06-25')).toBe('2024-06-25');
    expect(toIsoDate('Wed, 11 Mar 2015 15:46:00 GMT')).toBe('2015-03-11T15:46:00Z');
    expect(toIsoDate('Mon, 18 Nov 2019 16:07:38 -0600')).toBe('2019-11-18T16:07:38-06:00');
    expect(toIsoDate('March 11, 2015 3:46 PM EDT')).toBe('2015-03-11T15:46:00-04:00');
    expect(toIsoDate('2019-11-19T21:57:01+0000')).toBe('2019-11-19T21:57:01+00:00');
    expect(toIsoDate('March 11, 2015')).toBe('2015-03-11');
    expect(toIsoDate('November 20, 2019 12:32')).toBe('2019-11-20T12:32:00');
    expect(toIsoDate('sometime soon')).toBe('sometime soon');
  });

  it('reads a date declared as a Unix time in UTC (laestrella 0963: "<time datetime=1651035600>")', () => {
    expect(toIsoDate('1651035600')).toBe('2022-04-27T05:00:00Z');
    expect(toIsoDate('1651035600123')).toBe('2022-04-27T05:00:00.123Z');
    // Ten digits that are no plausible moment (a phone number, 1973) stay as written.
    expect(toIsoDate('0123456789')).toBe('0123456789');
    const doc = page(
      '',
      '<div class="author">Por <strong>Ana Reina</strong></div><div class="published-date"><time datetime="1651035600">' +
        'Creado 27/04/2022 00:00</time></div>',
    );
    expect(metadataOf(doc).publishedTime).toBe('2022-04-27T05:00:00Z');
  });

  it('reads a numeric date with dots or dashes day first, as those conventions write it (Date.parse reads month first)', () => {
    expect(toIsoDate('10.12.2022, 07:00:03')).toBe('2022-12-10T07:00:03');
    expect(toIsoDate('01-11-2023 10:29')).toBe('2023-11-01T10:29');
    expect(toIsoDate('13-11-2023')).toBe('2023-11-13');
    // Slashes stay month first; a two-digit year or a time that is no time is left alone.
    expect(toIsoDate('05/29/2007 09:49:00')).toBe('2007-05-29T09:49:00');
    expect(toIsoDate('31.10.2023, 10.19 Uhr')).toBe('31.10.2023, 10.19 Uhr');
    const doc = page(
      '',
      '<div class="byline">Redaktion <time datetime="01-11-2023 10:29">1. November 2023 10:29</time></div>',
    );
    expect(metadataOf(doc).publishedTime).toBe('2023-11-01T10:29');
  });
});

describe('lang and dir', () => {
  it('reads <html lang>, else the Content-Language meta', () => {
    expect(metadataOf(page('', '', 'lang="en-US"')).lang).toBe('en-US');
    expect(metadataOf(page('<meta http-equiv="Content-Language" content="fr">')).lang).toBe('fr');
    expect(metadataOf(page('', '', 'lang="pt_BR"')).lang).toBe('pt-BR');
    expect(metadataOf(page('')).lang).toBeNull();
  });

  it('takes the page\'s Content-Language or og:locale over a theme\'s default lang="en" when they name another language', () => {
    expect(metadataOf(page('<meta property="og:locale" content="fr_FR">', '', 'lang="en"')).lang).toBe('fr-FR');
    expect(metadataOf(page('<meta http-equiv="Content-Language" content="es">', '', 'lang="en-US"')).lang).toBe('es');
    expect(metadataOf(page('<meta property="og:locale" content="de_DE">')).lang).toBe('de-DE');
    // A page declared in another language keeps it; an English locale does not move an English page.
    expect(metadataOf(page('<meta property="og:locale" content="en_US">', '', 'lang="de"')).lang).toBe('de');
    expect(metadataOf(page('<meta property="og:locale" content="en_GB">', '', 'lang="en"')).lang).toBe('en');
  });

  it('reads dir from body, then html', () => {
    const doc = page('', '<main dir="rtl"><article><p>نص</p></article></main>', 'dir="ltr"');
    expect(metadataOf(doc).dir).toBe('ltr');
    expect(metadataOf(page('', '', 'dir="auto"')).dir).toBeNull();
    expect(metadataOf(page('', '')).dir).toBeNull();
  });
});

describe('excerpt', () => {
  it('a description without three letters in a row says nothing: none (readability/005-unescape-html-entities)', () => {
    const garbled = '<meta name="description" content="&amp;#xg; &amp;#x1F62D; &amp;#128557; &amp;#xFFFFFFFF;">';
    expect(metadataOf(page(garbled)).excerpt).toBeNull();
    expect(metadataOf(page('<meta name="description" content="… 😭 😭 …">')).excerpt).toBeNull();
    // The next declaration is read when the first says nothing; a word in any script is a word.
    const both =
      jsonLd({ '@type': 'NewsArticle', description: '* * *' }) + '<meta name="description" content="港口计划获批">';
    expect(metadataOf(page(both)).excerpt).toBe('港口计划获批');
  });

  it('reads og:description, else the meta description, else null', () => {
    expect(
      metadataOf(page('<meta name="description" content="Plain"><meta property="og:description" content="Open Graph">'))
        .excerpt,
    ).toBe('Open Graph');
    expect(metadataOf(page('<meta name="description" content="Plain  text">')).excerpt).toBe('Plain text');
    expect(metadataOf(page('')).excerpt).toBeNull();
  });
});

describe('robustness', () => {
  it('stays quiet on pathological JSON-LD (huge, deeply nested) and still finds the headline', () => {
    const huge = `[${'{"@type":"Thing"},'.repeat(200_000)}{"@type":"NewsArticle","headline":"Late headline"}]`;
    const deep = `${'['.repeat(50_000)}${']'.repeat(50_000)}`;
    const doc = page(
      `<meta property="og:title" content="Declared headline here">
       <script type="application/ld+json">${deep}</script>
       <script type="application/ld+json">${huge}</script>
       <script type="application/ld+json"><![CDATA[{"@context":"https://schema.org","@type":"NewsArticle","headline":"CDATA headline"}]]></script>`,
    );
    // A quadratic or recursive walk of these would hang or overflow the stack: the test's own timeout catches it.
    const metadata = metadataOf(doc);
    expect(metadata.title).toBe('CDATA headline');
  });

  it('copes with a document without head or body', () => {
    const doc = parseHTML('<html></html>').document as unknown as Document;
    expect(metadataOf(doc)).toEqual({
      title: '',
      byline: null,
      siteName: null,
      publishedTime: null,
      lang: null,
      dir: null,
      excerpt: null,
    });
  });
});

describe('one page scan (what the former selector queries found)', () => {
  it('reads <meta> and JSON-LD placed in <body>, a later meta replacing an earlier one', () => {
    const doc = page(
      '<meta property="og:site_name" content="Early Name">',
      `<meta property="og:site_name" content="Late Name">${jsonLd({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Body JSON-LD headline' })}`,
    );
    expect(metadataOf(doc)).toMatchObject({ title: 'Body JSON-LD headline', siteName: 'Late Name' });
  });

  it('reads a JSON-LD script whose type is written in capitals', () => {
    const doc = page(
      `<script type="Application/LD+JSON">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Capital type headline' })}</script>`,
    );
    expect(metadataOf(doc).title).toBe('Capital type headline');
  });

  it('takes the first [itemprop~=datePublished] and the first marked <time>, in document order', () => {
    const microdata = page(
      '',
      '<span itemprop="dateModified datePublished" content="2024-03-01">x</span><meta itemprop="datePublished" content="2023-01-01">',
    );
    expect(metadataOf(microdata).publishedTime).toBe('2024-03-01');
    const marked = page(
      '',
      '<time class="Published" datetime="2020-01-01">a</time><time class="x dt-published" datetime="2021-05-06">b</time><time pubdate datetime="2022-01-01">c</time>',
    );
    expect(metadataOf(marked).publishedTime).toBe('2021-05-06');
  });

  it('never takes <html> itself as the byline element, and reads an author link whatever the case of its rel', () => {
    const doc = page(
      '<title>A page</title>',
      '<div class="post-byline">By <a rel="Author" href="/u/1">Mina Lark</a> 3 min read</div>',
      'class="author-page"',
    );
    expect(metadataOf(doc).byline).toBe('Mina Lark');
  });
});

describe('purity', () => {
  it('leaves the document unchanged', () => {
    const doc = page(
      `<title>A - B</title>${jsonLd({ '@type': 'Article', headline: 'H' })}`,
      '<article><p class="byline">By X</p><h1>Head</h1></article>',
    );
    const before = doc.documentElement.outerHTML;
    metadataOf(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('page scan', () => {
  it('gathers, in one walk, the <a href> elements in document order as the a[href] query would', () => {
    const { document } = parseHTML(`<html><head><title>T</title></head><body>
      <nav><a href="/">Home</a><a>no href</a></nav>
      <article><p>Text <a href="/one-two-three">one</a></p><div><a href="">empty href</a></div></article>
      <footer><a href="/about">About</a></footer></body></html>`);
    const scan = scanPage(document);
    expect(scan.links).toEqual([...document.querySelectorAll('a[href]')]);
    expect(scan.links.map((link) => link.textContent)).toEqual(['Home', 'one', 'empty href', 'About']);
  });

  it('keeps exactly the elements the rules test for, of all those the selector engine offers, in document order', () => {
    const { document } = parseHTML(`<html class="author-page"><head><title id="t1">T</title>
      <meta name="a" content="1"><meta name="b"><meta property="article:author" content="2" class="byline-meta">
      <script type="Application/LD+JSON">{}</script><script type="text/ld+json-ish">{}</script>
      </head><body dir="rtl"><h2 id="h2a">Kicker</h2><h1 id="h1">Head</h1>
      <p class="Post-BYLINE" id="m1">By A</p><p class="authority">x</p><p class="authoring">x</p><p class="Lobby">x</p>
      <p class="authority author" id="m2">By B</p><span id="WrittenByLine">c</span>
      <span itemprop="author" id="m4">d</span><span itemprop="Author">e</span>
      <a rel="author" href="/u" id="m5">f</a><a rel="Author" href="/v">g</a><div class="dateline" id="m6">h</div>
      <time class="updated" datetime="2019">a</time><time class="entry-date">b</time>
      <time class="x entry-date" datetime="2021" id="t-pub">c</time><time pubdate datetime="2022">d</time>
      <div itemprop="datePublishedX"></div><div itemprop="x datePublished" id="dp"></div><div itemprop="datePublished"></div>
      <svg><title id="t2">icon</title></svg></body></html>`);
    const scan = scanPage(document);
    const ids = (elements: readonly Element[]) => elements.map((element) => element.id || element.localName);
    expect(ids(scan.metas)).toEqual(['meta', 'meta']);
    expect(scan.metas.map((meta) => meta.getAttribute('content'))).toEqual(['1', '2']);
    expect(scan.jsonLdScripts.map((script) => script.getAttribute('type'))).toEqual(['Application/LD+JSON']);
    expect(scan.firstTitle?.id).toBe('t1');
    expect(ids(scan.h1s)).toEqual(['h1']);
    expect(ids(scan.h1sAndH2s)).toEqual(['h2a', 'h1']);
    expect(scan.firstBodyWithDir).toBe(document.body);
    expect(scan.firstMarkedTime()?.id).toBe('t-pub');
    expect(scan.firstDatePublished()?.id).toBe('dp');
    // The <html> element is never a byline; "authority", "authoring", "Lobby" hold no byline word; rel is exact.
    expect(ids(scan.bylineMarked())).toEqual(['meta', 'm1', 'm2', 'WrittenByLine', 'm4', 'm5', 'm6']);
  });

  it("takes the first <title> anywhere: the head's, else one in the body (an icon's)", () => {
    const inHead = parseHTML(
      '<html><head><title id="t1">T</title></head><body><svg><title>icon</title></svg></body></html>',
    );
    expect(scanPage(inHead.document).firstTitle?.id).toBe('t1');
    const inBody = parseHTML('<html><head></head><body><h1>H</h1><svg><title id="t2">icon</title></svg></body></html>');
    expect(scanPage(inBody.document).firstTitle?.id).toBe('t2');
    expect(scanPage(parseHTML('<html><head></head><body><p>x</p></body></html>').document).firstTitle).toBeNull();
  });

  it('matches the local names of an XHTML document case-sensitively, as selectors do', () => {
    const xhtml = `<?xml version="1.0"?><html xmlns="http://www.w3.org/1999/xhtml"><head><title>T</title>
      <meta name="a" content="1"/><META name="b" content="2"/></head><body><H1>No</H1><h1>Yes</h1>
      <A href="/no">no</A><a href="/yes">yes</a><p class="ByLine">By A</p></body></html>`;
    const document = new DOMParser().parseFromString(
      xhtml,
      'application/xhtml+xml' as 'text/xml',
    ) as unknown as Document;
    const scan = scanPage(document);
    expect(scan.metas.map((meta) => meta.getAttribute('content'))).toEqual(['1']);
    expect(scan.h1s.map((h1) => h1.textContent)).toEqual(['Yes']);
    expect(scan.links.map((link) => link.textContent)).toEqual(['yes']);
    expect(scan.bylineMarked().map((element) => element.textContent)).toEqual(['By A']);
    expect(scan.firstTitle?.textContent).toBe('T');
  });
});
