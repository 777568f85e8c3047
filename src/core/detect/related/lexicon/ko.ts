import type { LexiconEntry } from './types';

/** Korean. */
export const ko: readonly LexiconEntry[] = [
  ['related', '관련기사', '"related articles"'],
  ['related', '관련 기사', '"related articles"'],
  ['related', '추천기사', '"recommended articles"'],
  ['related', '추천 기사', '"recommended articles"'],
  ['related', '함께 볼만한', '"worth seeing together"'],
  ['sitewide', '많이 본', '"most viewed"'],
];
