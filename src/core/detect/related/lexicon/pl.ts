import type { LexiconEntry } from './types';

/** Polish. */
export const pl: readonly LexiconEntry[] = [
  ['related', 'powiązane', '"related"'],
  ['related', 'czytaj także', '"read also"'],
  ['related', 'czytaj też', '"read also"'],
  ['related', 'czytaj również', '"read also"'],
  ['related', 'zobacz też', '"see also"'],
  ['related', 'zobacz także', '"see also"'],
  ['related', 'polecamy', '"we recommend"'],
  ['related', 'podobne artykuły', '"similar articles"'],
  ['sitewide', 'najczęściej czytane', '"most read"'],
  ['furniture', 'komentarze', '"comments"'],
];
