/**
 * Related stories (src/core/detect/related.ts) on small hand-written pages: one test per candidate
 * kind (runs of sibling teasers, single promo lines and boxes, lists after the article, previous /
 * next links) and per feature of the score (label, place, navigation, site, headline share, prose,
 * sponsored). Documents are parsed with linkedom, as the CLI does; the article container is given
 * as the core would find it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/analyze';
import { findRelatedStories, type RelatedContext, type RelatedTrace } from '../../src/core/detect/related';
import { SENTENCES } from './fixtures/prose';

const PAGE_URL = 'https://news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/';
const PROSE =
  'Russian President Vladimir Putin travelled to Kyrgyzstan on his first trip abroad since the international warrant, a visit closely watched in the West and in Moscow.';

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

/** The article container: the element marked class="story" (as the article rule would find it). */
const rootsOf = (doc: Document): Element[] => [...doc.querySelectorAll('.story')];

function relatedOf(doc: Document, context: Partial<RelatedContext> = {}) {
  return findRelatedStories(doc, { baseUrl: PAGE_URL, pageUrl: PAGE_URL, articleRoots: rootsOf(doc), ...context });
}
const urlsOf = (doc: Document, context: Partial<RelatedContext> = {}) =>
  relatedOf(doc, context).map((story) => story.url);
const url = (path: string) => `https://news.example.org${path}`;

/** An article of two paragraphs. */
const ARTICLE = `<article><h1>Putin visits Kyrgyzstan</h1><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div></article>`;
/** One labelled related block, so that a test of exclusions cannot pass by listing nothing at all. */
const KEPT = `<section><h3>Related</h3><ul><li><a href="/world/kept-related-story-for-tests/">Kept related story for tests</a></li>
  <li><a href="/world/second-kept-related-story/">Second kept related story</a></li></ul></section>`;
const KEPT_URLS = [url('/world/kept-related-story-for-tests/'), url('/world/second-kept-related-story/')];

