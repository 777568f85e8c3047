/**
 * Image sources of the article, lazily loaded ones included: `data-src` and friends, `data-srcset`
 * and `srcset`, `<picture>` sources and the `<noscript>` fallback a lazy loader leaves behind.
 * Only http(s) URLs come out; placeholders (data: URIs, 1-pixel trackers, a loader's 'placeholder.gif') do not.
 */
import { attr, tagOf } from '../dom';
import { attributeValues, firstElementChild, nextElementSibling, rawTextContent, querySelectorAll } from '../read/dom';
import { resolveHttpUrl } from '../read/url';
import { PICTURE_TYPE } from './picture-type';
import type { ArticleImage } from './types';

/** Attributes lazy loaders keep the real address in, most specific first (the `src` then is a placeholder). */
const LAZY_SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];
/** The first address quoted in a lazy attribute that holds a loader's JSON settings ('{"default":{"src":"//…"}}'). */
const JSON_ADDRESS = /"((?:https?:)?\/\/[^"\s]+)"/;
/**
 * The file a lazy loader shows until the picture loads: named a placeholder, or a GIF, PNG or SVG named a blank, a
 * spacer, a loader at its name's start or end ('lazyloading-placeholder.png', 'blank.gif', 'ajax-loader.gif',
 * '1x1.trans.gif'; a photograph named so is a JPEG: 'loading-dock.jpg'). Its address is no picture's.
 */
const PLACEHOLDER_FILE =
  /placeholder|^(?:(?:blank|spacer|lazy\w*|load\w*|1x1)\b.*|.*\b(?:lazy|load(?:ing|er))|pixel)\.(?:gif|png|svg)$/i;
/** An attribute's value that is a picture file's address ('/media/photo-1.jpg'), whatever the attribute's name. */
const IMAGE_ADDRESS = new RegExp(String.raw`^\S*\/\S*${PICTURE_TYPE}(?:\?\S*)?$`, 'i');
/**
 * A width declared more than this many times under every width the srcset states (3×2 beside 320w…2400w: 0548) is
 * the shape a lazy loader's placeholder keeps until the picture loads, not the picture's size: neither side is read
 * (a picture's srcset holds its declared width's 1x to 4x).
 */
const SHAPE_ONLY_RATIO = 10;
/** A side this small (pixels) is a tracking pixel or a spacer, not a picture. */
const TRACKER_MAX_SIDE = 2;
/** Both sides this small (pixels, as declared) make a glyph: a bullet, an icon, a flag, not a picture to show. */
const GLYPH_MAX_SIDE = 24;
/**
 * A picture whose address names it an icon (its file or folder: "smilies/icon_wink.gif", "rating_on.gif",
 * "assets/icons/…", "buttons/…"), or its class (`<img class="icon">` before a card's time, WordPress's "wp-smiley",
 * "emoji"), or whose description is a glyph (";)", an emoji alone, ":smile:") is one, unless declared larger than
 * this on a side (pixels): a forum's smiley, a rating's star, a button has no size declared.
 */
const ICON_MAX_SIDE = 64;
const ICON_PATH = /(?:^|[^a-z])(?:icons?|buttons?|smil(?:ey|ie)s?|emoji|emoticons?|ratings?)(?:[^a-z]|$)/i;
const GLYPH_ALT = /^(?:[^\p{L}\p{N}\s]{1,3}|(?:\p{Extended_Pictographic}|\uFE0F|\u200D)+|:[\w-]+:)$/u;
/**
 * A size in a picture's address: a file's 'WxH' suffix, a width in its query ('?w=45', 'size=', 'resize=45,45'), a
 * 'sNN' folder (a photo host's size) or a 'w_NN' transformation. Stated no larger than an icon, the picture is one
 * (an avatar, a blurred preview a script replaces): no picture of the story.
 */
const ADDRESS_SIZE =
  /[-_](\d+)x(\d+)\.\w+(?:\?|$)|[?&](?:w|width|s|size|resize)=(\d+)(?=[&,%]|$)|[/,]w_(\d+)[,/]|[/=]s(\d+)(?:[-/]|$)/i;
