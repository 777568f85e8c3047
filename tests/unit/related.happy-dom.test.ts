// @vitest-environment happy-dom
// @vitest-environment-options {"settings":{"disableCSSFileLoading":true,"disableJavaScriptFileLoading":true,"disableJavaScriptEvaluation":true,"handleDisabledFileLoadingAsSuccess":true}}
/**
 * The related-stories heuristic on a browser-like DOM (happy-dom's DOMParser), as the content
 * script runs it: nothing may depend on linkedom.
 */
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { fixtureHtml, SEED } from '../support/corpus';

const SEED_URL = 'https://news.example.org/world/putin-in-kyrgystan-for-first-trip-abroad-since-icc-arrest-warrant/';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

describe('findRelatedStories on a browser DOM', () => {
  it('finds exactly the four related stories of the seed page, with clean titles', () => {
    const doc = parse(fixtureHtml(SEED));
    const roots = [doc.querySelector('.entry-content')!];
    expect(findRelatedStories(doc, { baseUrl: SEED_URL, pageUrl: SEED_URL, articleRoots: roots })).toEqual([
      { title: 'Escalation in Nagorno-Karabakh Conflict: Azerbaijan Launches Military Operation', url: 'https://news.example.org/world/escalation-in-nagorno-karabakh-conflict-azerbaijan-launches-military-operation/' },
      { title: 'China Hosts Third Belt and Road Forum in Beijing', url: 'https://news.example.org/world/china-hosts-third-belt-and-road-forum-in-beijing/' },
      { title: 'Kyrgyz Central Bank Urges Lenders to Tighten Sanctions Compliance', url: 'https://news.example.org/asia/kyrgyz-central-bank-tightens-sanctions-compliance/' },
      { title: 'Armenia Drifts From Moscow After Karabakh Defeat', url: 'https://news.example.org/politics/armenia-drifts-from-moscow-after-karabakh-defeat/' },
    ]);
  });

  it('ignores hidden blocks and keeps promo lines', () => {
    const doc = parse(`<html><body><article><div class="body">
      <p>Running text of the story with a <a href="/2023/10/in-text-link-to-other-story">link in it</a> and many more words around it so that it reads as a paragraph of prose.</p>
      <p><strong>Related:</strong> <a href="/2023/10/promo-line-story-here">Promo line story here</a></p></div></article>
      <div class="related" style="display:none"><h3>Related</h3><a href="/2023/10/hidden-related-story">Hidden related story</a></div>`);
    expect(findRelatedStories(doc, { baseUrl: SEED_URL, pageUrl: SEED_URL, articleRoots: [doc.querySelector('.body')!] }).map((story) => story.url)).toEqual([
      'https://news.example.org/2023/10/promo-line-story-here',
    ]);
  });
});
