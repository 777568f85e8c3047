import type { LexiconEntry } from './types';

/** Czech and Slovak. */
export const cs: readonly LexiconEntry[] = [
  ['related', 'související', '"related"'],
  ['related', 'mohlo by vás zajímat', '"might interest you"'],
  ['related', 'čtěte také', '"read also"'],
  ['related', 'další články', '"further articles"'],
  ['related', 'doporučujeme', '"we recommend"'],
  ['related', 'súvisiace', '"related" (Slovak)'],
  ['related', 'čítajte aj', '"read also" (Slovak)'],
  ['sitewide', 'nejčtenější', '"most read"'],
];
