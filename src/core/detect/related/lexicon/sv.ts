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
  ['related', 'du kanske också gillar', '"you may also like" (Swedish)'],
  ['related', 'du kanske även gillar', '"you may also like" (Swedish)'],
  ['related', 'liknande artiklar', '"similar articles" (Swedish)'],
  ['related', 'du vil måske også synes om', '"you may also like" (Danish)'],
  ['related', 'du vil kanskje også like', '"you may also like" (Norwegian)'],
  ['related', 'lignende artikler', '"similar articles" (Danish and Norwegian)'],
  ['related', 'relaterede artikler', '"related articles" (Danish)'],
  ['sitewide', 'mest läst', '"most read" (Swedish)'],
  ['sitewide', 'mest læste', '"most read" (Danish)'],
];
