/**
 * The names read/attribute-bits.ts gives a bit each, and the one read of an element's attribute names (a module of its
 * own: a bundle that only tests the bits, the block reader's, carries no names).
 */
import { ANY_ATTRIBUTE } from './attribute-bits';
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

/** Each name's bit. */
const BIT_OF = new Map<string, number>(ATTRIBUTE_NAMES.map((name, i) => [name, 1 << i]));

/** The bit of one of ATTRIBUTE_NAMES (attribute-bits.ts's constants are these, written out). */
export function attributeBit(name: (typeof ATTRIBUTE_NAMES)[number]): number {
  return BIT_OF.get(name)!;
}

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
