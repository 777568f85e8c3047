/**
 * Which of the attributes the analysis asks about an element has, read in one call (getAttributeNames) where the rules
 * asked for each by name: the page walk reads them once per element with attributes and keeps them in its tree
 * (detect/walk-tree.ts `attributes`), so that a rule asks the DOM for an attribute's value only when the element has
 * it (most elements with attributes have one or two: a link its href, a block its class). The names and the read:
 * ./attribute-names.ts.
 */

/** Every bit: an element whose names were not read may have any of the attributes (ask each by name). */
export const ANY_ATTRIBUTE = 0x1fff;

export const CLASS = 1;
export const ID = 2;
/** The attributes that can hide an element (read/visibility.ts isHiddenByAttributes): hidden, style, aria-hidden. */
export const HIDING = 4 | 8 | 16;
export const ROLE = 32;
export const REL = 64;
export const ITEMPROP = 128;
export const HREF = 256;
export const ARIA_LABEL = 512;
/** The attributes of an accessible name: aria-label, aria-labelledby. */
export const ARIA_NAME = ARIA_LABEL | 1024;
export const DATA_COMPONENT = 2048;
export const DATA_MODULE = 4096;
/** The attributes whose words say what a block is (related/text.ts attributeHints): class, id, aria-label, data-*. */
export const HINTING = CLASS | ID | ARIA_LABEL | DATA_COMPONENT | DATA_MODULE;
