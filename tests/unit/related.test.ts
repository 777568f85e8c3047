/**
 * The related-stories heuristic (src/core/detect/related.ts) on small inline pages, one rule per
 * test. Documents are parsed with linkedom, as the CLI does.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories, type RelatedContext } from '../../src/core/detect/related';
import { looksLikeArticleUrl, plainPathVerdict, resolveArticleHref, urlKey } from '../../src/core/detect/related/url';
import { attributeHints, boundedText, isJsSpaceCode, rememberingBoundedText } from '../../src/core/detect/related/text';
import { cleanTitle } from '../../src/core/detect/related/title';
import { matchBlockLabel, matchPromoPrefix } from '../../src/core/detect/related/lexicon';
import { hintKind } from '../../src/core/detect/related/hints';
const hasPromoPrefix = (text: string) => matchPromoPrefix(text) !== null;
const hasRelatedHint = (hints: string) => hintKind(hints) === 'related';
const isRelatedLabel = (text: string) => matchBlockLabel(text)?.kind === 'related';

const PAGE_URL = 'https://news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/';

function page(body: string, head = ''): Document {
  return parseHTML(`<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`).document as unknown as Document;
}

function relatedOf(doc: Document, context: Partial<RelatedContext> = {}) {
  return findRelatedStories(doc, { baseUrl: PAGE_URL, pageUrl: PAGE_URL, articleRoots: [], ...context });
}

const urlsOf = (doc: Document, context: Partial<RelatedContext> = {}) => relatedOf(doc, context).map((story) => story.url);

/** One real related block, so that tests of exclusions cannot pass by listing nothing at all. */
const KEPT = `<aside class="related-links"><h3>Related</h3><ul><li><a href="/world/kept-related-story-for-tests/">Kept related story</a></li></ul></aside>`;
const KEPT_URL = 'https://news.example.org/world/kept-related-story-for-tests/';

/** An article body with a heading, a paragraph and a list, as most pages have. */
const ARTICLE = `<article><h1>Putin visits Kyrgyzstan</h1><div class="entry-content"><p>Russian President Vladimir Putin travelled to Kyrgyzstan on his first trip abroad since the warrant, a visit closely watched by the West.</p></div></article>`;

