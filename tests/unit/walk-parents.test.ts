/**
 * Rules after the page walk read the parents it recorded, or read a parent once, instead of the DOM again
 * (s29-big): the cleaning's code-ancestor check, the furniture rules' list of a list item. Reading steps
 * (read/budget.ts) count the DOM reads.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findArticle } from '../../src/core/detect/article';
import { cleanArticle } from '../../src/core/detect/clean';
import { readArticleContent } from '../../src/core/detect/content';
import { withoutFurnitureBlocks } from '../../src/core/detect/outline-furniture';
import { walkPage } from '../../src/core/detect/page-walk';
import { listReader } from '../../src/core/detect/teaser-lists';
import { hasNearAncestorTag } from '../../src/core/dom';
import { lastStepCount, withStepBudget } from '../../src/core/read/budget';

const bodyOf = (html: string): HTMLElement =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

const sentence = 'The council met on Tuesday to discuss the harbour, and the members agreed on a plan.';

describe('a near ancestor by its tag, its parents read as the caller says', () => {
  const body = bodyOf('<pre><code><div><span id="inner">x</span></div></code></pre>');
  const inner = body.querySelector('#inner')!;
  const CODE = new Set(['code']);

  it('finds the tag within the depth, not beyond it', () => {
    expect(hasNearAncestorTag(inner, CODE, 2)).toBe(true);
    expect(hasNearAncestorTag(inner, CODE, 1)).toBe(false);
  });

  it('reads no parent past the depth asked', () => {
    const read: Element[] = [];
    const parentOf = (element: Element): Element | null => {
      read.push(element);
      return element.parentElement;
    };
    expect(hasNearAncestorTag(inner, CODE, 2, parentOf)).toBe(true);
    expect(hasNearAncestorTag(inner, new Set(['pre']), 2, parentOf)).toBe(false);
    expect(read.length).toBe(4);
  });

  it('climbs by the parents given', () => {
    const noParent = (): Element | null => null;
    expect(hasNearAncestorTag(inner, CODE, 3, noParent)).toBe(false);
    const code = body.querySelector('code')!;
    expect(hasNearAncestorTag(inner, CODE, 1, () => code)).toBe(true);
  });
});

describe("the cleaning's code-ancestor check, from the walk's record", () => {
  // Posts of two paragraphs each, judged by their content (and kept), and a linky block in code.
  const post = `<div class="post"><p>${sentence}</p><p>${sentence}</p></div>`;
  const body = bodyOf(
    `<main><article>${post.repeat(200)}<div><a href="/a">A link</a></div></article></main>` +
      '<pre><code><div id="code"><a href="/x">x</a></div></code></pre>',
  );
  const flags = { stripUnlikely: true, weightClasses: true, cleanConditionally: true };

  it('reads no parent of a judged block from the DOM', () => {
    const walk = walkPage(body, { stripUnlikely: true, title: '', findByline: false });
    const article = body.querySelector('article')!;
    const clean = withStepBudget(() => cleanArticle(walk, [article], flags, true));
    // A few reads for the part itself; three parents per judged block and a fourth (800 here) read before.
    expect(lastStepCount()).toBeLessThan(20);
    expect(clean.removed.size).toBe(1);
  });

  it('keeps a linky block inside code, as Readability does', () => {
    const walk = walkPage(body, { stripUnlikely: true, title: '', findByline: false });
    const block = body.querySelector('#code')!;
    const clean = cleanArticle(walk, [body.querySelector('pre')!], flags, true);
    expect(clean.removed.has(block)).toBe(false);
  });
});

describe("a list item's list, read once", () => {
  it('is the parent of a bullet, null for another item, one DOM read per item', () => {
    const body = bodyOf('<ul><li>One</li></ul><h2>Two</h2>');
    const [li, h2] = [body.querySelector('li')!, body.querySelector('h2')!];
    const listOf = listReader();
    const bullet = { kind: 'bullet' as const, element: li, text: 'One' };
    withStepBudget(() => [listOf(bullet), listOf(bullet), listOf(bullet)]);
    expect(lastStepCount()).toBe(1);
    expect(listOf(bullet)).toBe(body.querySelector('ul'));
    expect(listOf({ kind: 'heading', element: h2, level: 2, text: 'Two', pseudo: false })).toBeNull();
  });

  it('is read once per item by the furniture rules', () => {
    const list = `<ul>${Array.from({ length: 3 }, (_, i) => `<li>Item ${i} of the list, said plainly.</li>`).join('')}</ul>`;
    const body = bodyOf(`<article><h1>Harbour</h1>${`<p>${sentence}</p>${list}`.repeat(100)}</article>`);
    const selection = findArticle(body, { title: 'Harbour', findByline: false })!;
    const isLeftOut = (element: Element): boolean =>
      selection.walk.skipped.has(element) || selection.clean.removed.has(element);
    const content = readArticleContent(selection.parts, isLeftOut, 'example.com', selection.walk);
    const bullets = content.items.filter((item) => item.kind === 'bullet').length;
    expect(bullets).toBe(300);
    const related = [{ title: 'Another story about the harbour and its tides' }];
    const outlined = withStepBudget(() => withoutFurnitureBlocks(content, selection.parts, related, isLeftOut, false));
    // Each item's list once (five times before: 1,900 steps here), and a sibling or two per item besides.
    expect(lastStepCount()).toBeLessThan(bullets * 2);
    expect(outlined.items.length).toBe(content.items.length);
  });
});
