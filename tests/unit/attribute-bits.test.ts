/**
 * Which attributes an element has, read once by the page walk (src/core/read/attribute-bits.ts, the walk tree's
 * `attributes` column), and the rules that read an attribute's value only when the element has it.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { classAndId } from '../../src/core/dom';
import { isBodyNoiseCandidate } from '../../src/core/detect/body-noise';
import { walkPage } from '../../src/core/detect/page-walk';
import { PageIndex } from '../../src/core/detect/related/page-index';
import { attributesAt } from '../../src/core/detect/walk-tree';
import {
  ANY_ATTRIBUTE,
  CLASS,
  HIDING,
  HINTING,
  HREF,
  ID,
  ITEMPROP,
  REL,
  ROLE,
  ARIA_NAME,
} from '../../src/core/read/attribute-bits';
import { ATTRIBUTE_NAMES, attributeBit, attributeBits } from '../../src/core/read/attribute-names';
import { fixtureHtml, fixturePages, SEED } from '../support/corpus';

/** The bits the DOM gives, each attribute asked by name. */
function bitsByName(element: Element): number {
  let bits = 0;
  for (const name of ATTRIBUTE_NAMES) if (element.hasAttribute(name)) bits |= attributeBit(name);
  return bits;
}

const PAGE = `<!doctype html><html><body class="home">
  <nav role="navigation" aria-label="Main"><a href="/" title="Home" rel="home">Home</a></nav>
  <article id="story" data-component="story" itemprop="articleBody"><h1>Title</h1>
    <p>First <b class="">bold</b> words, and <a href="#x" data-x="1">a link</a>.</p>
    <div style="color: red" aria-labelledby="x" data-module="m"><p hidden>Hidden text</p></div>
    <ul><li aria-hidden="false">One</li><li>Two <i>items</i></li></ul>
    <form class="f" id="g"><input name="id"><input name="className"><p>In a form</p></form>
  </article>
</body></html>`;

describe('attribute bits', () => {
  it('tell which of the asked attributes an element has, in one read of its names', () => {
    const { document } = parseHTML(PAGE);
    const link = document.querySelector('nav a')!;
    // The title is no bit: no rule on the walk's elements asks it.
    expect(attributeBits(link)).toBe(HREF | REL);
    // An attribute no rule asks about has no bit; an empty class is a class.
    expect(attributeBits(document.querySelector('p a')!)).toBe(HREF);
    expect(attributeBits(document.querySelector('b')!)).toBe(CLASS);
    expect(attributeBits(document.querySelector('li')!) & HIDING).toBe(attributeBit('aria-hidden'));
    for (const element of document.querySelectorAll('*'))
      if (element.localName !== 'form') expect(attributeBits(element)).toBe(bitsByName(element));
    // A form's controls can shadow its methods: its attributes are asked by name.
    expect(attributeBits(document.querySelector('form')!)).toBe(ANY_ATTRIBUTE);
  });

  it('are written out as the names give them', () => {
    expect([CLASS, ID, ROLE, REL, ITEMPROP, HREF]).toEqual(
      (['class', 'id', 'role', 'rel', 'itemprop', 'href'] as const).map(attributeBit),
    );
    expect(HIDING).toBe(attributeBit('hidden') | attributeBit('style') | attributeBit('aria-hidden'));
    expect(ARIA_NAME).toBe(attributeBit('aria-label') | attributeBit('aria-labelledby'));
    expect(HINTING).toBe(
      CLASS | ID | attributeBit('aria-label') | attributeBit('data-component') | attributeBit('data-module'),
    );
    expect(ANY_ATTRIBUTE).toBe(ATTRIBUTE_NAMES.reduce((bits, name) => bits | attributeBit(name), 0));
  });

  it("hold each measured element's attributes equal to the DOM's, in the walk's tree", () => {
    const pages = [PAGE, fixtureHtml(SEED), ...fixturePages('readability').map((page) => fixtureHtml(page.name))];
    let checked = 0;
    for (const html of pages) {
      const { document } = parseHTML(html);
      const walk = walkPage(document.body, { stripUnlikely: true, title: '', findByline: true });
      for (const [element, measure] of walk.measures) {
        const expected = element.localName === 'form' ? ANY_ATTRIBUTE : bitsByName(element);
        expect(element.hasAttributes() ? attributesAt(walk.tree, measure.index) : 0).toBe(
          element.hasAttributes() ? expected : 0,
        );
        expect(walk.tree.names[measure.index]).toBe(element.hasAttributes() ? classAndId(element) : null);
        if (element.localName === 'a') expect(measure.href).toBe(element.getAttribute('href'));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(5_000);
  });

  it('spare the walk and the class-word climb the reads of attributes an element has not', () => {
    const links = Array.from({ length: 50 }, (_, i) => `<p>Story <a href="/story/${i}">number ${i}</a> here.</p>`);
    const { document } = parseHTML(`<!doctype html><html><body><article>${links.join('')}</article></body></html>`);
    const anchors = [...document.querySelectorAll('a')];
    const prototype = Object.getPrototypeOf(anchors[0]!) as { getAttribute: (name: string) => string | null };
    const read: string[] = [];
    const getAttribute = prototype.getAttribute;
    prototype.getAttribute = function (this: Element, name: string) {
      read.push(name);
      return getAttribute.call(this, name);
    };
    try {
      const walk = walkPage(document.body, { stripUnlikely: true, title: '', findByline: true });
      // Each link's href once, nothing else (its hidden, style, aria-hidden, role, class, id, rel, itemprop were read).
      expect(read).toEqual(anchors.map(() => 'href'));
      read.length = 0;
      const index = new PageIndex(document, [document.querySelector('article')!], walk);
      for (const anchor of anchors) expect(index.hint(anchor)).toBeNull();
      expect(index.accessibleName(anchors[0]!)).toBeNull();
      expect(read).toEqual([]);
      expect(index.attributes(anchors[0]!) & HINTING).toBe(0);
      // The body reader's furniture names: a link read without an itemprop is asked for none.
      expect(isBodyNoiseCandidate(anchors[0]!, 'a', ' ', HREF)).toBe(false);
      expect(read).toEqual([]);
      expect(isBodyNoiseCandidate(anchors[0]!, 'a', ' ')).toBe(false);
      expect(read).toEqual(['itemprop']);
    } finally {
      prototype.getAttribute = getAttribute;
    }
  });
});
