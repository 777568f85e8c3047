/** The page walk's record of the nodes it read (src/core/detect/walk-tree.ts), which cleaning and the body reader use. */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { linkText, walkPage } from '../../src/core/detect/page-walk';
import { subtreeOf, type WalkTree } from '../../src/core/detect/walk-tree';
import { collapsedLength } from '../../src/core/text';
import { fixtureHtml, SEED } from '../support/corpus';

const PAGE = `<!doctype html><html><body>
  <nav class="menu"><a href="/">Home</a></nav>
  <article id="story"><h1>Title</h1><!-- a comment -->
    <p>First <b>bold</b> words, and <a href="#x">a link</a>.</p>
    <div style="display:none"><p>Hidden text</p></div>
    <ul><li>One</li><li>Two <i>items</i></li></ul>
    <section><div></div></section>
  </article>
</body></html>`;

/**
 * What a reader of the tree sees under node `index`, as cleaning reads it: each node with its
 * text, tag and depth, left-out elements without what is below them (the walk records the
 * subtree of an element it leaves out only once done with it: an empty block).
 */
function readOut(tree: WalkTree, index: number, skipped: ReadonlySet<Element>) {
  const seen: [Node, string | null, number, string, string | null, number][] = [];
  const visit = (at: number, depth: number): void => {
    const left = depth > 0 && skipped.has(tree.nodes[at] as Element);
    // The walk reads no names of an element it leaves out by its tag (<script>…): compared where it keeps one.
    const names = left ? null : tree.names[at]!;
    seen.push([tree.nodes[at]!, tree.texts[at]!, tree.lengths[at]!, tree.tags[at]!, names, depth]);
    if (left) return;
    for (let child = at + 1; child < tree.ends[at]!; child = tree.ends[child]!) visit(child, depth + 1);
  };
  visit(index, 0);
  return seen;
}

describe('the walk tree', () => {
  it('holds every text and element the walk read, in document order, left-out elements without their subtrees', () => {
    const { document } = parseHTML(PAGE);
    const walk = walkPage(document.body, { stripUnlikely: true, title: '', findByline: false });
    const { tree } = walk;
    expect(tree.nodes[0]).toBe(document.body);
    expect(tree.ends[0]).toBe(tree.nodes.length);
    const tags = tree.tags.filter(Boolean);
    expect(tags).toEqual([
      'body',
      'nav',
      'article',
      'h1',
      'p',
      'b',
      'a',
      'div',
      'ul',
      'li',
      'li',
      'i',
      'section',
      'div',
    ]);
    // The hidden block and the navigation are recorded, their subtrees are not.
    const hidden = tree.tags.indexOf('div');
    expect(walk.skipped.has(tree.nodes[hidden] as Element)).toBe(true);
    expect(tree.ends[hidden]).toBe(hidden + 1);
    expect(tree.texts.filter((text) => text?.trim())).toEqual([
      'Title',
      'First ',
      'bold',
      ' words, and ',
      'a link',
      '.',
      'One',
      'Two ',
      'items',
    ]);
    // Each text entry with its length as measured (collapsedLength), which cleaning reads instead of the text again.
    expect(tree.lengths).toEqual(tree.texts.map((text) => (text === null ? 0 : collapsedLength(text))));
    expect(tree.lengths[tree.texts.indexOf(' words, and ')]).toBe(11);
    // An element without element children is read whole: one entry after its own, the element as its node; the text of
    // an element with element children is its text nodes.
    const bold = tree.tags.indexOf('b');
    expect([tree.nodes[bold + 1], tree.texts[bold + 1], tree.ends[bold]]).toEqual([tree.nodes[bold], 'bold', bold + 2]);
    const first = tree.texts.indexOf('First ');
    expect(tree.nodes[first]!.nodeType).toBe(3);
    expect(tree.nodes[first]!.parentNode).toBe(tree.nodes[tree.tags.indexOf('p')]);
    // Each element's measure points at its own entry.
    for (const [element, measure] of walk.measures) expect(tree.nodes[measure.index]).toBe(element);
    // Elements with their class and id (null: no attributes at all).
    expect(tree.names[tree.tags.indexOf('article')]).toBe(' story');
    expect(tree.names[tree.tags.indexOf('p')]).toBeNull();
    expect(tree.names[tree.tags.indexOf('a')]).toBe(' ');
  });

  it('subtreeOf reads the same record from the DOM for any measured element', () => {
    for (const html of [PAGE, fixtureHtml(SEED)]) {
      const { document } = parseHTML(html);
      const walk = walkPage(document.body, { stripUnlikely: true, title: '', findByline: false });
      let checked = 0;
      for (const [element, measure] of walk.measures) {
        expect(readOut(subtreeOf(element, walk.skipped), 0, walk.skipped)).toEqual(
          readOut(walk.tree, measure.index, walk.skipped),
        );
        checked++;
      }
      expect(checked).toBeGreaterThan(5);
    }
  });

  it("gives a link's text as textContent does, from the walk's record when it read the link whole", () => {
    const { document } = parseHTML(`<!doctype html><html><body><article>
      <p>See <a id="leaf" href="/a">the  story</a>, <a id="empty" href="/b"><!-- x --></a> and
      <a id="nested" href="/c">a <b>bold</b> one</a>.</p><nav><a id="unread" href="/d">Menu</a></nav></article>
    </body></html>`);
    const walk = walkPage(document.body, { stripUnlikely: true, title: '', findByline: false });
    const links = [...document.querySelectorAll('a')];
    for (const link of links) expect(linkText(walk, link)).toBe(link.textContent);
    expect(linkText(undefined, links[0]!)).toBe('the  story');
    // Read from the record: a text changed after the walk is not seen for a link read whole, and is for the others.
    for (const link of links) link.append('!');
    expect(links.map((link) => linkText(walk, link))).toEqual(['the  story', '', 'a bold one!', 'Menu!']);
  });
});
