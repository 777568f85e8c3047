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
  ['sequence', 'vorig artikel', '"previous article"'],
  ['sequence', 'volgend artikel', '"next article"'],
  ['sitewide', 'meest gelezen', '"most read"'],
  ['furniture', 'reacties', '"comments"'],
  ['furniture', 'delen', '"share"'],
];
