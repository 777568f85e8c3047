/** The page index (src/core/detect/page-index.ts): one walk's flat copy of what the rules read. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  AUTHOR_MARKED,
  DATE_PUBLISHED,
  HAS_ATTRIBUTES,
  HIDDEN,
  hasMark,
  indexPage,
  MODAL_DIALOG,
  namesAt,
  subtreeText,
  textLengthAt,
  trimmedLengthBelow,
  commasAt,
} from '../../src/core/detect/page-index';
import { collapsedLength } from '../../src/core/read/text';
import { isHiddenElement, isModalDialog } from '../../src/core/read/visibility';
import { fixtureHtml, SEED } from '../support/corpus';

const PAGE = `<!doctype html><html lang="en"><head><title>T</title><script>var a = 1;</script></head><body>
  <nav class="menu" role="navigation"><a href="/">Home</a></nav>
  <article id="story" class="post main"><h1>Title</h1><!-- a comment -->
    <p class="byline" rel="author">By <span itemprop="author">Ann</span></p>
    <time itemprop="dateModified datePublished" datetime="2020-01-01">1 Jan</time>
    <p>First,   <b>bold</b> words, and <a href="#x">a link</a>.</p>
    <div style="display: none"><p>Hidden text</p></div>
    <div aria-hidden="true" class="fallback-image">x</div>
    <section aria-modal="true" role="dialog" hidden><p>Cookies</p></section>
  </article>
</body></html>`;

const at = (index: ReturnType<typeof indexPage>, node: Node) => index.nodes.indexOf(node);

describe('the page index', () => {
  it('holds every element and text node in document order, with parents and subtree ends', () => {
    const { document } = parseHTML(PAGE);
    const index = indexPage(document);
    expect(index.nodes[0]).toBe(document.documentElement);
    expect(index.ends[0]).toBe(index.nodes.length);
    expect(index.parents[0]).toBe(-1);
    // Comments are left out; everything else is there once.
    expect(index.nodes.every((node) => node.nodeType === 1 || node.nodeType === 3)).toBe(true);
    expect(index.tags.filter(Boolean)).toEqual([...document.querySelectorAll('*')].map((element) => element.localName));
    for (let i = 1; i < index.nodes.length; i++) {
      expect(index.nodes[index.parents[i]!]).toBe(index.nodes[i]!.parentNode);
      const parent = index.parents[i]!;
      expect(i).toBeGreaterThan(parent);
      expect(index.ends[i]).toBeLessThanOrEqual(index.ends[parent]!);
    }
  });

  it('gives each element the text, class, id, role, href and marks the rules read', () => {
    const { document } = parseHTML(PAGE);
    const index = indexPage(document);
    for (let i = 0; i < index.nodes.length; i++) {
      const node = index.nodes[i]!;
      expect(subtreeText(index, i)).toBe(node.textContent);
      if (index.texts[i] !== null) {
        expect(textLengthAt(index, i)).toBe(collapsedLength(node.nodeValue ?? ''));
        expect(trimmedLengthBelow(index, i, 5)).toBe(Math.min((node.nodeValue ?? '').trim().length, 5));
        continue;
      }
      const element = node as Element;
      expect(namesAt(index, i)).toBe(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`);
      expect(index.attributes[i]!.role).toBe(element.getAttribute('role') ?? '');
      expect(index.attributes[i]!.href).toBe(element.getAttribute('href'));
      expect(hasMark(index, i, HAS_ATTRIBUTES)).toBe(element.hasAttributes());
      expect(hasMark(index, i, HIDDEN)).toBe(isHiddenElement(element));
      expect(hasMark(index, i, MODAL_DIALOG)).toBe(isModalDialog(element));
    }
    const text = index.nodes.find((node) => node.nodeValue === 'First,   ')!;
    expect(commasAt(index, at(index, text))).toBe(1);
    const [byline, author] = [document.querySelector('.byline')!, document.querySelector('[itemprop=author]')!];
    expect(hasMark(index, at(index, byline), AUTHOR_MARKED)).toBe(true);
    expect(hasMark(index, at(index, author), AUTHOR_MARKED)).toBe(true);
    expect(hasMark(index, at(index, document.querySelector('time')!), DATE_PUBLISHED)).toBe(true);
    expect(hasMark(index, at(index, document.querySelector('article')!), AUTHOR_MARKED | DATE_PUBLISHED)).toBe(false);
    expect(hasMark(index, at(index, document.querySelector('[style]')!), HIDDEN)).toBe(true);
    expect(hasMark(index, at(index, document.querySelector('.fallback-image')!), HIDDEN)).toBe(false);
  });

  it('matches the DOM on a real page', () => {
    const { document } = parseHTML(fixtureHtml(SEED));
    const index = indexPage(document);
    expect(index.tags.filter(Boolean).length).toBe(document.querySelectorAll('*').length);
    for (let i = 0; i < index.nodes.length; i++) {
      if (index.texts[i] !== null) continue;
      const element = index.nodes[i] as Element;
      expect(hasMark(index, i, HIDDEN)).toBe(isHiddenElement(element));
      expect(subtreeText(index, i)).toBe(element.textContent);
      const trimmed = element.textContent!.trim().length;
      expect(trimmedLengthBelow(index, i, 100)).toBe(Math.min(trimmed, 100));
    }
  });
});
