import type { LexiconEntry } from './types';

/** Portuguese. */
export const pt: readonly LexiconEntry[] = [
  ['related', 'posts relacionados', '"related posts"'],
  ['related', 'post relacionado', '"related post"'],
  ['related', 'artigos relacionados', '"related articles"'],
  ['related', 'notícias relacionadas', '"related news"'],
  ['related', 'matérias relacionadas', '"related stories"'],
  ['related', 'leia também', '"read also"'],
  ['related', 'leia mais', '"read more"'],
  ['related', 'veja também', '"see also"'],
  ['related', 'você pode gostar', '"you may like"'],
  ['related', 'você também pode gostar', '"you may also like"'],
  ['related', 'saiba mais', '"learn more"'],
  ['related', 'mais notícias', '"more news"'],
  ['related', 'mais sobre', '"more about"'],
  ['related', 'do mesmo autor', '"by the same author": more from the author'],
  ['sequence', 'próximo post', '"next post"'],
  ['sequence', 'próximo artigo', '"next article"'],
  ['sequence', 'post anterior', '"previous post"'],
  ['sequence', 'artigo anterior', '"previous article"'],
  ['sitewide', 'mais lidas', '"most read"'],
  ['furniture', 'comentários', '"comments"'],
  ['furniture', 'compartilhe', '"share"'],
];
