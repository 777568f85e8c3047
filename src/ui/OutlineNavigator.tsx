/**
 * The filter box, the key points and the outline tree, shared by the popup and the in-page panel.
 * Keyboard: ↑/↓ move, →/← expand/collapse (mirrored in right-to-left articles; on a long bullet
 * they show or clamp its whole text), Home/End, Enter jumps to the heading, typing a letter in the
 * tree goes to the filter box, ↓ in the filter box goes to the key points, then into the tree,
 * Esc in the filter box clears it (or, when empty, calls onEscape).
 * Page text is only ever rendered as text nodes.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { KeyPoint, OutlineSection } from '../core/types';
import { plural } from './format';
import { KeyPoints } from './KeyPoints';
import {
  EMPTY_TREE_STATE,
  bulletKey,
  buildVisibleTree,
  countNodes,
  firstHeading,
  flattenVisible,
  logicalArrowKey,
  queryTerms,
  treeKeyAction,
  visibleKeyPoints,
  type TreeState,
} from './outline-model';
import { TreeItem } from './TreeItem';
import { useKeepInMiddle } from './use-keep-in-middle';
import { useProgressiveRows } from './use-progressive-rows';

export interface OutlineNavigatorProps {
  outline: OutlineSection[];
  /** The article's key sentences, shown above the tree (or alone when there are no headings); none: the tree only. */
  keyPoints?: KeyPoint[];
  /**
   * The article's direction (format.ts textDirection: the page's, else its text's) and language (the tree follows
   * them; the UI around it does not).
   */
  dir: 'ltr' | 'rtl' | null;
  lang: string | undefined;
  /** Unique prefix for DOM ids (the popup and a panel may share nothing, but ids must be unique per document). */
  idPrefix: string;
  /** Jump to a section's heading, or a key point's paragraph, in the page. */
  onJump(id: string): void;
  /** Esc pressed with an empty filter (the popup closes, the panel hides). */
  onEscape?(): void;
  /** The section currently being read (panel only): marked, and kept in the middle of the panel. */
  activeId?: string | null;
  /** Lets the host focus the filter box (the `/` shortcut). */
  filterRef?: RefObject<HTMLInputElement>;
  /** Put keyboard focus on the outline when it first appears (arrows, Enter and typing work at once). */
  autoFocus?: boolean;
}

type TextToggles = ReadonlySet<string>;

const NO_KEY_POINTS: KeyPoint[] = [];

