/**
 * related/prose-text.ts: the text of a run's items and between them, read from the page walk's tree, is the text the
 * DOM gives, for every pair of siblings of a page with comments, hidden and skipped elements, leaves and nesting.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { walkPage } from '../../src/core/detect/page-walk';
import { PageIndex } from '../../src/core/detect/related/page-index';
import { itemsTextSteps } from '../../src/core/detect/related/prose-text';
import { runToEnd } from '../../src/core/steps';

const BODY = `<main><article><h1>Harbour vote</h1>
<p><span>The council said</span> <a href="/story/12345">update one</a> and <em>more</em> text (<a href="/p/1">photo</a>).</p>
<p>Plain <!-- a comment --> <b>bold <i>nested</i></b>\u00a0words\u200b <a href="#">toggle</a> <a>no href</a><img src="x.png"></p>
<div>Loose text <span hidden>hidden words</span><span aria-hidden="true">aria</span><span></span>
<a href="/story/23456"><img src="y.png" alt=""> Picture link</a><script>var x = 1;</script> tail</div>
<ul><li>One <a href="/story/34567">first item</a></li><li>Two</li><!-- c --><li><h3>Heading item</h3></li><li></li></ul>
</article></main><footer><p>© Example <a href="/about">About us</a></p></footer>`;

function setUp() {
  const { document } = parseHTML(`<!doctype html><html><body>${BODY}</body></html>`);
  const doc = document as unknown as Document;
  const walk = walkPage(doc.body, { stripUnlikely: false, title: '', findByline: false });
  return { doc, walk, elements: [...doc.body.querySelectorAll('*')] };
}

/** Every pair of element siblings (first not after last), and runs of every other sibling. */
function siblingRuns(elements: Element[]): Element[][] {
  const runs: Element[][] = [];
  for (const first of elements) {
    const siblings: Element[] = [];
    for (let next: Element | null = first; next; next = next.nextElementSibling) siblings.push(next);
    for (let end = 0; end < siblings.length; end++) {
      runs.push([first, siblings[end]!]);
      runs.push(siblings.slice(0, end + 1).filter((_, i) => i % 2 === 0 || i === end));
    }
  }
  return runs;
}

describe('the text of a run from the walk', () => {
  it('gives the counts the DOM gives for every run of siblings', () => {
    const { doc, walk, elements } = setUp();
    const fromWalk = new PageIndex(doc, [], walk);
    const fromDom = new PageIndex(doc, []);
    const runs = siblingRuns(elements);
    expect(runs.length).toBeGreaterThan(60);
    let read = 0;
    for (const run of runs) {
      const pause = () => false;
      if (fromWalk.siblingPlaces(run[0]!, run[run.length - 1]!)) read++;
      expect(runToEnd(itemsTextSteps(fromWalk, run, pause)), run.map((e) => e.outerHTML).join(' … ')).toEqual(
        runToEnd(itemsTextSteps(fromDom, run, pause)),
      );
    }
    // Most runs are read from the walk's tree (the skipped elements' children are not).
    expect(read).toBeGreaterThan(runs.length / 2);
  });

  it('reads siblings from the tree only for elements the walk measured under one parent, in order', () => {
    const { doc, walk } = setUp();
    const index = new PageIndex(doc, [], walk);
    const [first, photo] = [...doc.querySelectorAll('article > p:first-of-type > a')];
    const places = index.siblingPlaces(first!, photo!)!;
    expect(places.tree.nodes[places.from]).toBe(first);
    expect(places.tree.nodes[places.to]).toBe(photo);
    expect(index.siblingPlaces(photo!, first!)).toBeNull();
    expect(index.siblingPlaces(first!, doc.querySelector('li a')!)).toBeNull();
    expect(new PageIndex(doc, []).siblingPlaces(first!, photo!)).toBeNull();
  });
});
