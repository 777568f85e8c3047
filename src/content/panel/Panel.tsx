/** The in-page outline panel (rendered by PanelController inside our shadow root). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineResult } from '../../core/types';
import type { LibrarySaveReply } from '../../shared/protocol';
import { ArticleHeader } from '../../ui/ArticleHeader';
import { OutlineNavigator } from '../../ui/OutlineNavigator';
import { hasOutlineContent } from '../../ui/outline-model';
import { RelatedList } from '../../ui/RelatedList';
import { describeSave, errorText, useTransientStatus } from '../../ui/status';

export type PanelContent =
  | { kind: 'loading' }
  | { kind: 'ready'; outline: OutlineResult }
  | { kind: 'no-article'; reason: string }
  | { kind: 'error'; message: string };

export interface PanelProps {
  content: PanelContent;
  activeId: string | null;
  /** Which edge of the window the panel sits at (the start edge of a right-to-left page is the right). */
  side: 'left' | 'right';
  onJump(sectionId: string): void;
  onSave(outline: OutlineResult): Promise<LibrarySaveReply>;
  onOpen(url: string): void;
  onClose(): void;
}

export function Panel({ content, activeId, side, onJump, onSave, onOpen, onClose }: PanelProps) {
  const [status, say] = useTransientStatus();
  const [saving, setSaving] = useState(false);
  const panelRef = useRef<HTMLElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    // Keyboard users arrive with focus in the outline, once (the page's focus is restored on close).
    if (focused.current || content.kind === 'loading') return;
    focused.current = true;
    const panel = panelRef.current;
    const target = panel?.querySelector<HTMLElement>('[role=treeitem][tabindex="0"]') ?? panel?.querySelector<HTMLElement>('button');
    target?.focus({ preventScroll: true });
  }, [content.kind]);

  const save = async (outline: OutlineResult) => {
    setSaving(true);
    try {
      say(describeSave(await onSave(outline)));
    } catch (error) {
      say(`Not saved: ${errorText(error)}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <aside
      ref={panelRef}
      class="or-theme or-panel"
      data-side={side}
      dir="ltr"
      lang="en"
      aria-label="Outline Reader"
      onKeyDown={(event) => {
        // Keys typed in the panel stop here, so the page's own shortcuts ("/" for its search, j/k…)
        // do not fire from its bubbling listeners. Its capture-phase listeners on window/document
        // still see each key (retargeted to our host) before this runs: see host.ts, "Keys".
        event.stopPropagation();
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
      onKeyUp={stopPropagation}
      onKeyPress={stopPropagation}
    >
      <div class="or-panel-bar">
        <span class="or-panel-brand">
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <rect x="1" y="1" width="14" height="14" rx="3.5" fill="currentColor" />
            <path d="M4.5 5h7M4.5 8.2h1M7 8.2h4.5M4.5 11h1M7 11h3.5" stroke="var(--or-bg)" stroke-width="1.5" stroke-linecap="round" />
          </svg>
          Outline
        </span>
        {content.kind === 'ready' && (
          <button type="button" class="or-button" disabled={saving} onClick={() => save(content.outline)}>
            Save
          </button>
        )}
        <button type="button" class="or-icon-button" aria-label="Close the outline (Esc)" title="Close (Esc)" onClick={onClose}>
          <svg viewBox="0 0 16 16" aria-hidden="true">
            <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
          </svg>
        </button>
      </div>
      <p class="or-panel-status" role="status" aria-live="polite">
        {status}
      </p>
      <div class="or-panel-body">
        <PanelBody content={content} activeId={activeId} onJump={onJump} onOpen={onOpen} onClose={onClose} />
      </div>
    </aside>
  );
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}

function PanelBody({ content, activeId, onJump, onOpen, onClose }: Pick<PanelProps, 'content' | 'activeId' | 'onJump' | 'onOpen' | 'onClose'>) {
  switch (content.kind) {
    case 'loading':
      return <p class="or-panel-message">Reading the page…</p>;
    case 'no-article':
      return (
        <div class="or-panel-message">
          <p class="or-panel-message-title">No article found on this page</p>
          <p>{content.reason}</p>
        </div>
      );
    case 'error':
      return (
        <div class="or-panel-message" role="alert">
          <p class="or-panel-message-title">The outline could not be made</p>
          <p>{content.message}</p>
        </div>
      );
    case 'ready': {
      const { outline } = content;
      const hasOutline = hasOutlineContent(outline.outline);
      return (
        <>
          <ArticleHeader result={outline} compact />
          {hasOutline ? (
            <OutlineNavigator
              outline={outline.outline}
              dir={outline.dir}
              lang={outline.lang}
              idPrefix="outline-reader-panel"
              activeId={activeId}
              onJump={onJump}
              onEscape={onClose}
            />
          ) : (
            <p class="or-empty">This article has no headings or lists to outline.</p>
          )}
          <RelatedList related={outline.related} dir={outline.dir} lang={outline.lang} headingId="outline-reader-panel-related" onOpen={onOpen} />
        </>
      );
    }
  }
}
