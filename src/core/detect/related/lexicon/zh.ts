import type { LexiconEntry } from './types';

/** Chinese (simplified and traditional). */
export const zh: readonly LexiconEntry[] = [
  ['related', '相关', '"related"'],
  ['related', '相關', '"related"'],
  ['related', '延伸阅读', '"further reading"'],
  ['related', '延伸閱讀', '"further reading"'],
  ['related', '推荐阅读', '"recommended reading"'],
  ['related', '推薦閱讀', '"recommended reading"'],
  ['related', '猜你喜欢', '"you may like"'],
  ['related', '猜你喜歡', '"you may like"'],
  ['related', '更多文章', '"more articles"'],
  ['related', '更多新闻', '"more news"'],
  ['related', '更多新聞', '"more news"'],
  ['related', '更多阅读', '"more reading"'],
  ['related', '关联', '"associated"'],
  ['sequence', '上一篇', '"previous"'],
  ['sequence', '下一篇', '"next"'],
  ['sitewide', '热门', '"popular"'],
  ['sponsored', '*赞助', '"sponsored"'],
  ['sponsored', '*推广', '"promoted"'],
  ['seeall', '更多', '"more": a link to a listing'],
];