describe('candidates: runs of sibling items', () => {
  it('lists the teasers of a labelled block after the article, with their headlines, in order', () => {
    const doc = page(`${ARTICLE}
      <section><h3>You may also like</h3><div class="grid">
        <div class="item"><a href="/world/china-hosts-belt-and-road-forum/"><img src="a.jpg" alt="bri_300.1"></a><h4><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></h4><span class="date">October 17, 2023</span></div>
        <div class="item"><a href="/asia/kyrgyz-bank-tightens-compliance/"><img src="b.jpg" alt=""></a><h4><a href="/asia/kyrgyz-bank-tightens-compliance/">Kyrgyz Bank Tightens Compliance</a></h4></div>
      </div></section>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'China Hosts Belt and Road Forum', url: url('/world/china-hosts-belt-and-road-forum/') },
      { title: 'Kyrgyz Bank Tightens Compliance', url: url('/asia/kyrgyz-bank-tightens-compliance/') },
    ]);
  });

  it("does not list a teaser's kicker that links to its section, a parent of a story's URL (trafilatura 0969 elnuevoherald)", () => {
    const doc = page(`${ARTICLE}<section class="related-stories"><h5>Related articles</h5>
      <article class="package"><h6><a class="kicker" href="/world/central-asia-news/">Central Asia News</a></h6>
        <h3><a href="/world/central-asia-news/kyrgyz-president-meets-putin-in-bishkek.html">Kyrgyz president meets Putin in Bishkek</a></h3></article>
      <article class="package"><h6><a class="kicker" href="/world/news-from-eastern-europe">News from Eastern Europe</a></h6>
        <h3><a href="/world/news-from-eastern-europe/warrant-debate-divides-eu-capitals.html">Warrant debate divides EU capitals</a></h3></article>
      </section>`);
    expect(urlsOf(doc)).toEqual([
      url('/world/central-asia-news/kyrgyz-president-meets-putin-in-bishkek.html'),
      url('/world/news-from-eastern-europe/warrant-debate-divides-eu-capitals.html'),
    ]);
  });

  it("judges a copy served from this machine's links as on its canonical's site (trafilatura 0969 served locally)", () => {
    // The kickers are relative, the headlines absolute: at 127.0.0.1 a kicker would be no parent of a headline.
    const html = `<!DOCTYPE html><html><head><title>Putin visits Kyrgyzstan</title><link rel="canonical" href="${PAGE_URL}">
      </head><body><article><h1>Putin visits Kyrgyzstan</h1><div class="story">${SENTENCES.map((s) => `<p>${s} ${PROSE}</p>`).join('')}
      </div></article><section class="related-stories"><h5>Related articles</h5>
      <article class="package"><h6><a class="kicker" href="/world/central-asia-news/">Central Asia News</a></h6>
        <h3><a href="${url('/world/central-asia-news/kyrgyz-president-meets-putin.html')}">Kyrgyz president meets Putin</a></h3></article>
      <article class="package"><h6><a class="kicker" href="/world/news-from-eastern-europe">News from Eastern Europe</a></h6>
        <h3><a href="/world/news-from-eastern-europe/warrant-debate-divides-eu.html">Warrant debate divides EU</a></h3></article>
      </section></body></html>`;
    const doc = parseHTML(html).document as unknown as Document;
    const { result } = analyzeDocument(doc, { url: 'http://127.0.0.1:8080/putin-visits-kyrgyzstan.html' });
    expect(result.url).toBe('http://127.0.0.1:8080/putin-visits-kyrgyzstan.html');
    // Judged on the canonical's site, resolved as the page has them: a relative link against the address given.
    expect(result.related.map((story) => story.url)).toEqual([
      url('/world/central-asia-news/kyrgyz-president-meets-putin.html'),
      'http://127.0.0.1:8080/world/news-from-eastern-europe/warrant-debate-divides-eu.html',
    ]);
  });

  it('keeps teasers whose headline link is followed by a long excerpt', () => {
    const excerpt = `<p>${PROSE} ${PROSE}</p>`;
    const doc = page(`${ARTICLE}<section><h3>Related articles</h3>
      <article class="teaser"><h4><a href="/2023/10/armenia-drifts-from-moscow">Armenia drifts from Moscow</a></h4>${excerpt}</article>
      <article class="teaser"><h4><a href="/2023/10/china-hosts-belt-forum">China hosts the Belt forum</a></h4>${excerpt}</article></section>`);
    expect(urlsOf(doc)).toEqual([url('/2023/10/armenia-drifts-from-moscow'), url('/2023/10/china-hosts-belt-forum')]);
  });

  it('reads the label in many languages, and from an image alt when the heading is a picture', () => {
    const block = (label: string, slug: string) => `<div>${label}<ul>
      <li><a href="/${slug}/erste-geschichte-zum-thema">Erste Geschichte zum Thema ${slug}</a></li>
      <li><a href="/${slug}/zweite-geschichte-zum-thema">Zweite Geschichte zum Thema ${slug}</a></li></ul></div>`;
    const doc =
      page(`${ARTICLE}${block('<h2>Mehr zum Thema</h2>', 'de')}${block('<h2>À lire aussi</h2>', 'fr')}${block('<h2>Te puede interesar</h2>', 'es')}
      ${block('<h2>Читайте также</h2>', 'ru')}${block('<div class="head"><img src="t.png" alt="Related stories"></div>', 'en')}`);
    expect(urlsOf(doc)).toHaveLength(10);
  });

  it("does not list a blog archive's posts of a month, labelled by their count (trafilatura 0202, links-in-tables)", () => {
    const posts = ['harbour-plan-approved-by-council', 'ferry-strike-ends-after-talks', 'new-quay-opens-at-dawn'];
    const archive = `<div class="widget"><h2>Blog Archive</h2><ul><li><a href="/2023/">2023</a> <span>(120)</span><ul>
      <li><a href="/2023/10/">October</a> <span>(32)</span><ul class="posts">${posts
        .map((slug) => `<li><a href="/2023/10/${slug}.html">${slug.replaceAll('-', ' ')}</a></li>`)
        .join('')}</ul></li></ul></li></ul></div>`;
    expect(urlsOf(page(`${ARTICLE}${KEPT}${archive}`))).toEqual(KEPT_URLS);
  });

  it('does not list the topics under a German "Themen" label, as not under "Topics" (trafilatura 0002, bmjv)', () => {
    const topics = (label: string) => `<div class="tabs"><h3>${label}</h3><ul>
      <li><a href="/DE/Themen/FamilieUndPartnerschaft/FamilieUndPartnerschaft_node.html">Familie und Partnerschaft</a></li>
      <li><a href="/DE/Themen/VorsorgeUndPatientenrechte/VorsorgeUndPatientenrechte_node.html">Vorsorge und Patientenrechte</a></li>
      <li><a href="/DE/Themen/FinanzenUndAnlegerschutz/FinanzenUndAnlegerschutz_node.html">Finanzen und Anlegerschutz</a></li></ul></div>`;
    expect(urlsOf(page(`${ARTICLE}${topics('Themen')}${KEPT}`))).toEqual(KEPT_URLS);
    expect(urlsOf(page(`${ARTICLE}${topics('Topics')}${KEPT}`))).toEqual(KEPT_URLS);
  });

  it('does not list events to come under "Termine", "Upcoming events", "Agenda" (trafilatura 0895): no stories', () => {
    const events = (label: string) => `<aside><div class="box-head">${label}</div><ul>
      <li><a href="/termine/43776/tastschreiben-am-pc-fuer-anfaenger"><div>Fulda</div><div>Tastschreiben am PC für Anfänger</div></a></li>
      <li><a href="/termine/43799/schnupperkurs-des-sportvereins"><div>Fulda</div><div>Kostenloser Schnupperkurs des Sportvereins</div></a></li>
      <li><a href="/termine/43106/infoabend-hochsensibel"><div>Fulda</div><div>Hochsensibel? Infoabend mit Verena Anders</div></a></li></ul></aside>`;
    for (const label of ['Termine', 'Veranstaltungen', 'Upcoming events', 'Agenda'])
      expect(urlsOf(page(`${ARTICLE}${events(label)}${KEPT}`))).toEqual(KEPT_URLS);
  });

  it('does not list an unlabelled list of links before the article (the page header), but a labelled one', () => {
    const list = (
      label: string,
      slug: string,
    ) => `<div>${label}<ul><li><a href="/world/${slug}-one-story-here">One story ${slug}</a></li>
      <li><a href="/world/${slug}-two-story-here">Two story ${slug}</a></li></ul></div>`;
    const doc = page(`${list('', 'top')}${list('<h3>Read next</h3>', 'next')}${ARTICLE}`);
    expect(urlsOf(doc)).toEqual([url('/world/next-one-story-here'), url('/world/next-two-story-here')]);
  });

  it('ends a run at a paragraph of prose: the links after it are another run, without the label', () => {
    const doc = page(`<article><div class="story"><p>${PROSE}</p></div></article><div>
      <p>You may also like</p>
      <p><a href="/2019/10/who-will-make-the-rock-hall">Who will make the Rock Hall?</a></p>
      <p><a href="/2019/11/band-takes-over-fan-vote">Band takes over fan vote</a></p>
      <p>${PROSE} <a href="/2019/09/band-plays-all-night-long">Read the review</a></p>
      <p><a href="/2019/07/band-performs-with-santana">Band performs with Santana</a></p>
      <p><a href="/2019/07/band-tours-asia-next-year">Band tours Asia next year</a></p></div>`);
    const traces: RelatedTrace[] = [];
    const urls = urlsOf(doc, { trace: (entry) => traces.push(entry) });
    expect(urls.slice(0, 2)).toEqual([
      url('/2019/10/who-will-make-the-rock-hall'),
      url('/2019/11/band-takes-over-fan-vote'),
    ]);
    expect(urls).not.toContain(url('/2019/09/band-plays-all-night-long'));
    const why = (part: string) => traces.find((entry) => entry.url.includes(part))!.why;
    expect(why('rock-hall')).toMatch(/^list of 2: label "You may also like"/);
    expect(why('santana')).toMatch(/^list of 2: (?!label)/);
  });

  it('steps over a "See all" link between the label and the list, and never lists the see-all link', () => {
    const doc =
      page(`${ARTICLE}<section><h2>Similar articles</h2><a href="/world/more-stories-like-this-one/">See all</a><ul>
      <li><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></li></ul></section>`);
    expect(urlsOf(doc)).toEqual([url('/world/china-hosts-belt-and-road-forum/')]);
  });

  it('reads a label from aria-label and aria-labelledby (the first element with the id counting)', () => {
    const doc =
      page(`${ARTICLE}<nav aria-label="More stories"><ul><li><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></li></ul></nav>
      <p id="l1">Contact the newsroom</p><section aria-labelledby="l1"><ul><li><a href="/world/armenia-drifts-away-from-moscow/">Armenia drifts away from Moscow</a></li></ul></section>
      <span id="l2">Read next</span><section aria-labelledby="l2"><div><a href="/world/oil-prices-climb-on-fears/">Oil prices climb on supply fears</a></div></section>
      <footer><span id="l1">Related stories</span></footer>`);
    expect(urlsOf(doc)).toEqual([
      url('/world/china-hosts-belt-and-road-forum/'),
      url('/world/oil-prices-climb-on-fears/'),
    ]);
  });

  it('reads a block by its class words alone', () => {
    const doc =
      page(`${ARTICLE}<div class="related-posts"><ul><li><a href="/2023/10/armenia-drifts-from-moscow">Armenia drifts from Moscow</a></li>
      <li><a href="/2023/10/china-hosts-belt-forum">China hosts the Belt forum</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual([url('/2023/10/armenia-drifts-from-moscow'), url('/2023/10/china-hosts-belt-forum')]);
  });
});

describe('candidates: a list is judged as a whole', () => {
  /**
   * A labelled list after the article that loses as a list: one-word link texts, half of its stories on another site.
   * Its first item, read alone, would pass (the label reaches it): the list decides for all its items.
   */
  const losingList = (extra = '') => `${ARTICLE}<div><h3>Related</h3><ul>
      <li><a href="/world/tashkent-hosts-regional-trade-fair/">Tashkent</a></li>
      <li><a href="https://other-news.net/world/bishkek-opens-new-rail-terminal/">Bishkek</a></li>
      <li><a href="https://other-news.net/world/osh-market-reopens-after-fire/">Osh</a></li>${extra}</ul></div>`;

  it('does not hand the first item of a list that loses as a list to a single link (box, not link)', () => {
    const traces: RelatedTrace[] = [];
    expect(urlsOf(page(losingList()), { trace: (entry) => traces.push(entry) })).toEqual([]);
    expect(traces.find((entry) => entry.url.includes('tashkent'))!.why).toMatch(/^list of 3: label "Related"/);
  });

  it('still reads a link of that list alone when the link says itself what it is ("Related: …")', () => {
    const almaty =
      '<li>Related: <a href="/world/almaty-mayor-resigns-after-floods/">Almaty mayor resigns after floods</a></li>';
    const traces: RelatedTrace[] = [];
    expect(urlsOf(page(losingList(almaty)), { trace: (entry) => traces.push(entry) })).toEqual([
      url('/world/almaty-mayor-resigns-after-floods/'),
    ]);
    expect(traces.find((entry) => entry.url.includes('tashkent'))!.why).toMatch(/^list of 4/);
    expect(traces.find((entry) => entry.url.includes('almaty'))!.why).toMatch(/^single link: promo prefix "related"/);
  });

  it('reads the links of a losing list inside the article alone: one-link lines between paragraphs', () => {
    const doc = page(`<article><div class="story"><p>${PROSE}</p><div><p>${PROSE}</p>
      <p><a href="/world/tashkent-hosts-regional-trade-fair/">Tashkent hosts a regional trade fair</a></p>
      <p><a href="/world/bishkek-opens-new-rail-terminal/">Bishkek opens a new rail terminal</a></p>
      <p>${PROSE}</p></div></div></article>`);
    expect(urlsOf(doc)).toEqual([
      url('/world/tashkent-hosts-regional-trade-fair/'),
      url('/world/bishkek-opens-new-rail-terminal/'),
    ]);
  });
});

describe('candidates: single links inside the article', () => {
  it('lists "READ MORE:" and "[Related: …]" lines and a bare one-link line between paragraphs, not the running text', () => {
    const doc = page(`<article><div class="story">
      <p>Officials said on Tuesday that the <a href="/world/sanctions-package-explained-in-detail/">sanctions package</a> would take effect next month, after a long debate among the member states.</p>
      <p><strong>READ MORE:</strong> <a href="/europe/eu-agrees-new-sanctions-package/">EU agrees new sanctions package</a></p>
      <p>${PROSE}</p>
      <p>[Related: <a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a>]</p>
      <p>${PROSE}</p>
      <p><a href="/world/kazakhstan-hosts-central-asia-summit/">Kazakhstan hosts the Central Asia summit</a></p>
      <p>${PROSE}</p></div></article>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'EU agrees new sanctions package', url: url('/europe/eu-agrees-new-sanctions-package/') },
      { title: 'Oil prices climb on supply fears', url: url('/business/oil-prices-climb-on-supply-fears/') },
      { title: 'Kazakhstan hosts the Central Asia summit', url: url('/world/kazakhstan-hosts-central-asia-summit/') },
    ]);
  });

  it("a bare one-link line to a page the site's menu links to is no story (trafilatura 0072 psl.eu)", () => {
    const body = (menu: string) => `<header><nav><ul>${menu}<li><a href="/about/">About us</a></li></ul></nav></header>
      <article><div class="story"><p>${PROSE}</p>
      <p><a href="/university/international-rankings-of-the-university/">The university in the international rankings</a></p>
      <p>${PROSE}</p></div></article>`;
    const ranking = url('/university/international-rankings-of-the-university/');
    expect(urlsOf(page(body('')))).toEqual([ranking]);
    const menu = '<li><a href="/university/international-rankings-of-the-university/">Rankings</a></li>';
    expect(urlsOf(page(body(menu)))).toEqual([]);
  });

  it('strips a promo prefix that is part of the link text', () => {
    const doc = page(
      `<article><div class="story"><p>${PROSE}</p><p class="interstitial"><i><a href="/blogs/2015/03/18/why-tunisia-suffers-from-violence/">[Read: Why Tunisia suffers from violence]</a></i></p><p>${PROSE}</p></div></article>`,
    );
    expect(relatedOf(doc)).toEqual([
      { title: 'Why Tunisia suffers from violence', url: url('/blogs/2015/03/18/why-tunisia-suffers-from-violence/') },
    ]);
  });

  it('lists a small picture box between paragraphs, not one for another site', () => {
    const doc = page(`<article><div class="story"><p>${PROSE}</p>
      <div class="inline"><a href="/world/foreign-fighters-flow-to-syria/graphic.html"><img src="map.jpg"></a>
        <a href="/world/foreign-fighters-flow-to-syria/graphic.html">Map: Flow of foreign fighters to Syria</a></div>
      <p>${PROSE}</p>
      <div class="inline"><a href="https://shop.othersite.com/magazines/all-about-space-subscription/"><img src="mag.jpg"> Subscribe to All About Space magazine</a></div>
      <p>${PROSE}</p></div></article>`);
    expect(urlsOf(doc)).toEqual([url('/world/foreign-fighters-flow-to-syria/graphic.html')]);
  });

  it('leaves out links in the middle of a paragraph, even two in one paragraph', () => {
    const doc =
      page(`<article><div class="story"><p>According to the ministry, <a href="/world/kyrgyz-central-bank-tightens-compliance/">the central bank tightened compliance</a>
      after the United States imposed sanctions, and <a href="/world/four-kyrgyz-companies-sanctioned-by-us/">four companies were named</a> in July, a step noted in Moscow.</p></div></article>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  /** A paragraph of running text with two links in it (as a live blog has thousands of). */
  const twoInText = `<article><div class="story"><p>${PROSE}</p>
    <p>Officials said on Tuesday that the <a href="/world/sanctions-package-explained-in-detail/">sanctions package</a>
    would take effect next month, after a long debate among the member states, and that
    <a href="/world/the-vote-in-brussels/">the vote</a> came late.</p><p>${PROSE}</p></div></article>`;
  const traceOf = (doc: Document, part: string) => {
    const traces: RelatedTrace[] = [];
    urlsOf(doc, { trace: (entry) => traces.push(entry) });
    return traces.find((entry) => entry.url.includes(part))!;
  };

  it('decides a run of links inside text by what its items say, before reading its label', () => {
    const trace = traceOf(page(twoInText), 'the-vote');
    expect(trace.listed).toBe(false);
    // The bound takes the best label ("a related label") with the items as they are: no headline, text between them.
    expect(trace.why).toMatch(/^list of 2: a related label .*of items led by a headline link.*of the text between/);
    expect(trace.why).toMatch(/\(no label could lift it\)$/);
  });

  it('still reads such a run in full when <link rel="next"> in the head names one of its links', () => {
    const doc = page(twoInText, '<link rel="next" href="/world/the-vote-in-brussels/">');
    const trace = traceOf(doc, 'the-vote');
    expect(trace.why).toMatch(/^list of 2: .*<link rel="next"> in the head/);
    expect(trace.why).not.toContain('could lift it');
  });
});

describe('candidates: previous / next', () => {
  it('lists rel=prev / rel=next post navigation in a <nav>, without the "Previous" / "Next" words', () => {
    const doc = page(`${ARTICLE}<nav class="navigation" aria-label="Posts"><div class="links">
        <a href="/world/escalation-in-nagorno-karabakh/" rel="prev"><span class="meta-nav">Previous</span> <span>Escalation in Nagorno-Karabakh</span></a>
        <a href="/world/china-hosts-belt-and-road-forum/" rel="next">Next Post: China Hosts Belt and Road Forum</a></div></nav>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'Escalation in Nagorno-Karabakh', url: url('/world/escalation-in-nagorno-karabakh/') },
      { title: 'China Hosts Belt and Road Forum', url: url('/world/china-hosts-belt-and-road-forum/') },
    ]);
  });

  it('lists newer / older links that only say so, titled from the URL or the title attribute', () => {
    const doc =
      page(`${ARTICLE}<div class="blog-pager"><span><a class="blog-pager-newer-link" href="/2019/11/tuesday-market-wrap.html" title="Newer Post">Newer Post</a></span></div>
      <div class="pager"><a href="/world/escalation-in-nagorno-karabakh/" rel="prev" title="Previous: Escalation in Nagorno-Karabakh">«</a></div>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'Tuesday market wrap', url: url('/2019/11/tuesday-market-wrap.html') },
      { title: 'Escalation in Nagorno-Karabakh', url: url('/world/escalation-in-nagorno-karabakh/') },
    ]);
  });

  it("never lists another page of the same thread, numbered at the path's end (trafilatura 0394)", () => {
    const thread = 'https://forum.example.org/phones/122760-update-delivery-starts-34.html';
    const doc = page(`${ARTICLE}${KEPT}<div class="pager">
      <a rel="prev" href="/phones/122760-update-delivery-starts-33.html" title="Previous page - results 641 to 660 of 795">«</a>
      <a rel="next" href="/phones/122760-update-delivery-starts-35.html" title="Next page - results 681 to 700 of 795">»</a></div>`);
    const kept = KEPT_URLS.map((kept) => kept.replace('news.', 'forum.'));
    expect(urlsOf(doc, { baseUrl: thread, pageUrl: thread })).toEqual(kept);
  });

  it('takes <link rel="prev|next"> in the head as confirming a body link, never as a story on its own', () => {
    const head =
      '<link rel="prev" href="/world/older-post-about-the-visit/"><link rel="next" href="/world/newer-post-only-in-the-head/">';
    const doc = page(
      `<article><div class="story"><p>${PROSE}</p><p>${PROSE}</p>
      <p><a href="/world/older-post-about-the-visit/">Older post about the visit</a></p></div></article>`,
      head,
    );
    const traces: RelatedTrace[] = [];
    expect(urlsOf(doc, { trace: (entry) => traces.push(entry) })).toEqual([url('/world/older-post-about-the-visit/')]);
    expect(traces.find((entry) => entry.url.includes('older-post'))!.why).toContain('<link rel="prev"> in the head');
  });

  it('does not take "Next" at the start of a headline for a next link', () => {
    const doc = page(
      `${ARTICLE}<footer><p><a href="/section/next-big-thing-in-science/">Next Big Thing in science</a></p></footer>`,
    );
    expect(urlsOf(doc)).toEqual([]);
  });
});

describe('features that keep links out', () => {
  it('site navigation, breadcrumbs, footers and lists the menu repeats', () => {
    const doc =
      page(`<header><nav class="main-navigation"><ul><li><a href="/world/europe-news-and-analysis-today/">Europe news and analysis today</a></li>
      <li><a href="/world/asia-news-and-analysis-today/">Asia news and analysis today</a></li></ul></nav></header>
      <div class="breadcrumbs"><a href="/world/">World</a> » <a href="/world/putin-in-asia-special-coverage/">Putin in Asia special coverage</a></div>
      ${ARTICLE}${KEPT}
      <div><ul><li><a href="/world/europe-news-and-analysis-today/">Europe news and analysis today</a></li>
      <li><a href="/world/asia-news-and-analysis-today/">Asia news and analysis today</a></li></ul></div>
      <footer class="site-footer"><ul><li><a href="/about/our-editorial-standards-and-ethics/">Our editorial standards and ethics</a></li></ul></footer>`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('a menu of names of which a few look like headlines: a sitemap, no related list (trafilatura 0676)', () => {
    const names = 'Adler Mannheim,Kölner Haie,Eisbären Berlin,ERC Ingolstadt,Krefeld Pinguine'.split(',');
    const more = 'Grizzlys Wolfsburg,Iserlohn Roosters,Straubing Tigers,Augsburger Panther,Düsseldorfer EG'.split(',');
    const teams = ['Nuremberg Ice Tigers', 'Schwenningen Wild Wings'];
    const slug = (name: string) => name.toLowerCase().replaceAll(' ', '-');
    // Each item's link text: the name, or a teaser's headline about it (the same address).
    const list = (text: (name: string) => string) =>
      `<div class="menuBottom"><ul>${[...names, ...teams, ...more]
        .map((name) => `<li><a href="/league/${slug(name)}">${teams.includes(name) ? name : text(name)}</a></li>`)
        .join('')}</ul></div>`;
    expect(urlsOf(page(`${ARTICLE}${KEPT}${list((name) => name)}`))).toEqual(KEPT_URLS);
    // A list whose other items read as headlines is a list of teasers: its article links stay.
    const teasers = urlsOf(page(`${ARTICLE}${KEPT}${list((name) => `${name} win again at home`)}`));
    expect(teasers).toEqual([...KEPT_URLS, ...teams.map((name) => url(`/league/${slug(name)}`))]);
  });

  it('job boards and classified ads after the article: vacancies, not stories', () => {
    // Vacancy links look like stories (a slug and a number, no "jobs" in the path); only the box says what they are.
    const vacancy = (company: string, slug: string, id: number, title: string) =>
      `<a href="/vacatures/${company}/${slug}/${id}" class="job-item"><div class="job-title">${title}</div><div>${company}</div></a>`;
    const doc = page(`${ARTICLE}${KEPT}<div class="jobs"><div class="job-list">
      ${vacancy('city-media', 'data-desk-editor', 161024, 'Data desk editor (m/f/d)')}
      ${vacancy('news-group', 'senior-frontend-developer', 161031, 'Senior frontend developer')}
      ${vacancy('news-group', 'night-editor', 161042, 'Night editor, sports desk')}</div></div>`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('a list of feeds under "RSS Feeds": subscriptions, not stories', () => {
    const doc = page(`${ARTICLE}${KEPT}<div class="box"><h3>RSS Feeds</h3><ul>
      <li><a href="/feeds/all-the-news-as-a-feed.php">All articles of the site as a feed</a></li>
      <li><a href="/feeds/top-ten-of-the-week.php">Top ten articles of the week as a feed</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('a "load more" button at the end of a related list, in Spanish too, with or without its accent', () => {
    for (const words of ['Cargar más noticias', 'Cargar mas noticias', 'Load more stories']) {
      const doc = page(`${ARTICLE}<section><h3>Related</h3><ul>
        <li><a href="/world/kept-related-story-for-tests/">Kept related story for tests</a></li>
        <li><a href="/world/second-kept-related-story/">Second kept related story</a></li>
        <li><a href="/world/noticias-relacionadas/3-mas-noticias-relacionadas">${words}</a></li></ul></section>`);
      expect(urlsOf(doc), words).toEqual(KEPT_URLS);
    }
  });

  it('site-wide "Latest" / "Most read" lists', () => {
    const doc =
      page(`${ARTICLE}<section class="widget"><h2>Latest News</h2><ul><li><a href="/europe/eu-agrees-new-sanctions-package/">EU agrees new sanctions package</a></li>
      <li><a href="/europe/eu-leaders-meet-in-brussels/">EU leaders meet in Brussels</a></li></ul></section>
      <div class="most-read"><ol><li><a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a></li>
      <li><a href="/business/stocks-fall-on-rate-fears/">Stocks fall on rate fears</a></li></ol></div>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('site-wide "Meistdiskutiert" / "Most discussed" lists, told by their label alone (trafilatura/0374-tagesspiegel.de)', () => {
    const doc = page(`${ARTICLE}<aside><h5>Meistdiskutiert</h5><ul>
      <li><a href="/wissen/lazarett-auf-schienen-als-eu-projekt/25560996.html"><span>Coronavirus</span><span>Lazarett auf Schienen als EU-Projekt</span></a></li>
      <li><a href="/berlin/rassismus-in-prenzlauer-berg/25979594.html"><span>Berlin</span><span>Rassismus in Prenzlauer Berg</span></a></li>
      <li><a href="/politik/absage-an-studie-ueber-racial-profiling/25981942.html"><span>Politik</span><span>Absage an Studie über Racial Profiling</span></a></li></ul></aside>
      <aside><h5>Most discussed</h5><ul>
      <li><a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a></li>
      <li><a href="/business/stocks-fall-on-rate-fears/">Stocks fall on rate fears</a></li></ul></aside>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('sponsored and recommendation-vendor widgets, even when they say "You may also like"', () => {
    const doc = page(`${ARTICLE}
      <div class="OUTBRAIN"><h3>You may also like</h3><ul><li><a href="/2023/10/this-one-trick-doctors-hate">This one trick doctors hate</a></li>
        <li><a href="/2023/10/another-trick-doctors-hate">Another trick doctors hate</a></li></ul></div>
      <div><h3>Recommended by Taboola</h3><ul><li><a href="/2023/10/buy-the-best-mattress-of-the-year">Best mattress of the year</a></li>
        <li><a href="/2023/10/buy-the-best-pillow-of-the-year">Best pillow of the year</a></li></ul></div>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('a labelled list whose stories are on another site', () => {
    const doc = page(`${ARTICLE}<section><h3>More from our partners</h3><ul>
      <li><a href="https://partner.othersite.com/2023/10/partner-story-number-one">Partner story number one</a></li>
      <li><a href="https://partner.othersite.com/2023/10/partner-story-number-two">Partner story number two</a></li></ul></section>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });

  it('keeps stories on another host of the same site (bbc.com and bbc.co.uk, www. and m.)', () => {
    const doc = page(`${ARTICLE}<section><h3>Related</h3><ul>
      <li><a href="https://m.news.example.org/2023/10/mobile-host-story-here">Mobile host story here</a></li>
      <li><a href="https://news.example.co.uk/2023/10/sister-site-story-here">Sister site story here</a></li></ul></section>`);
    expect(urlsOf(doc)).toEqual([
      'https://m.news.example.org/2023/10/mobile-host-story-here',
      'https://news.example.co.uk/2023/10/sister-site-story-here',
    ]);
  });

  it('tag, category and author pages, share, comment and count links, even inside a related block', () => {
    const doc = page(`${ARTICLE}<div class="related-stories"><h3>Related</h3>
      <div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fworld%2Fputin">Share on Facebook</a></div>
      <ul><li><a href="/tag/russia-and-central-asia/">Russia and Central Asia</a></li>
      <li><a href="/author/jane-doe-reporter/">Jane Doe</a></li>
      <li><a href="/world/kazakhstan-hosts-central-asia-summit/">Kazakhstan hosts Central Asia summit</a> <a href="/forum/kazakhstan-hosts-central-asia-summit-thread/">12 comments</a></li>
      <li><a href="/world/armenia-drifts-from-moscow-after-defeat/">Armenia drifts from Moscow after defeat</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual([
      url('/world/kazakhstan-hosts-central-asia-summit/'),
      url('/world/armenia-drifts-from-moscow-after-defeat/'),
    ]);
  });

  it('hidden blocks and teasers, <noscript> and <template>, javascript: and anchor links, the page itself', () => {
    const doc = page(`${ARTICLE}
      <div class="related" hidden><h3>Related</h3><a href="/world/hidden-by-attribute-story-here/">Hidden by attribute story</a></div>
      <div class="related"><h3>Related</h3><ul><li style="display: none"><a href="/world/hidden-by-style-story-here/">Hidden by style story</a></li>
      <li><noscript><a href="/world/noscript-fallback-story-link/">Noscript fallback story</a></noscript></li>
      <li><a href="javascript:void(openStory('armenia-drifts-from-moscow'))">Armenia drifts from Moscow</a></li>
      <li><a href="#kazakhstan-hosts-central-asia-summit">Kazakhstan hosts summit</a></li>
      <li><a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/?utm_source=related">Putin visits Kyrgyzstan again</a></li>
      <li><a href="/world/visible-related-story-here/">Visible related story</a></li>
      <li><a href="/world/another-visible-story-here/">Another visible story</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual([url('/world/visible-related-story-here/'), url('/world/another-visible-story-here/')]);
  });
});

describe('one story, its title and why', () => {
  it('lists a story once when several links point at it, keeping the best headline', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>More on this story</h3><ul>
      <li><a href="/world/china-hosts-belt-forum/?utm_source=rel"><img src="x.jpg" alt="forum_300.1"></a>
        <a href="/world/china-hosts-belt-forum/"><h6>World</h6></a>
        <a href="https://www.news.example.org/world/china-hosts-belt-forum/">China Hosts Belt and Road Forum in Beijing</a></li></ul></div>`);
    expect(relatedOf(doc)).toEqual([
      {
        title: 'China Hosts Belt and Road Forum in Beijing',
        url: url('/world/china-hosts-belt-forum/?utm_source=rel'),
      },
    ]);
  });

  it("titles a story by its whole line when the link only ends the headline's sentence", () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>More great stories</h3><ul>
      <li>Harbour workers must unionize, <a href="/2023/10/harbour-union">no matter what the port says</a></li>
      <li>Could a ship lost at sea <a href="/2023/10/ship-lost-at-sea-currents">use the currents to get home</a>?</li>
      <li>Paid ads are not the problem. <a href="/2023/10/paid-ads">Our perceptions are</a></li>
      <li>The vote was close. <a href="/2023/10/harbour-vote-monday">Harbour plan vote set for Monday</a></li></ul></div>`);
    expect(relatedOf(doc).map((story) => story.title)).toEqual([
      'Harbour workers must unionize, no matter what the port says',
      'Could a ship lost at sea use the currents to get home?',
      // A few words after a sentence end it: they are no headline by themselves (WIRED, zyte 2f42ef1d).
      'Paid ads are not the problem. Our perceptions are',
      // A link of a headline's length after a sentence is the title by itself.
      'Harbour plan vote set for Monday',
    ]);
  });

  it('leaves the rank of a "most read" item out of its title, not a number the headline starts with', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>More on this story</h3>
      <a href="/2023/10/harbour-plan-vote"><span>1</span><b>Harbour plan vote set for Monday</b></a>
      <a href="/2023/10/ten-questions-on-harbour"><span>2</span><b>10 questions on the harbour plan</b></a></div>`);
    expect(relatedOf(doc).map((story) => story.title)).toEqual([
      'Harbour plan vote set for Monday',
      '10 questions on the harbour plan',
    ]);
  });

  it('resolves relative links against the base URL and drops #fragments', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3><ul>
      <li><a href="2023/10/armenia-drifts-from-moscow.html#top">Armenia drifts from Moscow</a></li>
      <li><a href="//cdn.example.org/2023/10/china-hosts-belt-forum.html">China hosts Belt forum</a></li></ul></div>`);
    expect(
      urlsOf(doc, {
        baseUrl: 'https://archive.example.org/news/',
        pageUrl: 'https://archive.example.org/news/page.html',
      }),
    ).toEqual([
      'https://archive.example.org/news/2023/10/armenia-drifts-from-moscow.html',
      'https://cdn.example.org/2023/10/china-hosts-belt-forum.html',
    ]);
  });

  it('says why each story is listed only when asked (explain), and reports every considered link to a trace', () => {
    const doc =
      page(`${ARTICLE}${KEPT}<footer><ul><li><a href="/2023/10/how-our-editorial-standards-work">How our editorial standards work</a></li>
      <li><a href="/2023/10/how-our-corrections-policy-works">How our corrections policy works</a></li></ul></footer>`);
    expect(relatedOf(doc).every((story) => !('why' in story))).toBe(true);
    const explained = relatedOf(doc, { explain: true });
    expect(explained.map((story) => story.url)).toEqual(KEPT_URLS);
    expect(explained[0]!.why).toMatch(/^list of 2: label "Related": related/);
    const traces: RelatedTrace[] = [];
    relatedOf(doc, { trace: (entry) => traces.push(entry) });
    const footer = traces.find((entry) => entry.url.includes('editorial-standards'))!;
    expect(footer.listed).toBe(false);
    expect(footer.why).toContain('inside <footer>');
  });
});

describe('labels that reach further', () => {
  const row = (a: string, b: string) => `<div class="row"><ul>
      <li><a href="/world/${a}/">${a.replace(/-/g, ' ')}</a></li><li><a href="/world/${b}/">${b.replace(/-/g, ' ')}</a></li>
    </ul></div>`;
  const rows = (label: string) => `${ARTICLE}<section>${label}<div class="body">
      ${row('whales-stranded-on-remote-beach', 'rescuers-help-whale-in-loch')}
      ${row('dead-whale-had-plastic-inside', 'beluga-whale-delays-fireworks')}</div></section>`;

  it('a second row of teasers with the same markup as the first shares the label before the first', () => {
    expect(urlsOf(page(rows('<h3>More on this story</h3>')))).toEqual([
      url('/world/whales-stranded-on-remote-beach/'),
      url('/world/rescuers-help-whale-in-loch/'),
      url('/world/dead-whale-had-plastic-inside/'),
      url('/world/beluga-whale-delays-fireworks/'),
    ]);
    // The second row is listed for its label, not only for its place after the article.
    const traces: RelatedTrace[] = [];
    relatedOf(page(rows('<h3>More on this story</h3>')), { trace: (entry) => traces.push(entry) });
    const second = traces.find((entry) => entry.url.includes('beluga'))!;
    expect(second.why).toContain('label "More on this story"');
  });

  const sidebar = (labelHref: string) => `${ARTICLE}<div class="sidebar"><ul class="navigation"><li>
      <a href="${labelHref}">Mehr zum Thema</a>
      <ul><li><a href="/gesundheit/corona-und-asthma-id202885/">Corona &amp; Asthma</a></li>
        <li><a href="/gesundheit/stressessen-id202882/">Stressessen</a></li>
        <li><a href="/gesundheit/wie-lange-ansteckend-id202887/">Wie lange ansteckend?</a></li></ul>
    </li></ul></div>`;

  it('a link that leads nowhere is a label: a menu-classed list under it is related, one-word titles included', () => {
    expect(relatedOf(page(sidebar('#')))).toEqual([
      { title: 'Corona & Asthma', url: url('/gesundheit/corona-und-asthma-id202885/') },
      { title: 'Stressessen', url: url('/gesundheit/stressessen-id202882/') },
      { title: 'Wie lange ansteckend?', url: url('/gesundheit/wie-lange-ansteckend-id202887/') },
    ]);
    // A real link before the list is a "see all" link, not the list's label: the menu class speaks.
    expect(urlsOf(page(sidebar('/themen/corona/')))).toEqual([]);
  });

  it('a related class word shields its block from an ad wrapper far above it', () => {
    const items = `<h3>Related</h3><ul><li><a href="/world/armenia-drifts-from-moscow-ally/">Armenia drifts from its Moscow ally</a></li>
      <li><a href="/world/china-hosts-the-belt-forum/">China hosts the Belt and Road forum</a></li></ul>`;
    const nested = (cls: string) =>
      `${ARTICLE}<div class="${cls}"><section class="related-stories"><div><div><div><div>${items}</div></div></div></div></section></div>`;
    expect(urlsOf(page(nested('ad-wrapper')))).toEqual([
      url('/world/armenia-drifts-from-moscow-ally/'),
      url('/world/china-hosts-the-belt-forum/'),
    ]);
    // The same ad wrapper right around the list vetoes it.
    const close = `${ARTICLE}<section><div class="ad-wrapper">${items}</div></section>`;
    expect(urlsOf(page(close))).toEqual([]);
  });

  it('a single link\'s label above its line inside a box that holds more: "Tags" no story (trafilatura 0613 aclu)', () => {
    // The tag link's box is the pane whose class says related; "Tags" stands above the list inside it.
    const pane = `<div class="pane related-issues"><div class="issues"><span class="label">Tags</span><div class="item-list"><ul>
      <li class="first"><a href="/news/by-issue/school-to-prison-pipeline/">School-to-Prison Pipeline</a></li>
      <li class="last"><a href="/news/by-issue/juvenile-justice/">Juvenile Justice</a></li></ul></div></div></div>`;
    const byline =
      '<div class="pane"><div class="author"><a href="/bio/jane-roe">Jane Roe</a>, Staff Attorney</div></div>';
    const doc = page(`<article><h1>Putin visits Kyrgyzstan</h1>${byline}${pane}<div class="story"><p>${PROSE}</p>
      <p>${PROSE}</p></div></article>${KEPT}`);
    expect(urlsOf(doc)).toEqual(KEPT_URLS);
  });
});
