// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * Related stories on a browser-like DOM (happy-dom's DOMParser), as the content script runs them:
 * nothing may depend on linkedom. The seed page (an in-repo fixture) and a hand-written WordPress-style
 * news page: menu, post navigation, a related block, a sidebar of popular posts, comments.
 */
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { fixtureHtml, SEED } from '../support/corpus';

const PAGE_URL = 'https://news.example.org/world/putin-visits-kyrgyzstan-first-trip-abroad/';
const PROSE =
  'Russian President Vladimir Putin travelled to Kyrgyzstan on his first trip abroad since the international warrant, a visit closely watched in the West and in Moscow.';
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const NEWS_PAGE = `<!DOCTYPE html><html><head><link rel="prev" href="/world/escalation-in-nagorno-karabakh/"></head><body>
  <header><nav class="main-navigation"><ul><li><a href="/world/">World</a></li><li><a href="/world/europe-news-and-analysis-today/">Europe news and analysis today</a></li></ul></nav></header>
  <main><article><h1>Putin visits Kyrgyzstan</h1><div class="entry-content"><p>${PROSE}</p>
    <p><strong>Related:</strong> <a href="/asia/kyrgyz-bank-tightens-sanctions-compliance/">Kyrgyz Bank Tightens Sanctions Compliance</a></p><p>${PROSE}</p></div>
    <nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">
      <div class="nav-previous"><a href="/world/escalation-in-nagorno-karabakh/" rel="prev"><span class="meta-nav">Previous</span> <span>Escalation in Nagorno-Karabakh</span></a></div></div></nav>
    <section class="related-posts"><h3>You may also like</h3><ul>
      <li><a href="/world/china-hosts-belt-and-road-forum/"><img src="a.jpg" alt=""></a><h4><a href="/world/china-hosts-belt-and-road-forum/">China Hosts Belt and Road Forum</a></h4></li>
      <li><a href="/politics/armenia-drifts-from-moscow/"><img src="b.jpg" alt=""></a><h4><a href="/politics/armenia-drifts-from-moscow/">Armenia Drifts From Moscow</a></h4></li></ul></section>
    <div id="comments"><h3>3 comments</h3><a href="/world/putin-visits-kyrgyzstan-first-trip-abroad/#comment-1">Reply to this comment</a></div></article>
  <aside class="sidebar"><section class="widget"><h2>Popular posts</h2><ul><li><a href="/business/oil-prices-climb-on-supply-fears/">Oil prices climb on supply fears</a></li>
    <li><a href="/business/stocks-fall-on-rate-fears/">Stocks fall on rate fears</a></li></ul></section></aside></main>
  <footer class="site-footer"><a href="/about/contact-the-newsroom/">Contact the newsroom</a></footer></body></html>`;

const SEED_URL = 'https://news.example.org/world/putin-in-kyrgystan-for-first-trip-abroad-since-icc-arrest-warrant/';

describe('findRelatedStories on a browser DOM', () => {
  it('finds exactly the four related stories of the seed page (in-repo fixture), with clean titles', () => {
    const doc = parse(fixtureHtml(SEED));
    const roots = [doc.querySelector('.entry-content')!];
    expect(findRelatedStories(doc, { baseUrl: SEED_URL, pageUrl: SEED_URL, articleRoots: roots })).toEqual([
      {
        title: 'Escalation in Nagorno-Karabakh Conflict: Azerbaijan Launches Military Operation',
        url: 'https://news.example.org/world/escalation-in-nagorno-karabakh-conflict-azerbaijan-launches-military-operation/',
      },
      {
        title: 'China Hosts Third Belt and Road Forum in Beijing',
        url: 'https://news.example.org/world/china-hosts-third-belt-and-road-forum-in-beijing/',
      },
      {
        title: 'Kyrgyz Central Bank Urges Lenders to Tighten Sanctions Compliance',
        url: 'https://news.example.org/asia/kyrgyz-central-bank-tightens-sanctions-compliance/',
      },
      {
        title: 'Armenia Drifts From Moscow After Karabakh Defeat',
        url: 'https://news.example.org/politics/armenia-drifts-from-moscow-after-karabakh-defeat/',
      },
    ]);
  });

  it('finds the promo line, the previous post and the related block of a news page, and nothing else', () => {
    const doc = parse(NEWS_PAGE);
    expect(
      findRelatedStories(doc, {
        baseUrl: PAGE_URL,
        pageUrl: PAGE_URL,
        articleRoots: [doc.querySelector('.entry-content')!],
      }),
    ).toEqual([
      {
        title: 'Kyrgyz Bank Tightens Sanctions Compliance',
        url: 'https://news.example.org/asia/kyrgyz-bank-tightens-sanctions-compliance/',
      },
      {
        title: 'Escalation in Nagorno-Karabakh',
        url: 'https://news.example.org/world/escalation-in-nagorno-karabakh/',
      },
      {
        title: 'China Hosts Belt and Road Forum',
        url: 'https://news.example.org/world/china-hosts-belt-and-road-forum/',
      },
      { title: 'Armenia Drifts From Moscow', url: 'https://news.example.org/politics/armenia-drifts-from-moscow/' },
    ]);
  });

  it('ignores hidden blocks', () => {
    const doc = parse(`<html><body><article><div class="body"><p>${PROSE}</p></div></article>
      <div class="related" style="display:none"><h3>Related</h3><a href="/2023/10/hidden-related-story">Hidden related story</a></div></body></html>`);
    expect(
      findRelatedStories(doc, { baseUrl: PAGE_URL, pageUrl: PAGE_URL, articleRoots: [doc.querySelector('.body')!] }),
    ).toEqual([]);
  });
});
