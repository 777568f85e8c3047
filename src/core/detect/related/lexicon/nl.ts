import type { LexiconEntry } from './types';

/** Dutch. */
export const nl: readonly LexiconEntry[] = [
  ['related', 'gerelateerd', '"related"'],
  ['related', 'gerelateerde artikelen', '"related articles"'],
  ['related', 'lees ook', '"read also"'],
  ['related', 'lees meer', '"read more"'],
  ['related', 'meer over', '"more about"'],
  ['related', 'aanbevolen', '"recommended"'],
  ['related', 'ook interessant', '"also interesting"'],
  ['related', 'misschien ook interessant', '"perhaps also interesting"'],
  ['related', '*vind je misschien ook leuk', '"(this) you may also like"'],
  ['related', '*vind je vast ook leuk', '"(this) you will surely like too"'],
  ['related', 'ook leuk', '"also nice": stories offered to the reader of this one'],
  ['related', 'vergelijkbare artikelen', '"similar articles"'],
  ['related', 'soortgelijke artikelen', '"similar articles"'],
  ['related', 'aanbevolen voor jou', '"recommended for you"'],
  ['related', 'uit dezelfde categorie', '"from the same category"'],
  ['sequence', 'vorig artikel', '"previous article"'],
  ['sequence', 'volgend artikel', '"next article"'],
  ['sitewide', 'meest gelezen', '"most read"'],
  ['furniture', 'reacties', '"comments"'],
  ['furniture', 'delen', '"share"'],
];
