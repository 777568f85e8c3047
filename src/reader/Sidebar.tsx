/** Beside the text: the outline (following the section being read), the key points and the related stories. */
import type { OutlineResult } from '../core/types';
import { OutlineNavigator } from '../ui/OutlineNavigator';
import { hasOutlineContent } from '../ui/outline-model';
import { textDirection, textLanguage } from '../ui/format';
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
  const keyPoints = article.keyPoints ?? [];
  if (!hasSidebar(article)) return null;
  // The popup's and panel's navigator, in the same order: key points first, then the outline.
  const hasNavigator = hasOutlineContent(article.outline) || keyPoints.length > 0;
  const keyPointIds = new Set(keyPoints.map((point) => point.id));
  const dir = textDirection(article);
  return (
    // The sidebar's own scroll box (on wide windows): the navigator keeps the section being read in its middle.
    // tabIndex -1: Firefox makes a scroll box a Tab stop even when what it holds are stops of their own (an extra
    // stop with a ring around the whole sidebar, between the article's last link and the filter); Chromium does not.
    <aside class="rd-sidebar" aria-label="Outline of the article" data-scroll-area="" tabIndex={-1}>
      {hasNavigator && (
        <section class="rd-side-section" aria-label="Outline">
          {/* With key points, the navigator titles its own parts ("Key points", "Outline"). */}
          {keyPoints.length === 0 && <h2 class="or-section-title">Outline</h2>}
          <OutlineNavigator
            outline={article.outline}
            keyPoints={keyPoints}
            dir={dir}
            lang={textLanguage(article)}
            idPrefix="reader"
            activeId={activeId}
            onJump={(id) => jumpTo(keyPointIds.has(id) ? keyPointDomId(id) : headingDomId(id))}
            onEscape={onEscape}
          />
        </section>
      )}
      <RelatedList
        related={article.related}
        dir={dir}
        lang={textLanguage(article)}
        headingId="rd-related-title"
        onOpen={onOpen}
      />
    </aside>
  );
}
