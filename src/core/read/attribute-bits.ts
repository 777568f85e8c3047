/**
 * Which of the attributes the analysis asks about an element has, read in one call (getAttributeNames) where the rules
 * asked for each by name: the page walk reads them once per element with attributes and keeps them in its tree
 * (detect/walk-tree.ts `attributes`), so that a rule asks the DOM for an attribute's value only when the element has
 * it (most elements with attributes have one or two: a link its href, a block its class).
 */
import { isPlain } from './safe-access';

/** The attributes told apart, a bit each (in this order). */
export const ATTRIBUTE_NAMES = [
  'class',
  'id',
  'hidden',
  'style',
  'aria-hidden',
  'role',
  'rel',
  'itemprop',
  'href',
  'aria-label',
  'aria-labelledby',
  'data-component',
  'data-module',
] as const;

const BIT_OF = new Map<string, number>(ATTRIBUTE_NAMES.map((name, i) => [name, 1 << i]));

/** The bit of one of ATTRIBUTE_NAMES (the constants below are these, written out: no call per constant). */
export function attributeBit(name: (typeof ATTRIBUTE_NAMES)[number]): number {
  return BIT_OF.get(name)!;
}

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
/** The attributes of an accessible name: aria-label, aria-labelledby. */
export const ARIA_NAME = 512 | 1024;
/** The attributes whose words say what a block is (related/text.ts attributeHints): class, id, aria-label, data-*. */
export const HINTING = CLASS | ID | 512 | 2048 | 4096;

/**
 * The bits of the attributes the element has (0: none of ATTRIBUTE_NAMES). `plain`: as attr (read/dom.ts); an element
 * that is not plain (a form, whose controls can shadow its methods) gets ANY_ATTRIBUTE: each is asked by name.
 */
export function attributeBits(element: Element, plain = isPlain(element)): number {
  if (!plain) return ANY_ATTRIBUTE;
  const names = element.getAttributeNames();
  let bits = 0;
  for (let i = 0; i < names.length; i++) bits |= BIT_OF.get(names[i]!) ?? 0;
  return bits;
}
