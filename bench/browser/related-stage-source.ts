/**
 * The related-stories stage of one checkout as source for a bench bundle (compare-related.ts, dom-reads.ts):
 * imports of that checkout's core under `name`, and `${name}Stage(url)`, which prepares the stage's context as
 * analyze.ts does (page scan, article and its walk) and returns the stage to run later, in a budgeted run as in the
 * analysis (the read layer memoises class reads only there). The run returns the number of stories found.
 */
import path from 'node:path';

export function relatedStageSource(name: string, root: string): string {
  const from = (file: string) => JSON.stringify(path.resolve(root, 'src/core', file));
  return `import * as ${name}Dom from ${from('dom')};
import * as ${name}Article from ${from('detect/article')};
import * as ${name}Meta from ${from('detect/metadata')};
import * as ${name}Related from ${from('detect/related')};
import * as ${name}Budget from ${from('read/budget')};
const ${name}Stage = (url: string | null) => {
  const scan = ${name}Meta.scanPageSafely(document);
  const metadata = ${name}Meta.extractMetadata(document, { articleRoots: [], pageUrl: url, scan });
  const body = ${name}Dom.pageBody(document);
  const selection = body && ${name}Article.findArticle(body, {
    title: metadata.title,
    findByline: !metadata.byline,
    pageHeadings: scan.h1sAndH2s,
  });
  const context = {
    baseUrl: ${name}Dom.documentBaseUrl(document, url),
    pageUrl: url,
    articleRoots: selection ? selection.roots : [],
    links: scan.links,
    // The article walk, as analyze.ts passes it (the stage reads what the walk read instead of the DOM).
    walk: selection ? selection.walk : undefined,
  };
  return () => ${name}Budget.withStepBudget(() => ${name}Related.findRelatedStories(document, context)).length;
};
`;
}