/** A drawing's file type (a button's, a logo's): a photograph is a JPEG or a WebP. */
const DRAWING_FILE = /\.(?:png|gif|svg)$/i;
/** A strip at most this high (pixels, as declared) ... */
const BANNER_MAX_HEIGHT = 100;
/** ... and this many times as wide is a banner (an ad's 728x90, 468x60) or a divider, not a picture of the text. */
const BANNER_MIN_RATIO = 5;
/** An <img> tag inside a <noscript>'s text (the browser keeps that content as text when scripts run). */
const NOSCRIPT_IMG = /<img\b[^>]*>/gi;
/** One attribute of such a tag: name="value", name='value' or name=value. */
const TAG_ATTRIBUTE = /([^\s"'<>/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/g;

/** An absolute http(s) URL for `value` (without its #fragment), or null: the reading layer's one rule. */
export function httpUrl(value: string | null | undefined, baseUrl: string | null): string | null {
  return resolveHttpUrl(value, baseUrl)?.href ?? null;
}

interface Candidate {
  url: string;
  descriptor: string;
  /** Width (w) or density (x, scaled) for choosing the largest. */
  size: number;
}

/** An absolute http(s) URL for `value`, or null when it is none or a lazy loader's placeholder file. */
function pictureUrl(value: string | null | undefined, baseUrl: string | null): string | null {
  const url = httpUrl(value, baseUrl);
  return url && !PLACEHOLDER_FILE.test(url.replace(/[?#].*/, '').replace(/.*\//, '')) ? url : null;
}

/**
 * A srcset candidate as the HTML standard reads it: its address runs to the next space (commas inside it are its own:
 * "?resize=80,80"); without a comma at the address's end, a descriptor follows up to the next comma ("80w,https:…").
 */
const SRCSET_CANDIDATE = /[\s,]*(\S+?)(?:,+(?=\s|$)|(?=\s|$)\s*([^,]*))/g;

/** The http(s) candidates of a srcset, resolved. */
function srcsetCandidates(srcset: string | null, baseUrl: string | null): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [, raw, descriptor = ''] of srcset?.matchAll(SRCSET_CANDIDATE) ?? []) {
    const url = pictureUrl(raw, baseUrl);
    if (!url) continue;
    const match = /^(\d+(?:\.\d+)?)([wx])$/.exec(descriptor.trim());
    const size = match ? Number(match[1]) * (match[2] === 'x' ? 1000 : 1) : 0;
    candidates.push({ url, descriptor: match?.[0] ?? '', size });
  }
  return candidates;
}

function joinSrcset(candidates: Candidate[]): string | undefined {
  if (!candidates.length) return undefined;
  return candidates
    .map((candidate) => (candidate.descriptor ? `${candidate.url} ${candidate.descriptor}` : candidate.url))
    .join(', ');
}

function dimension(value: string | null | undefined): number | undefined {
  if (!value || !/^\s*\d+\s*$/.test(value)) return undefined;
  return Number(value);
}

type AttributeReader = (name: string) => string | null;

/**
 * An image from its attributes (an <img> element's, or those of an <img> tag in a <noscript>); `values`: all the
 * element's attribute values, for an address in an attribute no list names.
 */
function imageFrom(
  read: AttributeReader,
  baseUrl: string | null,
  extraSrcset: string | null = null,
  values: string[] = [],
): ArticleImage | null {
  let src: string | null = null;
  for (const name of LAZY_SRC_ATTRIBUTES) {
    const value = read(name);
    src = pictureUrl(/^\s*[{[]/.test(value ?? '') ? JSON_ADDRESS.exec(value!)?.[1] : value, baseUrl);
    if (src) break;
  }
  src ??= pictureUrl(read('src'), baseUrl);
  let candidates: Candidate[] = [];
  for (const name of [...LAZY_SRCSET_ATTRIBUTES, 'srcset']) {
    candidates = srcsetCandidates(read(name), baseUrl);
    if (candidates.length) break;
  }
  if (!candidates.length) candidates = srcsetCandidates(extraSrcset, baseUrl);
  if (!src && candidates.length) src = candidates.reduce((best, next) => (next.size > best.size ? next : best)).url;
  // A lazy loader's attribute of its own for the address ('data-lg', 'data-m-lazyloader-src'): the first value that
  // is a picture file's address. No address but a placeholder's: no picture.
  for (const value of src ? [] : values) {
    src = IMAGE_ADDRESS.test(value) ? pictureUrl(value, baseUrl) : null;
    if (src) break;
  }
  if (!src) return null;
  let width = dimension(read('width'));
  let height = dimension(read('height'));
  // A height of 0 beside a picture's width is none declared: a template's "auto" (width="570" height="0", the address
  // sized "570x0"), not a picture no one sees (a tracker is narrow too).
  if (height === 0 && (width ?? 0) > TRACKER_MAX_SIDE) height = undefined;
  const shapeOnly = (candidate: Candidate) =>
    candidate.descriptor.endsWith('w') && candidate.size > (width ?? 1e9) * SHAPE_ONLY_RATIO;
  if (candidates.length && candidates.every(shapeOnly)) width = height = undefined;
  if (
    (width !== undefined && width <= TRACKER_MAX_SIDE) ||
    (height !== undefined && height <= TRACKER_MAX_SIDE) ||
    Math.max(width ?? 1e3, height ?? 1e3) <= GLYPH_MAX_SIDE ||
    (height !== undefined && height <= BANNER_MAX_HEIGHT && (width ?? 0) >= height * BANNER_MIN_RATIO)
  )
    return null;
  // Markup some sites write into the description ("Caption<br><small>Photo by <a …>…</a></small>") is not its text,
  // nor are the entities of a description escaped twice ("Britain&amp;#39;s" in the page: "Britain&#39;s" read).
  const alt = decodeBasicEntities((read('alt') ?? '').replace(/<\/?[a-z][^>]*>/gi, ' '))
    .replace(/\s+/g, ' ')
    .trim();
  const { pathname, search } = new URL(src);
  const path = pathname.split('/').slice(-2).join('/');
  // The largest side the address states ('avatar-45x45.jpg', '?w=45', '/s45/', '/w_45,h_45/'; 0: none), unless a
  // srcset candidate states a larger width (a blurred preview's address beside the picture's own sizes).
  const stated = Math.max(0, ...(ADDRESS_SIZE.exec(pathname + search) ?? []).slice(1).map(Number).filter(Boolean));
  if (
    Math.max(width ?? 0, height ?? 0) <= ICON_MAX_SIDE &&
    (ICON_PATH.test(path) ||
      ICON_PATH.test(read('class') ?? '') ||
      GLYPH_ALT.test(alt) ||
      (stated &&
        stated <= ICON_MAX_SIDE &&
        !candidates.some((candidate) => candidate.descriptor.endsWith('w') && candidate.size > ICON_MAX_SIDE)))
  )
    return null;
  const image: ArticleImage = { src, alt };
  const srcset = joinSrcset(candidates);
  if (srcset) image.srcset = srcset;
  if (width !== undefined) image.width = width;
  if (height !== undefined) image.height = height;
  return image;
}

/**
 * A picture that may be a button's icon: a drawing ("stampa2.png") not declared larger than an icon. In a link that
 * goes nowhere (a script's button: print, share) it is one; a photo a script enlarges there is a JPEG or is sized.
 */
export function mayBeIcon(image: ArticleImage): boolean {
  return (
    Math.max(image.width ?? 0, image.height ?? 0) <= ICON_MAX_SIDE && DRAWING_FILE.test(new URL(image.src).pathname)
  );
}

export function imageOfElement(
  img: Element,
  baseUrl: string | null,
  extraSrcset: string | null = null,
): ArticleImage | null {
  return imageFrom((name) => attr(img, name), baseUrl, extraSrcset, attributeValues(img));
}

/** A <picture>: its <img>, with the first media-free <source>'s candidates when the <img> has none. */
export function imageOfPicture(picture: Element, baseUrl: string | null): ArticleImage | null {
  let img: Element | null = null;
  let sourceSrcset: string | null = null;
  for (let child = firstElementChild(picture); child; child = nextElementSibling(child)) {
    const tag = tagOf(child);
    if (tag === 'img') img ??= child;
    else if (tag === 'source' && !sourceSrcset && !child.hasAttribute('media')) {
      sourceSrcset = attr(child, 'data-srcset') ?? attr(child, 'srcset');
    }
  }
  if (img) return imageOfElement(img, baseUrl, sourceSrcset);
  return imageFrom((name) => (name === 'srcset' ? sourceSrcset : null), baseUrl);
}

/**
 * The images of a <noscript> fallback. A browser with scripts on keeps its content as text: the
 * <img> tags are read from that text (attributes only, never parsed as markup); a DOM without
 * scripts (Node) has parsed them into elements.
 */
export function imagesOfNoscript(noscript: Element, baseUrl: string | null): ArticleImage[] {
  const images: ArticleImage[] = [];
  if (firstElementChild(noscript)) {
    for (const img of querySelectorAll(noscript, 'img')) {
      const image = imageOfElement(img, baseUrl);
      if (image) images.push(image);
    }
    return images;
  }
  for (const tag of rawTextContent(noscript).match(NOSCRIPT_IMG) ?? []) {
    const attributes = new Map<string, string>();
    for (const match of tag.slice(4).matchAll(TAG_ATTRIBUTE)) {
      const name = match[1]!.toLowerCase();
      if (!attributes.has(name)) attributes.set(name, decodeBasicEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    const image = imageFrom((name) => attributes.get(name) ?? null, baseUrl);
    if (image) images.push(image);
  }
  return images;
}

/** The entities that occur in attribute values of URLs and alt texts (numeric references of the BMP: "&#39;"). */
function decodeBasicEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, code) => String.fromCharCode(code))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
