/** The in-page outline panel (rendered by PanelController inside our shadow root). */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { OutlineResult } from '../../core/types';
import type { LibrarySaveReply, ReaderOpenReply } from '../../shared/protocol';
import { ArticleHeader } from '../../ui/ArticleHeader';
import { OutlineContent } from '../../ui/OutlineContent';
import { describeSave, errorText, useTransientStatus } from '../../ui/status';
import type { Placement } from './placement';

export type PanelContent =
  | { kind: 'loading' }
  | { kind: 'ready'; outline: OutlineResult }
  | { kind: 'no-article'; reason: string }
  | { kind: 'error'; message: string; title?: string };

export interface PanelProps {
  content: PanelContent;
  activeId: string | null;
  /** Which edge it sits at, how wide, and whether it covers the article. */
  placement: Placement;
  /** Shown as a narrow strip at the window's edge. */
  collapsed: boolean;
  onJump(id: string): void;
  onSave(outline: OutlineResult): Promise<LibrarySaveReply>;
  /** Shows the article in the reader view (this tab navigates there); a failure is said in the status line. */
  onReader?(): Promise<ReaderOpenReply>;
  onOpen(url: string): void;
  onClose(): void;
  onCollapse(collapsed: boolean): void;
  /** Moves the panel to the other edge of the window. */
  onMove(): void;
}

export function Panel(props: PanelProps) {
  const { content, placement, collapsed, onClose } = props;
  const panelRef = useRef<HTMLElement>(null);
  const focused = useRef(false);
  useEffect(() => {
    // Keyboard users arrive with focus in the outline, once (the page's focus is restored on close).
    if (focused.current || content.kind === 'loading') return;
    focused.current = true;
    const panel = panelRef.current;
    // The first key point or the tree's tab stop; else the panel itself (not a button: a ring on
    // "Save" would look like a selection).
    const target = panel?.querySelector<HTMLElement>('.or-kp-jump, [role=treeitem][tabindex="0"]') ?? panel;
    target?.focus({ preventScroll: true });
  }, [content.kind]);

  return (
    <aside
      ref={panelRef}
      class={`or-theme or-panel${collapsed ? ' or-panel-collapsed' : ''}${placement.overlay ? ' or-panel-overlay' : ''}`}
      data-side={placement.side}
      // Numbers: Preact adds "px".
      style={{
        top: placement.top,
        width: collapsed ? undefined : placement.width,
      }}
      dir="ltr"
      lang="en"
      tabIndex={-1}
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
      {collapsed ? <CollapsedStrip {...props} /> : <FullPanel {...props} />}
    </aside>
  );
}

function stopPropagation(event: Event): void {
  event.stopPropagation();
}

const BRAND_ICON = (
  <svg viewBox="0 0 16 16" aria-hidden="true">
    <rect x="1" y="1" width="14" height="14" rx="3.5" fill="currentColor" />
    <path
      d="M4.5 5h7M4.5 8.2h1M7 8.2h4.5M4.5 11h1M7 11h3.5"
      stroke="var(--or-bg)"
      stroke-width="1.5"
      stroke-linecap="round"
    />
  </svg>
);

function CloseButton({ onClose }: { onClose(): void }) {
  return (
    <button
      type="button"
      class="or-icon-button"
      aria-label="Close the outline (Esc)"
      title="Close (Esc)"
      onClick={onClose}
    >
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
      </svg>
    </button>
  );
}

const MOVE_ICON = 'M2 5.5h11M10 2.5l3 3-3 3M14 10.5H3M6 7.5l-3 3 3 3';
const COLLAPSE_RIGHT = 'M6 3.5 10.5 8 6 12.5';
const COLLAPSE_LEFT = 'M10 3.5 5.5 8l4.5 4.5';

/** A square button with a stroked icon; its label is both its accessible name and its tooltip. */
function IconButton({ label, onClick, path }: { label: string; onClick(): void; path: string }) {
  return (
    <button type="button" class="or-icon-button" aria-label={label} title={label} onClick={onClick}>
      <svg viewBox="0 0 16 16" aria-hidden="true">
        <path
          d={path}
          fill="none"
          stroke="currentColor"
          stroke-width="1.5"
          stroke-linecap="round"
          stroke-linejoin="round"
        />
      </svg>
    </button>
  );
}

