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
  ['related', 'mohlo by vás také zajímat', '"might also interest you"'],
  ['related', 'mohlo by tě zajímat', '"might interest you" (informal address)'],
  ['related', 'podobné články', '"similar articles" (Czech and Slovak)'],
  ['related', 'mohlo by vás zaujímať', '"might interest you" (Slovak)'],
  ['related', 'mohlo by vás zaujať', '"might interest you" (Slovak)'],
  ['sitewide', 'nejčtenější', '"most read"'],
];
