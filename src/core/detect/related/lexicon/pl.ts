import type { LexiconEntry } from './types';

/** Polish. */
export const pl: readonly LexiconEntry[] = [
  ['related', 'powiązane', '"related"'],
  ['related', 'czytaj także', '"read also"'],
  ['related', 'czytaj też', '"read also"'],
  ['related', 'czytaj również', '"read also"'],
  ['related', 'przeczytaj także', '"read also" (perfective: "przeczytaj")'],
  ['related', 'przeczytaj też', '"read also" (perfective)'],
  ['related', 'przeczytaj również', '"read also" (perfective)'],
  ['related', 'zobacz również', '"see also"'],
  ['related', 'inne artykuły', '"other articles" (also "Inne artykuły autora": the author\'s other articles)'],
  ['related', 'zobacz też', '"see also"'],
  ['related', 'zobacz także', '"see also"'],
  ['related', 'polecamy', '"we recommend"'],
  ['related', 'podobne artykuły', '"similar articles"'],
  ['sitewide', 'najczęściej czytane', '"most read"'],
  ['furniture', 'komentarze', '"comments"'],
];
