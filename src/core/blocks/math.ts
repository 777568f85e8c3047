/**
 * A page's formula (<math>, MathML) as the reader shows it: its presentation elements and layout attributes alone
 * (./mathml.json), as plain data. A formula drawn in HTML and CSS by a script (MathJax, KaTeX) hides its drawing from
 * screen readers and keeps the MathML beside it for them: that copy is the formula the reader shows.
 */
import { tagOf } from '../dom';
import { attr, firstChild, isElement, isText, nextSibling, nodeValue, textContent } from '../read/dom';
import { collapseWhitespace } from '../text';
import { attributes, tags } from './mathml.json';
import type { MathNode } from './types';

const TAGS: ReadonlySet<string> = new Set(tags);
/** A formula holds tens of elements, a page of them a few hundred: a hostile page's tree is cut here. */
const MAX_MATH_NODES = 5_000;
/** Formulas nest a dozen levels deep; deeper elements are read as their text (a hostile page must not exhaust
 * the stack). */
const MAX_MATH_DEPTH = 24;
/** The source forms <semantics> gives beside its first child, the presentation (TeX, content markup): not shown. */
const ANNOTATIONS = new Set(['annotation', 'annotation-xml']);

/** The formula of a <math> element; null when it shows nothing (no text in its tokens). */
export function readMath(element: Element): MathNode | null {
  const budget = { left: MAX_MATH_NODES };
  const math = mathNode(element, 'math', budget, 0);
  return mathText(math) ? math : null;
}

function mathNode(element: Element, tag: string, budget: { left: number }, depth: number): MathNode {
  const node: MathNode = { tag, children: [] };
  const attrs: Record<string, string> = {};
  let some = false;
  for (const name of attributes) {
    const value = attr(element, name);
    if (value === null) continue;
    attrs[name] = value;
    some = true;
  }
  if (some) node.attrs = attrs;
  readInto(node, element, budget, depth);
  return node;
}

function readInto(node: MathNode, element: Element, budget: { left: number }, depth: number): void {
  for (let child = firstChild(element); child && budget.left > 0; child = nextSibling(child)) {
    budget.left--;
    if (isText(child)) {
      // Token elements trim their text; spacing between tokens is the layout's.
      const text = collapseWhitespace(nodeValue(child));
      if (text) node.children.push(text);
      continue;
    }
    if (!isElement(child)) continue;
    if (depth >= MAX_MATH_DEPTH) {
      const text = collapseWhitespace(textContent(child));
      if (text) node.children.push(text);
      continue;
    }
    const tag = tagOf(child);
    // <semantics> and an element of no name in the vocabulary are read through; its annotations are left out.
    if (ANNOTATIONS.has(tag)) continue;
    if (TAGS.has(tag)) node.children.push(mathNode(child, tag, budget, depth + 1));
    else readInto(node, child, budget, depth + 1);
  }
}

/** The formula's text: its tokens in order, a space apart ("a ≠ 0"), for the article's plain text. */
export function mathText(node: MathNode): string {
  const tokens: string[] = [];
  const stack: (MathNode | string)[] = [node];
  while (stack.length) {
    const next = stack.pop()!;
    if (typeof next === 'string') tokens.push(next);
    else for (let i = next.children.length - 1; i >= 0; i--) stack.push(next.children[i]!);
  }
  return tokens.join(' ');
}
