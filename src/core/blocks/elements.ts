/** Reading particular elements for the block reader: code text, a figure's images, a table's rows, an embedded post. */
import { attr, classAndId, isElement, tagOf } from '../dom';
import { isVideoPlayer, VIDEO_EMBED } from '../detect/embeds';
import { collapseWhitespace } from '../text';
import { HEADING_LEVELS } from '../read/tags';
import {
  attributeValues,
  childElements,
  firstElementChild,
  isText,
  lastChild,
  lastElementChild,
  nextElementSibling,
  nodeValue,
  previousElementSibling,
  previousSibling,
  querySelector,
  querySelectorAll,
} from '../read/dom';
import { httpUrl, imageOfElement, imageOfPicture, imagesOfNoscript } from './images';
import type { ArticleBlock, ArticleImage, ListItem, TableCell, VideoBlock } from './types';

/** Never read: no text of the article lives there (and no script or style may reach the reader). */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'template',
  'head',
  'link',
  'meta',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'source',
  'track',
  'input',
  'textarea',
  'select',
  'button',
  'option',
  'frameset',
  'frame',
  'map',
  'area',
  'dialog',
]);
/** An embedded post: the embed code's class names, or a link to a post on these hosts. */
const EMBED_NAME = /(?:^|\s)(?:twitter-tweet|twitter-video|bluesky-embed|mastodon-embed)(?:\s|$)/i;
const TWEET_URL = /^https?:\/\/(?:www\.|mobile\.)?(?:twitter\.com|x\.com)\/[^/]+\/status\/\d+/i;
const BLUESKY_POST_URL = /^https?:\/\/bsky\.app\/profile\/[^/]+\/post\//i;

type IsLeftOut = (element: Element) => boolean;

/** The title is level 1: headings inside the article start at 2 and stop at 6. */
const TOP_HEADING_LEVEL = 2;
const DEEPEST_HEADING_LEVEL = 6;

/** The level a heading element shows at when the outline does not say (an h1 in the text is a 2). */
export function shownHeadingLevel(tag: string): number {
  return Math.min(DEEPEST_HEADING_LEVEL, Math.max(TOP_HEADING_LEVEL, HEADING_LEVELS[tag] ?? TOP_HEADING_LEVEL));
}

