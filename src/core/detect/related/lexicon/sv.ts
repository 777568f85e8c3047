import type { LexiconEntry } from './types';

/** Swedish, Danish and Norwegian. */
export const sv: readonly LexiconEntry[] = [
  ['related', 'relaterat', '"related" (Swedish)'],
  ['related', 'relaterade artiklar', '"related articles" (Swedish)'],
  ['related', 'läs också', '"read also" (Swedish)'],
  ['related', 'läs mer', '"read more" (Swedish)'],
  ['related', 'læs også', '"read also" (Danish)'],
  ['related', 'les også', '"read also" (Norwegian)'],
  ['related', 'relaterte artikler', '"related articles" (Norwegian)'],
  ['sitewide', 'mest läst', '"most read" (Swedish)'],
  ['sitewide', 'mest læste', '"most read" (Danish)'],
];
