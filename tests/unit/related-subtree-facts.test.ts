/**
 * The subtree facts of the related stage (src/core/detect/related/subtree-facts.ts) read from the page walk's record
 * give what the DOM gives: every element's facts, each limit's cut, and the nodes read, leaves read whole included.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { walkPage } from '../../src/core/detect/page-walk';
import { SubtreeFacts } from '../../src/core/detect/related/subtree-facts';

const BODY = `<main><article><h1>Harbour vote</h1>
<p><span>The council said</span> <a href="/story/12345">update one</a> and <em>more</em> text (<a href="/p/1">photo</a>).</p>
<p>Plain <b>bold <i>nested</i></b> words <a href="#">toggle</a> <a>no href</a><img src="x.png" alt=""></p>
<div>Loose text <span hidden>hidden words</span><span aria-hidden="true">aria</span><span></span>
<a href="/story/23456"><img src="y.png" alt=""> Picture link</a></div>
<ul><li>One <a href="/story/34567">first item</a></li><li>Two</li><li><h3>Heading item</h3></li></ul>
<noscript><p>never shown</p></noscript><script>var x = 1;</script>
</article></main><footer><p>© Example <a href="/about">About us</a></p></footer>`;

function documentWithWalk() {
  const { document } = parseHTML(`<!doctype html><html><body>${BODY}</body></html>`);
  const walk = walkPage(document.body as unknown as Element, { stripUnlikely: false, title: '', findByline: false });
  return { elements: [...document.body.querySelectorAll('*')] as unknown as Element[], walk };
}

describe('subtree facts from the walk', () => {
  it("gives every element's facts as the DOM does, leaves the walk read whole included", () => {
    const { elements, walk } = documentWithWalk();
    expect(walk.tree.nodes.length).toBeGreaterThan(20);
    const fromWalk = new SubtreeFacts(walk);
    const fromDom = new SubtreeFacts();
    for (const element of elements) expect(fromWalk.facts(element), element.outerHTML).toEqual(fromDom.facts(element));
    expect(fromWalk.nodesRead).toBe(fromDom.nodesRead);
  });

  it('cuts a walk at each limit where the DOM read cuts it, and counts the same nodes read', () => {
    const { elements, walk } = documentWithWalk();
    for (const limit of [0, 3, 10, 20, 40, 80]) {
      const fromWalk = new SubtreeFacts(walk);
      const fromDom = new SubtreeFacts();
      for (const element of elements) {
        expect(fromWalk.factsUpTo(element, limit), `${limit}: ${element.outerHTML}`).toEqual(
          fromDom.factsUpTo(element, limit),
        );
        expect(fromWalk.nodesRead).toBe(fromDom.nodesRead);
      }
    }
  });
});
