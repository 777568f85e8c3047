/** The article's site, headline, byline, date and reading time (text only, in the article's direction). */
import type { OutlineResult } from '../core/types';
import { keepMarksWithWords, metaParts, siteLabel, textDirection, textLanguage } from './format';

export function ArticleHeader({ result, compact = false }: { result: OutlineResult; compact?: boolean }) {
  const site = siteLabel(result);
  const meta = metaParts(result);
  const HeadlineTag = compact ? 'h2' : 'h1';
  return (
    <header class="or-article-header" dir={textDirection(result) ?? 'auto'} lang={textLanguage(result)}>
      {site && (
        <p class="or-site">
          <bdi>{site}</bdi>
        </p>
      )}
      <HeadlineTag class="or-headline">{keepMarksWithWords(result.title) || 'Untitled article'}</HeadlineTag>
      {meta.length > 0 && (
        <p class="or-meta">
          {meta.map((part, index) => (
            // <bdi>: each part keeps its own direction ("1 min read" stays readable in a right-to-left header);
            // the span around it carries the separator in the header's direction, so that the dot of a right-to-left
            // header lies left of its part, between it and the next.
            <span key={index}>
              <bdi>{part}</bdi>
            </span>
          ))}
        </p>
      )}
    </header>
  );
}
