/** Small text helpers for the related-stories heuristic (kept local; the lead may dedupe later). */

/** Every run of whitespace (non-breaking and zero-width spaces included) becomes one space; trimmed. */
export function collapseWhitespace(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00A0\u200B\u2000-\u200A\u202F\u205F\u3000\uFEFF]+/g, ' ').trim();
}

/** Number of words; a run of CJK ideographs / kana counts roughly one word per two characters. */
export function countWords(text: string): number {
  const cjk = text.match(/[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g)?.length ?? 0;
  const latin = text.replace(/[\u3040-\u30FF\u3400-\u9FFF\uAC00-\uD7AF]/g, ' ').split(/[\s\u00A0]+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return latin + Math.ceil(cjk / 2);
}

/** The element's class, id and aria-label / data hints as one lower-case string, for pattern tests. */
export function attributeHints(element: Element): string {
  const classes = (element.getAttribute('class') ?? '')
    .split(/\s+/)
    // WordPress-style taxonomy classes ("tag-related", "category-more-news") name the post's terms, not the block.
    .filter((token) => !/^(tag|category|categories|postid|post-id|term|format|status)[-_]/i.test(token));
  const parts = [classes.join(' '), element.getAttribute('id'), element.getAttribute('aria-label'), element.getAttribute('data-component'), element.getAttribute('data-module')];
  return parts.filter(Boolean).join(' ').toLowerCase();
}

/**
 * The element's whitespace-collapsed text, read only until it is longer than `limit` characters
 * (then the result is longer than `limit`, cut anywhere): a cheap "is this short?" on big subtrees.
 */
export function boundedText(element: Element, limit: number): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      text += node.nodeValue ?? '';
      if (text.length > limit * 2 + 64 && collapseWhitespace(text).length > limit) break;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const tag = (node as Element).tagName;
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE' || tag === 'NOSCRIPT') continue;
    const children = node.childNodes;
    for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    // Elements are word boundaries ("<li>a</li><li>b</li>" is "a b").
    if ((node as Element) !== element) text += ' ';
  }
  return collapseWhitespace(text);
}