export function OutlineNavigator(props: OutlineNavigatorProps) {
  const { outline, keyPoints = NO_KEY_POINTS, dir, lang, idPrefix, onJump, onEscape, activeId } = props;
  const [state, setState] = useState<TreeState>(EMPTY_TREE_STATE);
  const [expandedText, setExpandedText] = useState<TextToggles>(new Set());
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const ownFilterRef = useRef<HTMLInputElement>(null);
  const filterRef = props.filterRef ?? ownFilterRef;
  const treeRef = useRef<HTMLUListElement>(null);
  const pointsRef = useRef<HTMLDivElement>(null);
  // Bumped whenever keyboard focus must move to the tab-stop row (also when that row is unchanged).
  const [focusRequest, setFocusRequest] = useState(0);

  const nodes = useMemo(() => buildVisibleTree(outline, state), [outline, state]);
  const rows = useMemo(() => flattenVisible(nodes), [nodes]);
  const drawn = useProgressiveRows(nodes);
  const terms = useMemo(() => queryTerms(state.query), [state.query]);
  const points = useMemo(() => visibleKeyPoints(keyPoints, state.query), [keyPoints, state.query]);
  const rowKeys = useMemo(() => new Set(rows.map((row) => row.key)), [rows]);
  // The roving tab stop: the focused row if still visible, else the section being read, else the first row.
  const fallbackStop = activeId && rowKeys.has(activeId) ? activeId : (rows[0]?.key ?? null);
  const tabStop = focusedKey !== null && rowKeys.has(focusedKey) ? focusedKey : fallbackStop;
  // No direction only for a text without letters: the arrow keys need one.
  const direction = dir ?? 'ltr';

  // A layout effect: focus moves in the same frame as the key press, not a frame later.
  useLayoutEffect(() => {
    if (focusRequest && tabStop !== null) rowElement(treeRef.current, tabStop)?.focus();
  }, [focusRequest]);
  useLayoutEffect(() => {
    if (!props.autoFocus) return;
    const first = pointsRef.current?.querySelector<HTMLElement>('.or-kp-jump');
    (first ?? (tabStop !== null ? rowElement(treeRef.current, tabStop) : null))?.focus({ preventScroll: true });
  }, []);
  useKeepInMiddle(treeRef, activeId ?? null, drawn.length);

  const focusRow = (key: string) => {
    setFocusedKey(key);
    setFocusRequest((n) => n + 1);
  };
  const focusFirstRow = () => rows[0] && focusRow(rows[0].key);
  const focusKeyPoint = (which: 'first' | 'last') => {
    const buttons = pointsRef.current?.querySelectorAll<HTMLElement>('.or-kp-jump');
    const target = buttons?.[which === 'first' ? 0 : buttons.length - 1];
    target?.focus();
    return Boolean(target);
  };

  const update = (change: (draft: { collapsed: Set<string>; showAllBullets: Set<string> }) => void) =>
    setState((previous) => {
      const draft = { collapsed: new Set(previous.collapsed), showAllBullets: new Set(previous.showAllBullets) };
      change(draft);
      return { ...previous, ...draft };
    });
  const toggleText = (key: string, expand: boolean) =>
    setExpandedText((previous) => {
      const next = new Set(previous);
      if (expand) next.add(key);
      else next.delete(key);
      return next;
    });

  const activate = (key: string) => {
    const row = rows.find((candidate) => candidate.key === key);
    if (!row) return;
    if (row.kind === 'more') {
      const more = findMore(nodes, key);
      update((draft) => draft.showAllBullets.add(row.sectionId));
      // The "more" row is replaced by the rest of the list: focus moves to the first newly shown bullet.
      if (more) focusRow(bulletKey(row.sectionId, more.firstHidden));
      return;
    }
    // Content before the first heading has no heading to jump to.
    if (row.jumpTo) onJump(row.jumpTo);
  };

  const toggle = (key: string, expand: boolean) =>
    update((draft) => (expand ? draft.collapsed.delete(key) : draft.collapsed.add(key)));

  // The rows get callbacks that never change (a row that skips a re-render keeps its old ones);
  // they call the newest handlers of this render through a ref.
  const handlers = useRef({ activate, toggle, toggleText, setFocusedKey });
  handlers.current = { activate, toggle, toggleText, setFocusedKey };
  const rowCallbacks = useMemo(
    () => ({
      onRowClick(key: string) {
        handlers.current.setFocusedKey(key);
        handlers.current.activate(key);
      },
      onToggle(key: string, expand: boolean) {
        handlers.current.setFocusedKey(key);
        handlers.current.toggle(key, expand);
      },
      onToggleText: (key: string, expand: boolean) => handlers.current.toggleText(key, expand),
    }),
    [],
  );

  /**
   * "/" goes to the filter box, and a printable key starts (or continues) the filter, from a key point as from a row
   * of the tree: the panel opens with focus on the first key point, and only the popup handles "/" page-wide.
   */
  const onFilterKeys = (event: KeyboardEvent): boolean => {
    if (event.altKey || event.ctrlKey || event.metaKey) return false;
    if (event.key === '/') {
      event.preventDefault();
      filterRef.current?.focus();
      filterRef.current?.select();
      return true;
    }
    if (event.key.length === 1 && event.key !== ' ') {
      event.preventDefault();
      setState((previous) => withQuery(previous, previous.query + event.key));
      filterRef.current?.focus();
      return true;
    }
    return false;
  };

  const onTreeKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey || onFilterKeys(event)) return;
    // The row the key was pressed on (the focused one), else the tab stop.
    const target = (event.target as HTMLElement | null)?.closest?.('[role=treeitem]') as HTMLElement | null;
    const current = target?.dataset.key ?? tabStop;
    const key = logicalArrowKey(event.key, direction);
    const row = rows.find((candidate) => candidate.key === current);
    if (row?.longText && (key === 'ArrowRight' || key === 'ArrowLeft') && !terms.length) {
      const expand = key === 'ArrowRight';
      if (expand !== expandedText.has(row.key)) {
        event.preventDefault();
        toggleText(row.key, expand);
        return;
      }
    }
    const action = treeKeyAction(rows, current, key);
    if (action.type === 'none') {
      // ↑ on the first row goes back up to the key points.
      if (key === 'ArrowUp' && current === rows[0]?.key && focusKeyPoint('last')) event.preventDefault();
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    if (action.type === 'focus') {
      focusRow(action.key);
    } else if (action.type === 'expand' || action.type === 'collapse') {
      toggle(action.key, action.type === 'expand');
    } else {
      activate(action.key);
    }
  };

  const onFilterKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' && (points.length || rows.length)) {
      event.preventDefault();
      if (!focusKeyPoint('first')) focusFirstRow();
    } else if (event.key === 'Enter') {
      const first = firstHeading(nodes)?.sectionId ?? points[0]?.id;
      if (first) {
        event.preventDefault();
        onJump(first);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      if (state.query) setState((previous) => withQuery(previous, ''));
      else onEscape?.();
    }
  };

  const counts = countNodes(nodes);
  const filterId = `${idPrefix}-filter`;
  const statusId = `${idPrefix}-filter-status`;
  const treeId = `${idPrefix}-tree`;
  return (
    <div class="or-navigator">
      <div class="or-filter">
        <label class="or-visually-hidden" for={filterId}>
          Filter the outline
        </label>
        <svg class="or-filter-icon" viewBox="0 0 16 16" aria-hidden="true">
          <circle cx="7" cy="7" r="4.5" fill="none" stroke="currentColor" stroke-width="1.6" />
          <path d="M10.5 10.5 14 14" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
        <input
          id={filterId}
          ref={filterRef}
          class="or-filter-input"
          type="search"
          placeholder="Filter the outline"
          autocomplete="off"
          spellcheck={false}
          aria-describedby={statusId}
          aria-controls={treeId}
          value={state.query}
          onInput={(event) => {
            const query = (event.currentTarget as HTMLInputElement).value;
            setState((previous) => withQuery(previous, query));
          }}
          onKeyDown={onFilterKeyDown}
        />
        <kbd class="or-filter-hint" aria-hidden="true">
          /
        </kbd>
      </div>
      <p id={statusId} class={state.query ? 'or-filter-status' : 'or-visually-hidden'} aria-live="polite">
        {state.query ? filterStatus(points.length, counts.headings, counts.bullets) : ''}
      </p>
      <div ref={pointsRef} onKeyDown={onFilterKeys}>
        <KeyPoints
          points={points}
          terms={terms}
          idPrefix={idPrefix}
          dir={dir}
          lang={lang}
          expandedText={expandedText}
          onJump={onJump}
          onToggleText={toggleText}
          onLeaveDown={focusFirstRow}
        />
      </div>
      {nodes.length > 0 && (
        <>
          {points.length > 0 && <h2 class="or-section-title or-outline-title">Outline</h2>}
          <ul
            ref={treeRef}
            id={treeId}
            class="or-tree"
            role="tree"
            aria-label="Article outline"
            dir={direction}
            lang={lang}
            onKeyDown={onTreeKeyDown}
          >
            {drawn.map((node, index) => (
              <TreeItem
                key={node.key}
                node={node}
                position={index + 1}
                setSize={nodes.length}
                tabStop={tabStop}
                activeId={activeId ?? null}
                terms={terms}
                idPrefix={idPrefix}
                expandedText={expandedText}
                {...rowCallbacks}
              />
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

/** A new filter text opens every heading again, so no match stays hidden under a collapsed one. */
function withQuery(state: TreeState, query: string): TreeState {
  return { ...state, query, collapsed: new Set() };
}

function filterStatus(points: number, headings: number, bullets: number): string {
  if (!points && !headings && !bullets) return 'Nothing in the outline matches the filter.';
  const parts = [
    points ? plural(points, 'key point') : '',
    plural(headings, 'heading'),
    plural(bullets, 'bullet'),
  ].filter(Boolean);
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)} match`;
}

function rowElement(tree: HTMLElement | null, key: string): HTMLElement | null {
  return (tree?.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null) ?? null;
}

function findMore(nodes: ReturnType<typeof buildVisibleTree>, key: string): { firstHidden: number } | null {
  for (const node of nodes) {
    if (node.kind === 'more' && node.key === key) return node;
    if (node.kind === 'heading') {
      const found = findMore(node.children, key);
      if (found) return found;
    }
  }
  return null;
}
