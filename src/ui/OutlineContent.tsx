/**
 * What the popup and the panel show for a found article, below the headline: the key points and
 * the outline tree when there are any, else the article's own summary, so that a found article
 * never ends on "nothing to outline". Then the related stories.
 */
import type { RefObject } from 'preact';
import type { OutlineResult } from '../core/types';
import { plural, textDirection, textLanguage } from './format';
import { OutlineNavigator } from './OutlineNavigator';
import { hasOutlineContent } from './outline-model';
import { RelatedList } from './RelatedList';

export interface OutlineContentProps {
  outline: OutlineResult;
  idPrefix: string;
  onJump(id: string): void;
  onOpen(url: string): void;
  onEscape?(): void;
  activeId?: string | null;
  filterRef?: RefObject<HTMLInputElement>;
  autoFocus?: boolean;
}

export function OutlineContent({ outline, idPrefix, onOpen, ...navigator }: OutlineContentProps) {
  const hasItems = hasOutlineContent(outline.outline) || outline.keyPoints.length > 0;
  const dir = textDirection(outline);
  return (
    <>
      {hasItems ? (
        <OutlineNavigator
          outline={outline.outline}
          keyPoints={outline.keyPoints}
          dir={dir}
          lang={textLanguage(outline)}
          idPrefix={idPrefix}
          {...navigator}
        />
      ) : (
        <Summary outline={outline} idPrefix={idPrefix} dir={dir} />
      )}
      <RelatedList
        related={outline.related}
        dir={dir}
        lang={textLanguage(outline)}
        headingId={`${idPrefix}-related`}
        onOpen={onOpen}
      />
    </>
  );
}

/** A short article without headings or key sentences: its summary (the page's own, or its first paragraph). */
function Summary({ outline, idPrefix, dir }: { outline: OutlineResult; idPrefix: string; dir: 'ltr' | 'rtl' | null }) {
  const titleId = `${idPrefix}-summary`;
  return (
    <section class="or-summary" aria-labelledby={titleId}>
      <h2 id={titleId} class="or-section-title">
        In short
      </h2>
      {outline.excerpt ? (
        <p class="or-summary-text" dir={dir ?? 'auto'} lang={textLanguage(outline)}>
          {outline.excerpt}
        </p>
      ) : (
        <p class="or-empty">
          This article is {plural(outline.wordCount, 'word')} long, without headings, lists or key sentences.
        </p>
      )}
    </section>
  );
}
