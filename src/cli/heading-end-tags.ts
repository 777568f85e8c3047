/**
 * A heading closed by another heading's end tag (`<h2 class="excerpt">…</h3>`), repaired in the page's text
 * before the command parses it, as a browser's parser reads it.
 *
 * HTML's parser closes the open heading at any heading's end tag (h1 to h6 alike); linkedom's parser closes only
 * a heading of the same name and ignores the other end tag, so that the heading stayed open over all that
 * follows it (trafilatura 0366: a standfirst written `<h2>…</h3>` wrapped the whole article, and the command
 * read it as a section heading where a browser shows a paragraph). Each such end tag is written with the name
 * of the heading it closes. Comments and raw text (scripts, styles, a title or a textarea) are read past as
 * linkedom's tokenizer reads past them, so that a heading written in a script's string is never changed.
 */

/** A comment, a raw-text element (skipped whole, as linkedom's tokenizer reads them), or a heading's tag. */
const HEADING_TAG_OR_SKIPPED =
  /<!--[\s\S]*?-->|<(script|style|title|textarea|xmp)(?=[\s/>])[\s\S]*?<\/\1\s*>|<(\/?)(h[1-6])(?=[\s/>])[^>]*>/gi;

/** The page's HTML with each heading end tag that closes another heading named as that heading. */
export function closeHeadingsAsWritten(html: string): string {
  const open: string[] = [];
  const parts: string[] = [];
  let copied = 0;
  for (const match of html.matchAll(HEADING_TAG_OR_SKIPPED)) {
    const name = match[3]?.toLowerCase();
    if (!name) continue;
    if (!match[2]) {
      open.push(name);
      continue;
    }
    // Where a heading of its name is open, linkedom closes that one (and all it holds); where none is, a browser
    // closes the last heading opened, linkedom none. With no heading open, both parsers ignore the tag.
    const own = open.lastIndexOf(name);
    if (own >= 0 || open.length === 0) {
      open.length = Math.max(own, 0);
      continue;
    }
    const closed = open.pop()!;
    parts.push(html.slice(copied, match.index), `</${closed}>`);
    copied = match.index + match[0].length;
  }
  if (copied === 0) return html;
  parts.push(html.slice(copied));
  return parts.join('');
}
