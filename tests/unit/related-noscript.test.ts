/**
 * A picture link's <noscript> fallback in a browser that runs scripts: its content is one raw text
 * node holding markup (`<img alt="…" src="…">`), where linkedom and DOMParser give elements. The
 * related story's title must be the same words in both: the fallback's markup is never a headline.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findRelatedStories } from '../../src/core/detect/related';
import { boundedTextContent, nodeValue, textContent } from '../../src/core/read/dom';

const PAGE_URL = 'https://news.example.org/world/talks-resume-in-geneva/';
const PROSE =
  'Negotiators met again on Monday after a pause of three weeks, and both sides said the first day had gone better than expected.';
const HEADLINES = [
  'Markets rise as the talks in Geneva resume',
  'What the new tariffs mean for small exporters',
  'Five questions about the trade deal answered',
];

/** The page as linkedom parses it; `asBrowser`: each <noscript> turned into one text node of markup, as a browser running scripts holds it. */
function page(asBrowser = true): Document {
  const items = HEADLINES.map(
    (headline, i) =>
      `<li><a href="/world/story-${i + 1}-${headline.toLowerCase().replace(/\W+/g, '-')}/"><img src="data:," alt="${headline}"><noscript><img alt="${headline}" src="https://cdn.example.org/${i}.jpg"></noscript></a></li>`,
  ).join('');
  const html = `<!DOCTYPE html><html><body><article><div class="story"><p>${PROSE}</p><p>${PROSE}</p></div>
    <section><h2>Related stories</h2><ul>${items}</ul></section></article></body></html>`;
  const doc = parseHTML(html).document as unknown as Document;
  if (!asBrowser) return doc;
  for (const noscript of doc.querySelectorAll('noscript')) {
    const markup = noscript.innerHTML;
    noscript.textContent = '';
    noscript.appendChild(doc.createTextNode(markup));
  }
  return doc;
}

describe('<noscript> fallbacks in related links', () => {
  it('reads text (whole, bounded, node by node) without the markup a noscript holds in a browser', () => {
    const doc = page();
    const link = doc.querySelector('li a')!;
    expect(link.querySelector('noscript')!.textContent).toContain('<img alt=');
    expect(textContent(link)).toBe('');
    expect(boundedTextContent(link, 100)).toBe('');
    expect(nodeValue(link.querySelector('noscript')!.firstChild!)).toBe('');
    const plain = doc.createElement('p');
    plain.textContent = 'Plain words';
    expect(textContent(plain)).toBe('Plain words');
  });

  it('gives picture links the same titles as without scripts, never the fallback markup', () => {
    const titles = (doc: Document) =>
      findRelatedStories(doc, {
        baseUrl: PAGE_URL,
        pageUrl: PAGE_URL,
        articleRoots: [...doc.querySelectorAll('.story')],
      }).map((story) => story.title);
    const inBrowser = titles(page(true));
    expect(inBrowser).toHaveLength(HEADLINES.length);
    expect(inBrowser).toEqual(titles(page(false)));
    for (const title of inBrowser) expect(title).not.toMatch(/<|alt=|src=/);
  });
});
