import type { LexiconEntry } from './types';

/** Italian. */
export const it: readonly LexiconEntry[] = [
  ['related', 'articoli correlati', '"related articles"'],
  ['related', 'correlati', '"related"'],
  ['related', 'approfondimenti', '"further reading"'],
  ['related', 'potrebbe interessarti', '"may interest you"'],
  ['related', 'ti potrebbe interessare', '"may interest you"'],
  ['related', 'potrebbero interessarti', '"may interest you"'],
  ['related', 'leggi anche', '"read also"'],
  ['related', 'altri articoli', '"other articles"'],
  ['related', 'potrebbe piacerti', '"you may like"'],
  ['related', 'dello stesso autore', '"by the same author": more from the author'],
  ['sequence', 'articolo successivo', '"next article"'],
  ['sequence', 'articolo precedente', '"previous article"'],
  ['sitewide', 'più letti', '"most read"'],
  ['furniture', 'commenti', '"comments"'],
  ['furniture', 'condividi', '"share"'],
];
