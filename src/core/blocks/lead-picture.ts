/**
 * The article's lead picture where it stands before the text the reader reads, in the same <article> (a blog's
 * featured image in its box above the headline, a news page's hero picture): the reader shows it first, as a
 * browser's reader view does. Only the first picture of the <article>, alone in its box, large where its size is
 * declared, and no logo, no teaser's picture, none the reader shows already.
 */
import { tagOf } from '../dom';
import {
  boundedTextContent,
  closest,
  contains,
  hasNoText,
  isElement,
  nextElementWithin,
  parentElement,
  querySelector,
  querySelectorAll,
} from '../read/dom';
import { isHiddenElement } from '../read/visibility';
import { collapseWhitespace } from '../text';
import { figureImages } from './elements';
import { isTeaserPicture } from './teaser-picture';
import type { ArticleBlock, ArticleImage } from './types';

type FigureBlock = Extract<ArticleBlock, { kind: 'figure' }>;

/**
 * More pictures than this between the <article>'s start and its text make a gallery, a strip of teasers or
 * a byline's portraits, where none is the story's picture.
 */
const MAX_PICTURES_BEFORE = 2;
/** More elements than this before the text make no header with a picture, but a page's whole side column. */
const MAX_ELEMENTS_BEFORE = 400;
/** A picture declared narrower than this (pixels) is a portrait, an avatar or a thumbnail, not the story's. */
const LEAD_MIN_WIDTH = 200;
/**
 * A site's logo (its file or its description says so: "print-header-logo.png", "siteLogo", "Logo"): no picture of
 * the story. A word that ends in the letters ("catalogo", "prologo") names none.
 */
const LOGO = /(?:^|[^a-zA-Z])[lL][oO][gG][oO]|[a-z]Logo/;
/** Boxes whose pictures are the page's furniture, not the article's. */
const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'button']);
/** A caption longer than this (characters) is read no further: the reader shows a caption, not an essay. */
const CAPTION_MAX_CHARS = 500;

/** The reader's blocks with the lead picture first (after a standfirst), when the page has one they lack. */
export function withLeadPicture(
  blocks: ArticleBlock[],
  parts: readonly Node[],
  baseUrl: string | null,
): ArticleBlock[] {
  const first = parts.find(isElement);
  const container = first && parentElement(first);
  const article = container && closest(container, 'article');
  if (!first || !article) return blocks;
  const lead = leadPicture(article, first, baseUrl);
  if (!lead) return blocks;
  const [image] = lead.images;
  const opensWith = blocks.find((block) => !(block.kind === 'paragraph' && block.standfirst));
  if (opensWith?.kind === 'figure' || blocks.some((block) => shows(block, image!))) return blocks;
  const at = blocks[0]?.kind === 'paragraph' && blocks[0].standfirst ? 1 : 0;
  return [...blocks.slice(0, at), lead, ...blocks.slice(at)];
}

function leadPicture(article: Element, text: Element, baseUrl: string | null): FigureBlock | null {
  // The pictures before the text, in document order (a noscript copy is its picture's): the header's few elements.
  const before: Element[] = [];
  let budget = MAX_ELEMENTS_BEFORE;
  for (let at = nextElementWithin(article, article); at && at !== text; at = nextElementWithin(at, article)) {
    if (--budget === 0) return null;
    if (tagOf(at) === 'img' && tagOf(parentElement(at)!) !== 'noscript') before.push(at);
  }
  const img = before[0];
  if (!img || before.length > MAX_PICTURES_BEFORE || isTeaserPicture(img, '')) return null;
  for (let at = parentElement(img); at && at !== article; at = parentElement(at))
    if (FURNITURE_TAGS.has(tagOf(at)) || isHiddenElement(at)) return null;
  // Its box: the largest around it with no text and no other picture, a <figure> at most (its caption is read).
  let box = img;
  for (let at = parentElement(img); at && at !== article && tagOf(box) !== 'figure'; at = parentElement(at)) {
    if (tagOf(at) !== 'figure' && (!hasNoText(at) || querySelectorAll(at, 'img').length > 1)) break;
    box = at;
  }
  const images = figureImages(box, { baseUrl, isLeftOut: isHiddenElement });
  const image = images[0];
  if (images.length !== 1 || !image || (image.width ?? LEAD_MIN_WIDTH) < LEAD_MIN_WIDTH) return null;
  if (LOGO.test(image.alt) || LOGO.test(new URL(image.src).pathname.replace(/.*\//, ''))) return null;
  // The <figure> around it, though a box between has text of its own (a spinner's "Loading…"): its caption is the
  // picture's when the figure holds no other.
  const figure = closest(img, 'figure');
  const caption =
    figure && contains(article, figure) && querySelectorAll(figure, 'img').length === 1
      ? querySelector(figure, 'figcaption')
      : null;
  const captionText = caption ? collapseWhitespace(boundedTextContent(caption, CAPTION_MAX_CHARS)) : '';
  return { kind: 'figure', images, caption: captionText ? [{ kind: 'text', text: captionText }] : [] };
}

/** Whether a block shows the picture (its address), in a figure or a list of them. */
function shows(block: ArticleBlock, image: ArticleImage): boolean {
  if (block.kind === 'figure') return block.images.some((shown) => shown.src === image.src);
  if (block.kind === 'quote') return block.blocks.some((inner) => shows(inner, image));
  if (block.kind === 'list') return block.items.some((item) => item.blocks.some((inner) => shows(inner, image)));
  return false;
}
