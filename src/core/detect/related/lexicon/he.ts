import type { LexiconEntry } from './types';

/** Hebrew. */
export const he: readonly LexiconEntry[] = [
  ['related', 'כתבות נוספות', '"more articles"'],
  ['related', 'עוד בנושא', '"more on the topic"'],
  ['related', 'כתבות קשורות', '"related articles"'],
  ['related', 'מומלצים', '"recommended"'],
  ['related', 'קראו גם', '"read also"'],
  ['related', 'עוד כתבות', '"more articles"'],
  ['related', 'כתבות מומלצות', '"recommended articles"'],
  ['related', 'אולי יעניין אותך', '"may interest you"'],
  ['related', 'כתבות דומות', '"similar articles"'],
  ['sequence', 'הכתבה הבאה', '"next article"'],
  ['sitewide', 'הנקראים ביותר', '"most read"'],
];