/** The collapsed panel: a narrow strip at the window's edge that opens the panel again. */
function CollapsedStrip({ onCollapse, onClose }: PanelProps) {
  return (
    <div class="or-strip">
      <button
        type="button"
        class="or-icon-button or-strip-open"
        aria-label="Expand the outline"
        title="Expand the outline"
        onClick={() => onCollapse(false)}
      >
        {BRAND_ICON}
      </button>
      <CloseButton onClose={onClose} />
    </div>
  );
}

function FullPanel({
  content,
  activeId,
  placement,
  onJump,
  onSave,
  onReader,
  onOpen,
  onClose,
  onCollapse,
  onMove,
}: PanelProps) {
  const [status, say] = useTransientStatus();
  const [saving, setSaving] = useState(false);
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
  const otherSide = placement.side === 'right' ? 'left' : 'right';
  return (
    <>
      <div class="or-panel-bar">
        <span class="or-panel-brand" title="Outline Reader">
          {BRAND_ICON}
          <span class="or-visually-hidden">Outline</span>
        </span>
        {content.kind === 'ready' && (
          <button type="button" class="or-button" disabled={saving} onClick={() => save(content.outline)}>
            Save
          </button>
        )}
        {content.kind === 'ready' && onReader && (
          <button
            type="button"
            class="or-button"
            onClick={async () => {
              try {
                const reply = await onReader();
                if (!reply.ok) say(reply.kind === 'error' ? reply.message : reply.reason);
              } catch (error) {
                say(errorText(error));
              }
            }}
          >
            Reader view
          </button>
        )}
        <IconButton label={`Move to the ${otherSide} side`} onClick={onMove} path={MOVE_ICON} />
        <IconButton
          label="Collapse to a strip"
          onClick={() => onCollapse(true)}
          path={placement.side === 'right' ? COLLAPSE_RIGHT : COLLAPSE_LEFT}
        />
        <PanelHelp />
        <CloseButton onClose={onClose} />
      </div>
      <p class="or-panel-status" role="status" aria-live="polite">
        {status}
      </p>
      {/* tabIndex -1: Firefox makes a scroll box a Tab stop (a ring around the whole body) even when its rows are
          stops of their own; Chromium does not. Every row, point and link is reachable by Tab or the arrow keys. */}
      <div class="or-panel-body" data-scroll-area="" tabIndex={-1}>
        <PanelBody content={content} activeId={activeId} onJump={onJump} onOpen={onOpen} onClose={onClose} />
      </div>
    </>
  );
}

/** The keys, behind a small "?" entry. */
function PanelHelp() {
  return (
    <details class="or-help">
      <summary class="or-icon-button or-help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts">
        ?
      </summary>
      <div class="or-help-panel">
        <p class="or-help-title">Keyboard</p>
        <ul class="or-shortcuts">
          <li>
            <kbd>/</kbd> filter · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> jump
          </li>
          <li>
            <kbd>→</kbd> <kbd>←</kbd> open or close a heading, or a long point
          </li>
          <li>
            <kbd>Esc</kbd> close · the toolbar shortcut shows or hides this panel
          </li>
        </ul>
      </div>
    </details>
  );
}

function PanelBody({
  content,
  activeId,
  onJump,
  onOpen,
  onClose,
}: Pick<PanelProps, 'content' | 'activeId' | 'onJump' | 'onOpen' | 'onClose'>) {
  switch (content.kind) {
    case 'loading':
      return <p class="or-panel-message or-panel-loading">Reading the page…</p>;
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
          <p class="or-panel-message-title">{content.title ?? 'The outline could not be made'}</p>
          <p>{content.message}</p>
        </div>
      );
    case 'ready':
      return (
        <>
          <ArticleHeader result={content.outline} compact />
          <OutlineContent
            outline={content.outline}
            idPrefix="outline-reader-panel"
            activeId={activeId}
            onJump={onJump}
            onEscape={onClose}
            onOpen={onOpen}
          />
        </>
      );
  }
}
