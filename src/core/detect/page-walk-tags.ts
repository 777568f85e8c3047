/** Element kinds the page walk (./page-walk.ts) tells apart, as Readability.js does. */

/** Elements whose content is never readable text. */
export const NON_CONTENT_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'svg',
  'math',
  'canvas',
  'iframe',
  'object',
  'embed',
  'frameset',
  'frame',
]);
/** Elements that make a <div> a container rather than a paragraph (Readability's DIV_TO_P_ELEMS). */
export const BLOCK_TAGS = new Set(['blockquote', 'dl', 'div', 'img', 'ol', 'p', 'pre', 'table', 'ul']);
/** Inline (phrasing) elements: runs of them inside a <div> read as a paragraph. */
export const PHRASING_TAGS = new Set([
  'abbr',
  'audio',
  'b',
  'bdo',
  'br',
  'button',
  'cite',
  'code',
  'data',
  'datalist',
  'dfn',
  'em',
  'embed',
  'i',
  'img',
  'input',
  'kbd',
  'label',
  'mark',
  'math',
  'meter',
  'noscript',
  'object',
  'output',
  'progress',
  'q',
  'ruby',
  'samp',
  'script',
  'select',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'textarea',
  'time',
  'var',
  'wbr',
]);
/** Elements scored as paragraphs (Readability's DEFAULT_TAGS_TO_SCORE). */
export const SCORED_TAGS = new Set(['section', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'td', 'pre']);
