/**
 * A picture's caption set in the picture's own box after a line break, no <figure> or caption name saying so:
 * "<div class=newsBeitragsbild><a href=….jpg><img …></a><br/>Wildvogelstation Ferlemann in Dortmund</div>"
 * (trafilatura 0598). The box holds the picture (alone, or in a link or wrapper holding nothing else: a lightbox's
 * full-size file), a <br>, then a short line that ends no sentence or opens with the picture's number ("Abbildung 3:
 * …", baechli-bergsport 0551), and nothing else. A sentence after the picture ("<p><img><br>The council voted …</p>",
 * a caption written as a sentence) stays the text's: only the line's shape tells, and a sentence may be the story's.
 */
import {
  childElements,
  firstChild,
  firstElementChild,
  hasNoText,
  isElement,
  isText,
  localName,
  nextElementSibling,
  nextSibling,
  nodeValue,
  parentElement,
  querySelector,
  textContent,
} from '../read/dom';
import { isPictureTag } from '../read/pictures';
import { collapseWhitespace } from '../read/text';
import figureLabels from './vocabulary/figure-labels.json';
import { isCaptionContext } from './caption-names';
import { alternation } from './vocabulary/patterns';

/** A caption is a line or two (the picture's subject, its credit); longer text after a picture is the story's. */
const CAPTION_MAX_CHARS = 160;
/** A sentence's end, a closing quotation mark or bracket after it or not. */
const SENTENCE_END = /[.!?…]["”’»)]?$/u;
/** A picture's number opening the line ("Abbildung 3: …", "Figure 2. …"): a caption, whatever its end. */
const FIGURE_NUMBER = new RegExp(`^(?:${alternation(figureLabels.labels)})\\s*\\d+[a-z]?\\s*[:.)–-]`, 'i');
/** Inline elements a caption's line may be set in ("<em>Photo: <a>…</a></em>"). */
const CAPTION_INLINE_TAGS = new Set(['a', 'em', 'i', 'small', 'span', 'strong', 'b', 'cite']);
/** Elements a caption's line stands in, in a box named for captions (isNamedCaptionBox). */
const CAPTION_LINE_TAGS = new Set([...CAPTION_INLINE_TAGS, 'p', 'div']);
/** What no caption's line holds: another picture, a break (a second line), a player. */
const NOT_IN_CAPTION = 'img,picture,br,video,iframe';

/** A picture alone, or a link or wrapper around a picture and nothing else. */
function isLonePicture(element: Element): boolean {
  const tag = localName(element);
  if (isPictureTag(tag)) return true;
  const only = firstElementChild(element);
  return (
    (tag === 'a' || tag === 'span') &&
    !!only &&
    isPictureTag(localName(only)) &&
    !nextElementSibling(only) &&
    hasNoText(element)
  );
}

/**
 * The nodes after a lone picture and a <br> that open a box (nothing with text before them), or null when the box
 * does not open so: the shape of a caption set without <figure> (isCaptionBox; key-points/caption-line.ts).
 */
export function lineAfterPicture(box: Element): Node[] | null {
  let pictured = false;
  for (let node = firstChild(box); node; node = nextSibling(node)) {
    if (isText(node)) {
      if (nodeValue(node).trim()) return null;
    } else if (isElement(node)) {
      if (pictured ? localName(node) !== 'br' : !isLonePicture(node)) return null;
      if (!pictured) pictured = true;
      else {
        const line: Node[] = [];
        for (let after = nextSibling(node); after; after = nextSibling(after)) line.push(after);
        return line;
      }
    }
  }
  return null;
}

/**
 * Whether the box is a picture, a <br> and its caption's short line alone. `secondTag`: the tag of the box's second
 * element child when the caller has it (the walk's tree: a box whose second element is no <br> is not read).
 */
export function isCaptionBox(box: Element, secondTag?: string): boolean {
  if ((secondTag !== undefined && secondTag !== 'br') || localName(box) === 'a') return false;
  const line = lineAfterPicture(box);
  if (!line) return false;
  let text = '';
  for (const node of line) {
    if (isText(node)) text += nodeValue(node);
    else if (isElement(node)) {
      if (!CAPTION_INLINE_TAGS.has(localName(node)) || querySelector(node, NOT_IN_CAPTION)) return false;
      text += textContent(node);
    }
    if (text.length > CAPTION_MAX_CHARS * 2) return false;
  }
  const caption = collapseWhitespace(text);
  return (
    caption.length > 0 &&
    caption.length <= CAPTION_MAX_CHARS &&
    (!SENTENCE_END.test(caption) || FIGURE_NUMBER.test(caption))
  );
}

/** Whether a node holds text a reader sees (not white space). */
function hasText(node: Node): boolean {
  return isText(node) ? !!nodeValue(node).trim() : isElement(node) && !hasNoText(node);
}

/**
 * Whether the box's name says it captions a picture ("wp-caption", "wf_caption": ./caption-names.ts isCaptionContext)
 * and it holds the picture (alone, or in a link or wrapper), then one element with a short line, and nothing else:
 * "<span class=wf_caption><a><img></a><span style='display:block'>The first global geologic map of Titan.
 * (NASA/JPL-Caltech/ASU)</span></span>" (zyte 359fee22), "<div class=wp-caption><img><p class=wp-caption-text>…</p>
 * </div>". The body leaves the line out by the box's name; it is the picture's caption, a sentence or not (the name
 * tells). An inline box ends its paragraph: text after it in the paragraph would be read with the line.
 */
export function isNamedCaptionBox(box: Element): boolean {
  const tag = localName(box);
  if (tag === 'a' || tag === 'figure' || !isCaptionContext(box, tag)) return false;
  const [picture, line, ...rest] = childElements(box);
  if (!picture || !line || rest.length || !isLonePicture(picture) || querySelector(line, NOT_IN_CAPTION)) return false;
  if (!CAPTION_LINE_TAGS.has(localName(line))) return false;
  for (let node = firstChild(box); node; node = nextSibling(node)) if (isText(node) && hasText(node)) return false;
  const caption = collapseWhitespace(textContent(line));
  if (!caption || caption.length > CAPTION_MAX_CHARS) return false;
  if (tag !== 'span') return true;
  for (let node = nextSibling(box); node; node = nextSibling(node)) if (hasText(node)) return false;
  return true;
}

/** Whether the box captions its picture: after a <br> (isCaptionBox), or by its name (isNamedCaptionBox). */
function captions(box: Element): boolean {
  return isCaptionBox(box) || isNamedCaptionBox(box);
}

/** The captioned box (isCaptionBox) a picture stands in: its parent, or the link's or wrapper's around it; or null. */
export function captionBoxOf(picture: Element): Element | null {
  const parent = parentElement(picture);
  if (!parent || captions(parent)) return parent;
  const outer = parentElement(parent);
  return outer && captions(outer) ? outer : null;
}
