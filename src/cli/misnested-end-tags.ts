/**
 * An end tag that would close a block opened inside its element (`<a href><div>…</a>`, `<span><p>…</span>`),
 * repaired in the page's text before the command parses it, as a browser's parser reads it.
 *
 * linkedom's parser (htmlparser2) closes every element open inside the one an end tag names; HTML's parser never
 * closes a block that way. The end tag of a formatting element (<a>, <b>, <em>…) runs the adoption agency: the
 * element ends, the blocks open inside it stay open, each wrapped round its content in a copy of the element. Any
 * other end tag of an element that is no block is ignored there. So that a teaser card written
 * `<article><a><div>…</a>…</div></article>` stayed one level too shallow in the command's tree, and every end tag
 * after it closed one element further out than in a browser (trafilatura 0784: the page's "Mehr Themen" cards
 * left the article they sit in). The text is rewritten so that linkedom builds the browser's tree: the element is
 * closed before each such block and reopened (its start tag copied) inside it; an ignored end tag is left out.
 * The same tokenizer as linkedom's reads the text, so that both see the same tags. Not done: a copy of another
 * formatting element open between the element and the block (`<a><em><div>…</a>`: a browser wraps the block in a
 * copy of the <em> too), and the copies a browser makes of formatting elements a block's start tag closed.
 */
import { Parser } from 'htmlparser2';
import { parseWithLinearStack } from './open-element-names';
import vocabulary from './parser-elements.json';

const FORMATTING = new Set(vocabulary.formatting);
/** HTML's "special" elements: the blocks (and raw or void elements) an end tag never closes from inside. */
const SPECIAL = new Set(vocabulary.special);
/** Where an end tag's search for its element stops ("has an element in scope"): it is ignored past them. */
const SCOPE_BOUNDARY = new Set(vocabulary.scopeBoundary);

/** An element open in htmlparser2's tree while the text is read: its name and where its start tag begins. */
interface Open {
  name: string;
  start: number;
}

/** htmlparser2's stack of open element names, innermost first (private in its types; linkedom's parser reads on it). */
interface ParserStack {
  stack: { unshift(...names: string[]): number };
}

/** One change to the text: `remove` characters at `at` replaced by `insert`. */
interface Edit {
  at: number;
  remove: number;
  insert: string;
}

/** A start tag from its `<` (attribute values may hold `>`). */
const START_TAG = /<[^\s/>]+(?:[^>"']|"[^"]*"|'[^']*')*>/y;

function startTagAt(html: string, start: number): string {
  START_TAG.lastIndex = start;
  return START_TAG.exec(html)?.[0] ?? '';
}

/** The page's HTML with each end tag that ends past a block opened inside its element written as a browser reads it. */
export function closeEndTagsAsABrowser(html: string): string {
  const open: Open[] = [];
  const edits: Edit[] = [];
  // Elements closed by the end tag being read (htmlparser2 reports them one by one, innermost first).
  let closedByTag: Open[] = [];
  let tagEnd = -1;
  const parser: Parser = new Parser(
    {
      onopentagname(name) {
        open.push({ name, start: parser.startIndex });
      },
      onclosetag(name, implied) {
        const element = open.pop()!;
        if (parser.endIndex !== tagEnd) closedByTag = [];
        tagEnd = parser.endIndex;
        if (implied) {
          closedByTag.push(element);
          return;
        }
        const inner = closedByTag;
        closedByTag = [];
        if (!inner.some((each) => SPECIAL.has(each.name)) || SPECIAL.has(name)) return;
        // The end tag ends past a block: a browser ignores it, or (a formatting element's) ends it outside them.
        const kept = FORMATTING.has(name) && !inner.some((each) => SCOPE_BOUNDARY.has(each.name));
        const reopened = kept
          ? inner.filter((each) => SPECIAL.has(each.name)).reverse()
          : [element, ...inner.reverse()];
        if (kept) {
          const startTag = startTagAt(html, element.start);
          for (const block of reopened) {
            edits.push({ at: block.start, remove: 0, insert: `</${name}>` });
            edits.push({ at: block.start + startTagAt(html, block.start).length, remove: 0, insert: startTag });
          }
        } else edits.push({ at: parser.startIndex, remove: parser.endIndex + 1 - parser.startIndex, insert: '' });
        // htmlparser2 reads on with those elements open, as the rewritten text opens them (outermost first).
        open.push(...reopened);
        (parser as unknown as ParserStack).stack.unshift(...reopened.map((each) => each.name).reverse());
      },
    },
    { decodeEntities: false, lowerCaseAttributeNames: false },
  );
  parseWithLinearStack(parser, html);
  if (edits.length === 0) return html;
  edits.sort((a, b) => a.at - b.at);
  const parts: string[] = [];
  let copied = 0;
  for (const edit of edits) {
    parts.push(html.slice(copied, edit.at), edit.insert);
    copied = edit.at + edit.remove;
  }
  parts.push(html.slice(copied));
  return parts.join('');
}
