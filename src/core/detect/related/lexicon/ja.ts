import type { LexiconEntry } from './types';

/** Japanese. */
export const ja: readonly LexiconEntry[] = [
  ['related', '関連', '"related"'],
  ['related', 'あわせて読みたい', '"read together with this"'],
  ['related', '合わせて読みたい', '"read together with this"'],
  ['related', 'おすすめ', '"recommended"'],
  ['related', 'オススメ', '"recommended"'],
  ['related', 'こちらもおすすめ', '"also recommended"'],
  ['related', 'この記事を読んだ人', '"people who read this article"'],
  ['related', 'あなたにおすすめ', '"recommended for you"'],
  ['related', 'こんな記事も', '"articles like these too"'],
  ['sequence', '次の記事', '"next article"'],
  ['sequence', '前の記事', '"previous article"'],
  ['sitewide', '人気', '"popular"'],
  ['sponsored', '*プロモーション', '"promotion"'],
  ['seeall', 'もっと見る', '"see more"'],
];
