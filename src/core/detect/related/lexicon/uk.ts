import type { LexiconEntry } from './types';

/** Ukrainian. */
export const uk: readonly LexiconEntry[] = [
  ['related', 'читайте також', '"read also"'],
  ['related', 'схожі', '"similar"'],
  ['related', 'по темі', '"on the topic"'],
  ['related', 'більше новин', '"more news"'],
];
