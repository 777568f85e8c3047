/** Beside the text: the outline (following the section being read), the key points and the related stories. */
import type { OutlineResult } from '../core/types';
import { OutlineNavigator } from '../ui/OutlineNavigator';
import { hasOutlineContent } from '../ui/outline-model';
import { RelatedList } from '../ui/RelatedList';
import { headingDomId, keyPointDomId } from './Blocks';

interface SidebarProps {
  article: OutlineResult;
  activeId: string | null;
  onOpen(url: string): void;
  onEscape(): void;
}

function jumpTo(domId: string): void {
  const target = document.getElementById(domId);
  if (!target) return;
  target.scrollIntoView({ block: 'start' });
  target.focus({ preventScroll: true });
}

/** Whether the sidebar has anything to show (else the text takes the whole width). */
export function hasSidebar(article: OutlineResult): boolean {
  return hasOutlineContent(article.outline) || (article.keyPoints ?? []).length > 0 || article.related.length > 0;
}

export function Sidebar({ article, activeId, onOpen, onEscape }: SidebarProps) {
  const hasOutline = hasOutlineContent(article.outline);
  const keyPoints = article.keyPoints ?? [];
  if (!hasSidebar(article)) return null;
  return (
    <aside class="rd-sidebar" aria-label="Outline of the article">
      {hasOutline && (
        <section class="rd-side-section" aria-labelledby="rd-outline-title">
          <h2 id="rd-outline-title" class="or-section-title">
            Outline
          </h2>
          <OutlineNavigator
            outline={article.outline}
            dir={article.dir}
            lang={article.lang}
            idPrefix="reader"
            activeId={activeId}
            onJump={(sectionId) => jumpTo(headingDomId(sectionId))}
            onEscape={onEscape}
          />
        </section>
      )}
      {keyPoints.length > 0 && (
        <section class="rd-side-section" aria-labelledby="rd-keypoints-title">
          <h2 id="rd-keypoints-title" class="or-section-title">
            Key points
          </h2>
          <ul class="rd-keypoints" dir={article.dir ?? 'auto'} lang={article.lang ?? undefined}>
            {keyPoints.map((point) => (
              <li key={point.id}>
                <a
                  href={`#${keyPointDomId(point.id)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    jumpTo(keyPointDomId(point.id));
                  }}
                >
                  {point.text}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <RelatedList
        related={article.related}
        dir={article.dir}
        lang={article.lang}
        headingId="rd-related-title"
        onOpen={onOpen}
      />
    </aside>
  );
}