/** The language of a code block, from the `language-x` / `lang-x` class that highlighters use. */
const CODE_LANGUAGE = /(?:^|\s)(?:language|lang)-([\w+#-]+)/i;

/** A <pre>: its text as it is (whitespace kept), and its language when named; null when empty. */
export function codeBlockOf(pre: Element, isLeftOut: IsLeftOut): ArticleBlock | null {
  const text = plainText(pre, isLeftOut).replace(/^\n/, '').replace(/\s+$/, '');
  if (!text) return null;
  const names = `${classAndId(pre)} ${childElements(pre)
    .map((child) => classAndId(child))
    .join(' ')}`;
  const language = CODE_LANGUAGE.exec(names)?.[1];
  return language ? { kind: 'code', text, language } : { kind: 'code', text };
}

/**
 * Text of the element's subtree without left-out parts, whitespace as it is (for <pre> and code); read no further once
 * it is `maxChars` long.
 */
export function plainText(root: Element, isLeftOut: (element: Element) => boolean, maxChars = Infinity): string {
  let text = '';
  const stack: Node[] = [root];
  while (stack.length && text.length < maxChars) {
    const node = stack.pop()!;
    if (isText(node)) {
      text += nodeValue(node);
      continue;
    }
    if (!isElement(node) || (node !== root && (isLeftOut(node) || SKIPPED_TAGS.has(tagOf(node))))) continue;
    if (tagOf(node) === 'br') text += '\n';
    for (let child = lastChild(node); child; child = previousSibling(child)) stack.push(child);
  }
  return text;
}

/** The images of a figure, in order and without repeats (a lazy <img> and its <noscript> copy). */
export function figureImages(
  figure: Element,
  options: { baseUrl: string | null; isLeftOut: IsLeftOut },
): ArticleImage[] {
  const images: ArticleImage[] = [];
  // A <noscript> copy is the real picture: a lazy loader's <img> holds a placeholder until its script runs.
  const fallbacks: ArticleImage[] = [];
  const add = (image: ArticleImage | null, list = images) => {
    if (image && !list.some((seen) => seen.src === image.src)) list.push(image);
  };
  const stack: Element[] = [figure];
  while (stack.length) {
    const element = stack.pop()!;
    const tag = tagOf(element);
    if (tag === 'noscript') {
      for (const image of imagesOfNoscript(element, options.baseUrl)) add(image, fallbacks);
      continue;
    }
    if (element !== figure && (options.isLeftOut(element) || SKIPPED_TAGS.has(tag) || tag === 'figcaption')) continue;
    if (tag === 'img') add(imageOfElement(element, options.baseUrl));
    else if (tag === 'picture') add(imageOfPicture(element, options.baseUrl));
    else for (let child = lastElementChild(element); child; child = previousElementSibling(child)) stack.push(child);
  }
  return fallbacks.length ? fallbacks : images;
}

/** The table's own rows (not those of tables nested in its cells). */
export function tableRows(table: Element, isLeftOut: (element: Element) => boolean): Element[] {
  const rows: Element[] = [];
  for (let child = firstElementChild(table); child; child = nextElementSibling(child)) {
    const tag = tagOf(child);
    if (isLeftOut(child)) continue;
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') {
      for (let row = firstElementChild(child); row; row = nextElementSibling(row))
        if (tagOf(row) === 'tr' && !isLeftOut(row)) rows.push(row);
    }
  }
  return rows;
}

/** A streaming manifest (HLS, DASH): a page's player reads it, a browser's tab opened on it does not play it. */
const STREAM_MANIFEST = /\.(m3u8|mpd)(?:[?#]|$)/i;
/** A player's title is a name, not a text: longer ones are cut to this many characters. */
const VIDEO_TITLE_MAX_CHARS = 200;

/**
 * An embedded video the reader cannot play (it shows no frames of other sites) but links to (isVideoPlayer; an
 * iframe's address may sit in a lazy loader's attribute). Null for anything else.
 */
export function videoOf(element: Element, tag: string, baseUrl: string | null): VideoBlock | null {
  if (!isVideoPlayer(element, tag)) return null;
  const source = tag === 'video' ? querySelector(element, 'source[src]') : null;
  const address =
    tag === 'iframe'
      ? attributeValues(element).find((value) => VIDEO_EMBED.test(value))
      : (attr(element, 'src') ?? (source && attr(source, 'src')));
  const url = httpUrl(address, baseUrl);
  if (!url || STREAM_MANIFEST.test(url)) return null;
  const title = collapseWhitespace(attr(element, 'title') ?? attr(element, 'aria-label') ?? '');
  return { kind: 'video', url, title: title.slice(0, VIDEO_TITLE_MAX_CHARS) };
}

/** undefined when the quote is no embedded post; else the post's URL (null when it has no link). */
export function postUrlOf(quote: Element, baseUrl: string | null): string | null | undefined {
  const named = EMBED_NAME.test(attr(quote, 'class') ?? '');
  let url: string | null = null;
  for (const link of querySelectorAll(quote, 'a[href]')) {
    const href = httpUrl(attr(link, 'href'), baseUrl);
    if (href && (TWEET_URL.test(href) || BLUESKY_POST_URL.test(href))) url = href;
  }
  if (!named && !url) return undefined;
  return url;
}

/** A cell's colspan / rowspan when more than one. */
export function withSpans(cell: TableCell, element: Element): TableCell {
  for (const name of ['colspan', 'rowspan'] as const) {
    const span = Number(attr(element, name));
    if (Number.isInteger(span) && span > 1) cell[name] = span;
  }
  return cell;
}

/**
 * A list's only item with this many blocks (paragraphs, code, pictures) is no list item but a box around them: a list
 * item of a real list says one thing, in a paragraph or two.
 */
const WRAPPER_MIN_BLOCKS = 3;

/** A list of one item that holds several blocks: a template's box around them, no list. */
export function isBoxList(items: readonly ListItem[]): boolean {
  return items.length === 1 && items[0]!.blocks.length >= WRAPPER_MIN_BLOCKS;
}
