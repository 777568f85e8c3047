/**
 * Element kinds the page walk (./page-walk.ts) tells apart, as Readability.js does: each tag's kinds
 * as bits of one map, so that the walk asks one lookup per element instead of a set per kind.
 */

/** Elements whose content is never readable text (an <audio>'s or <video>'s: what a browser that cannot play shows). */
export const NON_CONTENT = 1;
/** Elements that make a <div> a container rather than a paragraph (Readability's DIV_TO_P_ELEMS). */
export const BLOCK = 2;
/**
 * Inline (phrasing) elements: runs of them inside a <div> read as a paragraph. <font> too, and <u>, <s> and the old
 * inline tags: Readability.js reads them as text (<font> as a <span>); a run of one split a text block, and the text's
 * box lost its headings (readability replace-font-tags).
 */
export const PHRASING = 4;
/** Elements scored as paragraphs (Readability's DEFAULT_TAGS_TO_SCORE). */
export const SCORED = 8;
/** Structural elements dropped when they hold no text at all. */
export const DROPPED_WHEN_EMPTY = 16;

/** The tags of each kind above, in the order of their bits (kind 1 << i). */
const TAGS_BY_KIND = [
  'script style noscript template head svg math canvas iframe object embed frameset frame audio video',
  'blockquote dl div img ol p pre table ul',
  'abbr audio b bdo br button cite code data datalist dfn em embed i img input kbd label mark math meter ' +
    'noscript object output progress q ruby samp script select small span strong sub sup textarea time var wbr font ' +
    'u s strike big tt nobr bdi acronym',
  'section h2 h3 h4 h5 h6 p td pre',
  'div section header h1 h2 h3 h4 h5 h6',
];

function kindsByTag(): Map<string, number> {
  const kinds = new Map<string, number>();
  TAGS_BY_KIND.forEach((tags, bit) => {
    for (const tag of tags.split(' ')) kinds.set(tag, (kinds.get(tag) ?? 0) | (1 << bit));
  });
  return kinds;
}

/** Each tag's kinds (the bits above); a tag of none is not in it. */
export const TAG_KINDS: ReadonlyMap<string, number> = /* @__PURE__ */ kindsByTag();