describe('related blocks', () => {
  it('lists the teasers of a "You may also like" block with their headlines, in order', () => {
    const doc = page(`${ARTICLE}
      <section class="posts-grid"><h3>You may also like</h3><div class="grid">
        <div class="item"><a href="/world/china-hosts-belt-and-road-forum/"><img src="a.jpg" alt="bri_300.1"></a><h4><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></h4><span class="date">October 17, 2023</span></div>
        <div class="item"><a href="/asia/kyrgyz-bank-tightens-compliance/"><img src="b.jpg" alt=""></a><h4><a href="/asia/kyrgyz-bank-tightens-compliance/">Kyrgyz Bank Tightens Compliance</a></h4></div>
      </div></section>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'China Hosts Belt and Road Forum', url: 'https://news.example.org/world/china-hosts-belt-and-road-forum/' },
      { title: 'Kyrgyz Bank Tightens Compliance', url: 'https://news.example.org/asia/kyrgyz-bank-tightens-compliance/' },
    ]);
  });

  it('recognises a block by its class name alone', () => {
    const doc = page(`${ARTICLE}<div class="related-posts"><ul><li><a href="/2023/10/armenia-drifts-from-moscow">Armenia drifts from Moscow</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/2023/10/armenia-drifts-from-moscow']);
  });

  it('recognises labels in other languages', () => {
    const doc = page(`${ARTICLE}
      <div><h2>Lesen Sie auch</h2><ul><li><a href="/politik/kanzler-reist-nach-china-zum-gipfel">Kanzler reist nach China</a></li></ul></div>
      <div><h2>Sur le même sujet</h2><ul><li><a href="/monde/article/2023/10/12/le-sommet-de-bichkek_123456.html">Le sommet de Bichkek</a></li></ul></div>
      <div><h2>Читайте также</h2><ul><li><a href="/news/2023/10/12/putin-v-kirgizii">Путин в Киргизии</a></li></ul></div>
      <div><h2>相关阅读</h2><ul><li><a href="/a/20231012/123456.html">普京访问吉尔吉斯斯坦</a></li></ul></div>`);
    expect(urlsOf(doc)).toHaveLength(4);
  });

  it('keeps teasers whose headline link is followed by a summary', () => {
    const doc = page(`${ARTICLE}<div class="related-articles"><h3>Related articles</h3><ul>
      <li><a href="/2023/10/armenia-drifts-from-moscow">Armenia drifts from Moscow after defeat</a> Yerevan has been looking west since the fall of Nagorno-Karabakh, and officials now openly question the alliance with Russia and its military bases in the country.</li></ul></div>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Armenia drifts from Moscow after defeat', url: 'https://news.example.org/2023/10/armenia-drifts-from-moscow' }]);
  });

  it('finds the label of a list whose items follow it as siblings (every item, not only the first)', () => {
    const doc = page(`${ARTICLE}<div class="entry-content">
      <p>The band will tour next year.</p>
      <p>You may also like...</p>
      <p><a href="/2019/10/who-will-make-the-rock-hall">Who will make the Rock Hall?</a></p>
      <p><a href="/2019/11/band-takes-over-fan-vote">Band takes over fan vote</a></p>
      <p><a href="/2019/07/band-performs-with-santana">Band performs with Santana</a></p></div>`);
    expect(urlsOf(doc)).toHaveLength(3);
  });

  it('stops the label search at a long paragraph among the items: the items after it have no label', () => {
    const longParagraph = `<p>${'The band played on through the night while the crowd sang along. '.repeat(9)}<a href="/2019/09/band-plays-all-night-long">Read the review</a></p>`;
    const doc = page(`${ARTICLE}<div class="entry-content">
      <p>You may also like...</p>
      <p><a href="/2019/10/who-will-make-the-rock-hall">Who will make the Rock Hall?</a></p>
      <p><a href="/2019/11/band-takes-over-fan-vote">Band takes over fan vote</a></p>
      ${longParagraph}
      <p><a href="/2019/07/band-performs-with-santana">Band performs with Santana</a></p></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/2019/10/who-will-make-the-rock-hall', 'https://news.example.org/2019/11/band-takes-over-fan-vote']);
  });

  it('steps over a "See all" link between the label and the list', () => {
    const doc = page(`${ARTICLE}<section><h2>Similar articles</h2><a href="/section/world/">See all</a><ul>
      <li><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></li></ul></section>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/china-hosts-belt-and-road-forum/']);
  });

  it('reads a block label from aria-label, even on a nav element', () => {
    const doc = page(`${ARTICLE}<nav aria-label="More stories"><ul><li><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></li></ul></nav>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/china-hosts-belt-and-road-forum/']);
  });

  it('reads a block label named by aria-labelledby', () => {
    const doc = page(`${ARTICLE}<span id="rel-label">Read next</span><div class="box" aria-labelledby="rel-label"><div><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></div></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/china-hosts-belt-and-road-forum/']);
  });

  it('lists a "more from <column>" block headed by a link to the column, but not the same in a menu', () => {
    const doc = page(`${ARTICLE}
      <aside class="marginalia"><header><h2><a href="/column/deal-professor">Deal Professor</a></h2></header><ul>
        <li><a href="/2016/12/27/business/grading-the-big-deals.html">Grading the Big Deals of 2016</a></li>
        <li><a href="/2016/12/20/business/why-verizon-cant-quit-yahoo.html">Why Verizon Can’t Quit Yahoo</a></li></ul></aside>
      <nav class="mega"><div><h3><a href="/section/tech">Tech</a></h3><ul><li><a href="/2016/12/21/tech/new-phones-of-the-year.html">New phones of the year</a></li></ul></div></nav>`);
    expect(urlsOf(doc)).toEqual([
      'https://news.example.org/2016/12/27/business/grading-the-big-deals.html',
      'https://news.example.org/2016/12/20/business/why-verizon-cant-quit-yahoo.html',
    ]);
  });

  it('does not take a heading that links to another host (a wiki, a tracker) for a "more from" heading', () => {
    const doc = page(`${ARTICLE}<div class="notes"><h4><a href="https://wiki.example.net/Toolkit:Password_Manager">Password Manager</a></h4><ul>
      <li>Dimi fixed <a href="https://news.example.org/2020/12/bug-password-manager-telemetry-fix">Bug 1677710</a> The password manager code triggers disk I/O</li></ul></div>`);
    expect(urlsOf(doc)).toEqual([]);
  });

  it('does not list site-wide "Latest" / "Most read" lists', () => {
    const doc = page(`${ARTICLE}<section class="widget widget_recent_entries"><h2>Latest News</h2><ul><li><a href="/europe/eu-agrees-new-sanctions-package/">EU agrees new sanctions package</a></li></ul></section>
      <div class="most-read"><h3>Most read</h3><ol><li><a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a></li></ol></div>${KEPT}`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('lists rel=prev / rel=next post navigation without the "Previous" / "Next" words', () => {
    const doc = page(`${ARTICLE}
      <nav class="navigation" aria-label="Posts"><div class="links">
        <a href="/world/escalation-in-nagorno-karabakh/" rel="prev"><span class="meta-nav">Previous</span> <span>Escalation in Nagorno-Karabakh</span></a>
        <a href="/world/china-hosts-belt-and-road-forum/" rel="next">Next Post: China Hosts Belt and Road Forum</a>
      </div></nav>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'Escalation in Nagorno-Karabakh', url: 'https://news.example.org/world/escalation-in-nagorno-karabakh/' },
      { title: 'China Hosts Belt and Road Forum', url: 'https://news.example.org/world/china-hosts-belt-and-road-forum/' },
    ]);
  });

  it('lists Blogger-style newer / older post links, titled from the URL when they say only "Newer Post"', () => {
    const doc = page(`${ARTICLE}<div class="blog-pager" id="blog-pager"><span id="blog-pager-newer-link"><a class="blog-pager-newer-link" href="https://news.example.org/2019/11/tuesday-market-wrap.html" title="Newer Post">Newer Post</a></span></div>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Tuesday market wrap', url: 'https://news.example.org/2019/11/tuesday-market-wrap.html' }]);
  });

  it('takes the title attribute of an arrow-only previous link', () => {
    const doc = page(`${ARTICLE}<div class="pager"><a href="/world/escalation-in-nagorno-karabakh/" rel="prev" title="Previous: Escalation in Nagorno-Karabakh">«</a></div>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Escalation in Nagorno-Karabakh', url: 'https://news.example.org/world/escalation-in-nagorno-karabakh/' }]);
  });

  it('lists a WordPress post-navigation without rel attributes', () => {
    const doc = page(`${ARTICLE}<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="/8054/free-scooter-motorcycle-training/">Previous Post:Free scooter and motorcycle training</a></div></div></nav>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Free scooter and motorcycle training', url: 'https://news.example.org/8054/free-scooter-motorcycle-training/' }]);
  });
});

describe('aria-labelledby', () => {
  it('reads a block\'s label through aria-labelledby, the first element with that id counting', () => {
    const doc = page(`${ARTICLE}<p id="more-label">Contact the newsroom</p><section aria-labelledby="more-label"><ul>
      <li><a href="/world/armenia-drifts-away-from-moscow/">Armenia drifts away from Moscow</a></li></ul></section>
      <span id="rel-label">More on this story</span><section aria-labelledby="rel-label"><ul>
      <li><a href="/world/china-hosts-belt-and-road-forum/">China hosts Belt and Road forum</a></li></ul></section>
      <footer><p>Contact</p><div><span id="more-label">Related stories</span></div></footer>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/china-hosts-belt-and-road-forum/']);
  });
});

describe('promo lines in the article', () => {
  it('lists a standalone "READ MORE:" line and a "Related:" line, but not the running text around them', () => {
    const doc = page(`<article><div class="entry-content">
      <p>Officials said on Tuesday that the <a href="/world/sanctions-package-explained-in-detail/">sanctions package</a> would take effect next month, after a long debate among the member states that lasted well into the night.</p>
      <p><strong>READ MORE:</strong> <a href="/europe/eu-agrees-new-sanctions-package/">EU agrees new sanctions package</a></p>
      <p>[Related: <a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a>]</p>
      <p>More text of the article follows here, with enough words to be a paragraph of running text in the story.</p>
    </div></article>`);
    expect(relatedOf(doc)).toEqual([
      { title: 'EU agrees new sanctions package', url: 'https://news.example.org/europe/eu-agrees-new-sanctions-package/' },
      { title: 'Oil prices climb on supply fears', url: 'https://news.example.org/business/oil-prices-climb-on-supply-fears/' },
    ]);
  });

  it('lists an inline promo box with a picture between paragraphs, not one for another site', () => {
    const prose = '<p>After the collapse of the authoritarian system in 2011, hard-line Muslims known as Salafists attacked bars and art galleries across the country, and the police did little to stop them.</p>';
    const doc = page(`<article><div class="body">${prose}
      <div class="inline-content"><div class="photo"><a href="/world/foreign-fighters-flow-to-syria/2015/01/27/graphic.html"><img src="map.jpg"></a>
        <a href="/world/foreign-fighters-flow-to-syria/2015/01/27/graphic.html"><span class="headline">Map: Flow of foreign fighters to Syria</span> <span>View Graphic</span></a></div></div>
      ${prose}
      <div class="inline-content"><a href="https://shop.example.com/magazines/all-about-space-subscription/"><img src="mag.jpg"> Subscribe to All About Space magazine</a></div>
      ${prose}</div></article>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Map: Flow of foreign fighters to Syria', url: 'https://news.example.org/world/foreign-fighters-flow-to-syria/2015/01/27/graphic.html' }]);
  });

  it('strips the prefix when it is part of the link text', () => {
    const doc = page(`<article><p class="interstitial"><i><a href="/blogs/2015/03/18/why-tunisia-suffers-from-violence/">[Read: Why Tunisia suffers from violence]</a></i></p></article>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Why Tunisia suffers from violence', url: 'https://news.example.org/blogs/2015/03/18/why-tunisia-suffers-from-violence/' }]);
  });
});

describe('links that are never related stories', () => {
  it('leaves out navigation menus, breadcrumbs and site footers', () => {
    const doc = page(`<header><nav class="main-navigation"><ul><li><a href="/world/europe-news-and-analysis-today/">Europe news and analysis today</a></li></ul></nav></header>
      <div class="breadcrumbs"><a href="/world/">World</a> » <a href="/world/putin-in-asia-special-coverage/">Putin in Asia special coverage</a></div>
      ${ARTICLE}
      ${KEPT}
      <footer class="site-footer"><ul><li><a href="/about/our-editorial-standards-and-ethics/">Our editorial standards and ethics</a></li></ul></footer>`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('leaves out tag, category and author pages even inside a related block', () => {
    const doc = page(`${ARTICLE}<div class="related-stories"><h3>Related</h3><ul>
      <li><a href="/tag/russia-and-central-asia/">Russia and Central Asia</a></li>
      <li><a href="/category/world/asia-pacific/">Asia Pacific</a></li>
      <li><a href="/author/jane-doe-reporter/">Jane Doe</a></li>
      <li><a href="/world/kazakhstan-hosts-central-asia-summit/">Kazakhstan hosts Central Asia summit</a></li>
    </ul></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/kazakhstan-hosts-central-asia-summit/']);
  });

  it('leaves out share and comment links', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3>
      <div class="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fnews.example.org%2Fworld%2Fputin-visits">Share on Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fnews.example.org%2Fworld%2Fputin">Tweet this story</a></div>
      <a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/#comments">12 comments on this story</a>
      <ul><li><a href="/world/armenia-drifts-from-moscow-after-defeat/">Armenia drifts from Moscow after defeat</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/armenia-drifts-from-moscow-after-defeat/']);
  });

  it('leaves out sponsored and Outbrain / Taboola widgets, even when they say "You may also like"', () => {
    const doc = page(`${ARTICLE}
      <div class="OUTBRAIN" data-widget-id="AR_1"><h3>You may also like</h3><ul><li><a href="https://partner.example.com/2023/10/this-one-trick-doctors-hate">This one trick doctors hate</a></li></ul></div>
      <div class="recirculation"><h3>Recommended by Taboola</h3><ul><li><a href="/promo/2023/10/buy-the-best-mattress-of-the-year">Best mattress of the year</a></li></ul></div>
      <div class="more-stories"><span class="label">Sponsored content</span><ul><li><a href="/partner/2023/10/how-to-save-on-travel-insurance">How to save on travel insurance</a></li></ul></div>${KEPT}`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('leaves out links in the middle of a paragraph of the article', () => {
    const doc = page(`<article><div class="entry-content"><h2>Read more</h2>
      <p>According to the ministry, <a href="/world/kyrgyz-central-bank-tightens-sanctions-compliance/">the central bank tightened sanctions compliance</a> after the United States imposed sanctions on four Kyrgyz companies in July, a step that drew attention in Moscow and in Washington.</p></div></article>${KEPT}`);
    const doc2 = page(`<article><div class="entry-content"><p>Officials said on Tuesday that the <a href="/world/sanctions-package-explained-in-detail/">sanctions package</a> would take effect next month.</p></div></article>`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
    expect(urlsOf(doc2)).toEqual([]);
  });

  it('does not take the rest of an article under a "Read more" expander for a related block', () => {
    const sentence = 'The markets fell sharply on Monday as investors weighed the latest trade figures against the outlook. ';
    const doc = page(`<article><div class="body"><p>${sentence}</p><div class="read-more-button">Read More</div><div class="rest">
      <p><a href="/2019/11/14/economy/trade-deal-snag/index.html">Trade talks</a> hit another snag this week. ${sentence.repeat(3)}</p>
      <p>${sentence.repeat(3)}</p></div></div></article>${KEPT}`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('leaves out javascript:, data:, mailto: and anchor links', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related stories</h3><ul>
      <li><a href="javascript:void(openStory('armenia-drifts-from-moscow'))">Armenia drifts from Moscow</a></li>
      <li><a href="data:text/html,<p>china-hosts-forum-in-beijing</p>">China hosts forum in Beijing</a></li>
      <li><a href="mailto:desk@news.example.org?subject=oil-prices-climb-on-fears">Oil prices climb on fears</a></li>
      <li><a href="#kazakhstan-hosts-central-asia-summit">Kazakhstan hosts summit</a></li>
      <li><a href="/world/kept-related-story-for-tests/">Kept related story</a></li>
    </ul></div>`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('ignores hidden blocks and hidden teasers', () => {
    const doc = page(`${ARTICLE}
      <div class="related" hidden><h3>Related</h3><a href="/world/hidden-by-attribute-story-here/">Hidden by attribute story</a></div>
      <div class="related" aria-hidden="true"><h3>Related</h3><a href="/world/hidden-by-aria-story-here/">Hidden by aria story</a></div>
      <div class="related"><h3>Related</h3><ul><li style="display: none"><a href="/world/hidden-by-style-story-here/">Hidden by style story</a></li>
      <li><a href="/world/visible-related-story-here/">Visible related story</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/visible-related-story-here/']);
  });

  it('ignores links inside <noscript> and <template>', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3>
      <noscript><a href="/world/noscript-fallback-story-link/">Noscript fallback story</a></noscript>
      <template><a href="/world/template-story-link-here/">Template story</a></template>
      <ul><li><a href="/world/kept-related-story-for-tests/">Kept related story</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual([KEPT_URL]);
  });

  it('never lists the page itself', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3><ul>
      <li><a href="https://www.news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/#comments">Putin visits Kyrgyzstan (comments)</a></li>
      <li><a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/?utm_source=related">Putin visits Kyrgyzstan again</a></li>
      <li><a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/2/" rel="next">Putin visits Kyrgyzstan, page two</a></li>
      <li><a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/comment-page-2/#comments" rel="prev">Older comments on the visit</a></li>
      <li><a href="/world/another-story-about-the-visit/">Another story about the visit</a></li></ul></div>`);
    expect(urlsOf(doc)).toEqual(['https://news.example.org/world/another-story-about-the-visit/']);
  });
});

describe('URLs', () => {
  it('resolves relative links against <base href> (the context baseUrl) and drops #fragments', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>Related</h3><ul>
      <li><a href="2023/10/armenia-drifts-from-moscow.html#top">Armenia drifts from Moscow</a></li>
      <li><a href="//cdn.example.org/2023/10/china-hosts-belt-forum.html">China hosts Belt forum</a></li></ul></div>`, '<base href="https://archive.example.org/news/">');
    expect(urlsOf(doc, { baseUrl: 'https://archive.example.org/news/' })).toEqual([
      'https://archive.example.org/news/2023/10/armenia-drifts-from-moscow.html',
      'https://cdn.example.org/2023/10/china-hosts-belt-forum.html',
    ]);
  });

  it('lists a story once when several links point at it, keeping the best headline', () => {
    const doc = page(`${ARTICLE}<div class="related"><h3>More on this story</h3><ul>
      <li><a href="/world/china-hosts-belt-forum/?utm_source=rel"><img src="x.jpg" alt="forum_300.1"></a>
        <a href="/world/china-hosts-belt-forum/"><h6>World</h6></a>
        <a href="https://www.news.example.org/world/china-hosts-belt-forum/">China Hosts Belt and Road Forum in Beijing</a></li></ul></div>`);
    expect(relatedOf(doc)).toEqual([{ title: 'China Hosts Belt and Road Forum in Beijing', url: 'https://news.example.org/world/china-hosts-belt-forum/?utm_source=rel' }]);
  });

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
    expect(looksLikeArticleUrl('https://news.example.org/wp-content/uploads/2019/11/tyvak-clps-lander.jpg')).toBe(false);
    expect(resolveArticleHref('javascript:void(0)', PAGE_URL)).toBeNull();
    expect(resolveArticleHref('/a/b-c-d#x', PAGE_URL)).toBe('https://news.example.org/a/b-c-d');
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
    expect(plainPathVerdict('/users/Amanell', 'news.example.org')).toBe('not-article');
    expect(plainPathVerdict('/tags/one-two-three-four', 'news.example.org')).toBe('not-article');
    expect(plainPathVerdict('/', 'news.example.org')).toBe('not-article');
    expect(plainPathVerdict('/world/one-two-three-four', 'news.example.org')).toBe('article');
    // Hrefs a parser would rewrite are left to it.
    expect(plainPathVerdict('//other.example.com/users/x', 'news.example.org')).toBe('unknown');
    expect(plainPathVerdict('/a/../users/x', 'news.example.org')).toBe('unknown');
    expect(plainPathVerdict('/a/%2E%2E/x', 'news.example.org')).toBe('unknown');
    expect(plainPathVerdict('/users/a b', 'news.example.org')).toBe('unknown');
    expect(plainPathVerdict('/users/x?page=2', 'news.example.org')).toBe('unknown');
    expect(plainPathVerdict('users/x', 'news.example.org')).toBe('unknown');
    // The verdict is the parser's: the host counts too (share services are never articles).
    expect(plainPathVerdict('/world/one-two-three-four', 'www.facebook.com')).toBe('not-article');
  });

  it('writes the URL of a plain "/path" article link as the parser does: the base\'s origin and the path', () => {
    const bases = ['https://news.example.org/world/page.html?x=1#top', 'http://WWW.Example.com:8080/a/b/', 'https://blog.example.net'];
    const paths = ['/world/one-two-three-four/', '/2023/10/05/story', "/a/b_c~d!$&'()*+,;=:@x/", '/news/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-%D0%B2-%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D0%B8', '/p/12345', '/World/One-Two-Three//'];
    for (const base of bases) {
      const origin = new URL(base).origin;
      for (const path of paths) {
        expect(plainPathVerdict(path, new URL(base).hostname)).toBe('article');
        const parsed = new URL(path, base);
        expect(`${origin}${path}`).toBe(parsed.href);
        expect(`${urlKey(origin)}${path}`.replace(/\/$/, '')).toBe(urlKey(parsed));
      }
    }
  });

  it('judges absolute links on the page\'s own origin like root-relative ones, and parses all others', () => {
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
    const profiles = Array.from({ length: 2000 }, (_, i) => `<li><a href="/users/reader${i}">reader${i}</a></li>`).join('');
    const doc = page(`${ARTICLE}<ul class="kudos">${profiles}</ul><div class="related"><h3>Related</h3><ul>
      <li><a href="/world/armenia-drifts-away-from-moscow/">Armenia drifts away from Moscow</a></li></ul></div>`);
    expect(relatedOf(doc)).toEqual([{ title: 'Armenia drifts away from Moscow', url: 'https://news.example.org/world/armenia-drifts-away-from-moscow/' }]);
  });

  it('counts slug words without conjunctions and single letters, and reads listing segments anywhere in the path', () => {
    // Three words make a headline slug; "and" and "x" are not words of it.
    expect(looksLikeArticleUrl('https://news.example.org/world/one-two-three')).toBe(true);
    expect(looksLikeArticleUrl('https://news.example.org/world/science-and-health')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/mac-os-x')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/one_two~three')).toBe(true);
    // Percent-encoded slugs are read decoded (a Cyrillic headline slug).
    expect(looksLikeArticleUrl('https://news.example.org/%D0%BF%D1%83%D1%82%D0%B8%D0%BD-%D0%B2-%D0%BA%D0%B8%D1%80%D0%B3%D0%B8%D0%B7%D0%B8%D0%B8-%D1%81%D0%B5%D0%B3%D0%BE%D0%B4%D0%BD%D1%8F')).toBe(true);
    // A listing or sponsored segment anywhere vetoes the URL, whatever its slug.
    expect(looksLikeArticleUrl('https://news.example.org/tags/one-two-three-four')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/sponsored/one-two-three-four')).toBe(false);
    expect(looksLikeArticleUrl('https://news.example.org/world/tagged-one-two-three')).toBe(true);
    expect(looksLikeArticleUrl('https://en.example.org/wiki/Special:BookSources/123')).toBe(false);
  });

  it('cleans titles of navigation words, brackets and trailing dates', () => {
    expect(cleanTitle('Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer JULY 24, 2016')).toBe('Yahoo’s Sale to Verizon Ends an Era for a Web Pioneer');
    expect(cleanTitle('Satoshi Nakamoto’s greatest creation Next Article')).toBe('Satoshi Nakamoto’s greatest creation');
    expect(cleanTitle('Next generation of reactors')).toBe('Next generation of reactors');
    expect(cleanTitle('  Previous Post:  Free   scooter training ')).toBe('Free scooter training');
  });
});

describe('labels', () => {
  it('reads related-block labels in many languages, and not site-wide or sponsored ones', () => {
    const related = ['You may also like', 'RELATED STORIES', 'More on this story', 'Read next', 'Up Next', 'More from Tech Insider', 'Further reading',
      'Lesen Sie auch', 'Mehr zum Thema', 'Sur le même sujet', 'À lire aussi', 'Noticias relacionadas', 'Leia também', 'Potrebbe interessarti',
      'Читайте также', 'Материалы по теме', '相关阅读', '延伸阅读', '関連記事', 'あわせて読みたい', 'مقالات ذات صلة', '\u200Fاقرأ أيضاً', 'כתבות נוספות',
      'İlgili Haberler', 'Související články', 'Czytaj także', 'Lees ook', 'Previous article', 'Post navigation', '관련기사', "CNN's related coverage", 'Our picks: you may also like'];
    const other = ['Most read', 'Latest News', 'Trending now', 'Sponsored stories', 'Recommended by Outbrain', 'Comments', 'Share this article', 'Advertisement', 'The history of the region'];
    expect(related.filter((label) => !isRelatedLabel(label))).toEqual([]);
    expect(other.filter((label) => isRelatedLabel(label))).toEqual([]);
  });

  it('reads promo-line prefixes', () => {
    const lines = ['Related: X', 'READ MORE: X', 'Also read: X', '[Read: X]', 'Lire aussi : X', 'Читайте также: X', 'اقرأ أيضا: X', '» Read more: X', 'READ MORE | X', 'Related Article: X'];
    expect(lines.filter((line) => !hasPromoPrefix(line))).toEqual([]);
    expect(hasPromoPrefix('Officials said: X')).toBe(false);
  });
});

describe('reading short texts', () => {
  it('knows the characters of \\s for every UTF-16 code unit', () => {
    const mismatches: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isJsSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) mismatches.push(code);
    expect(mismatches).toEqual([]);
  });

  const element = (html: string): Element => parseHTML(`<html><body><div id="x">${html}</div></body></html>`).document.getElementById('x')!;

  it('collapses whitespace, treats elements as word breaks and leaves out script, style and template text', () => {
    expect(boundedText(element('  Related \n\t <b>stories</b><script>var x = 1;</script><ul><li>one</li><li>two</li></ul>  '), 80)).toBe('Related stories one two');
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
  const element = (attributes: string): Element => parseHTML(`<html><body><div ${attributes}></div></body></html>`).document.querySelector('div')!;

  it('joins class, id, aria-label and data hints in lower case, without WordPress taxonomy classes', () => {
    expect(attributeHints(element(''))).toBe('');
    expect(attributeHints(element('class="Related-Posts tag-news category-world" id="More" aria-label="Read Next"'))).toBe('related-posts more read next');
    expect(attributeHints(element('data-component="RelatedLinks"'))).toBe('relatedlinks');
    // A class list written across lines and tabs is read the same as one with single spaces.
    const spread = attributeHints(element('class="\n  Box\tread-next  " id="x"'));
    expect(hasRelatedHint(spread)).toBe(true);
    expect(spread.split(/\s+/).filter(Boolean)).toEqual(['box', 'read-next', 'x']);
  });
});
