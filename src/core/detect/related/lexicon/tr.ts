import type { LexiconEntry } from './types';

/** Turkish. */
export const tr: readonly LexiconEntry[] = [
  ['related', 'ilgili haberler', '"related news"'],
  ['related', 'benzer haberler', '"similar news"'],
  ['related', 'bunlar da ilginizi', '"these may interest you too"'],
  ['related', 'ilginizi çekebilir', '"may interest you"'],
  ['related', 'ilgili içerikler', '"related content"'],
  ['related', 'ilginizi çekebilecek', '"(stories) that may interest you"'],
  ['related', 'hoşunuza gidebilir', '"you may like"'],
  ['related', 'bunlar da hoşunuza', '"you may like these too"'],
  ['related', 'benzer yazılar', '"similar posts"'],
  ['related', 'benzer içerikler', '"similar content"'],
  ['sitewide', 'en çok okunan', '"most read"'],
];
