import type { LexiconEntry } from './types';

/** Russian. */
export const ru: readonly LexiconEntry[] = [
  ['related', 'читайте также', '"read also"'],
  ['related', 'читайте еще', '"read more"'],
  ['related', 'читайте ещё', '"read more"'],
  ['related', 'похожие статьи', '"similar articles"'],
  ['related', 'похожие новости', '"similar news"'],
  ['related', 'похожие материалы', '"similar materials"'],
  ['related', 'похожие публикации', '"similar publications"'],
  ['related', 'материалы по теме', '"materials on the topic"'],
  ['related', 'по теме', '"on the topic"'],
  ['related', 'ещё по теме', '"more on the topic"'],
  ['related', 'еще по теме', '"more on the topic"'],
  ['related', 'новости по теме', '"news on the topic"'],
  ['related', 'рекомендуем', '"we recommend"'],
  ['related', 'смотрите также', '"see also"'],
  ['related', 'другие новости', '"other news"'],
  ['related', 'другие статьи', '"other articles"'],
  ['related', 'другие материалы', '"other materials"'],
  ['related', 'вам может быть интересно', '"may interest you"'],
  ['sequence', 'следующая статья', '"next article"'],
  ['sequence', 'предыдущая статья', '"previous article"'],
  ['sitewide', 'самое читаемое', '"most read"'],
  ['sitewide', 'самое популярное', '"most popular"'],
  ['sponsored', '*спонсор', '"sponsor"'],
  ['furniture', 'комментарии', '"comments"'],
];
