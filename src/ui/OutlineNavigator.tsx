/**
 * The filter box and the outline tree, shared by the popup and the in-page panel.
 * Keyboard: ↑/↓ move, →/← expand/collapse (mirrored in right-to-left articles), Home/End,
 * Enter jumps to the heading, typing a letter in the tree goes to the filter box, ↓ in the
 * filter box goes into the tree, Esc in the filter box clears it (or, when empty, calls onEscape).
 * Page text is only ever rendered as text nodes.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OutlineSection } from '../core/types';
import {
  EMPTY_TREE_STATE,
  SHORT_BULLET_COUNT,
  bulletKey,
  buildVisibleTree,
  countNodes,
  firstHeading,
  flattenVisible,
  highlightSegments,
  logicalArrowKey,
  queryTerms,
  treeKeyAction,
  type TreeNode,
  type TreeState,
} from './outline-model';

export interface OutlineNavigatorProps {
  outline: OutlineSection[];
  /** The article's direction and language (the tree follows them; the UI around it does not). */
  dir: 'ltr' | 'rtl' | null;
  lang: string | null;
  /** Unique prefix for DOM ids (the popup and a panel may share nothing, but ids must be unique per document). */
  idPrefix: string;
  /** Jump to a section's heading in the page. */
  onJump(sectionId: string): void;
  /** Esc pressed with an empty filter (the popup closes, the panel hides). */
  onEscape?(): void;
  /** The section currently being read (panel only): marked, and kept in view. */
  activeId?: string | null;
  /** Lets the host focus the filter box (the `/` shortcut). */
  filterRef?: RefObject<HTMLInputElement>;
  /** Put keyboard focus on the tree when it first appears (arrows, Enter and typing work at once). */
  autoFocus?: boolean;
}

export function OutlineNavigator(props: OutlineNavigatorProps) {
  const { outline, dir, lang, idPrefix, onJump, onEscape, activeId } = props;
  const [state, setState] = useState<TreeState>(EMPTY_TREE_STATE);
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const ownFilterRef = useRef<HTMLInputElement>(null);
  const filterRef = props.filterRef ?? ownFilterRef;
  const treeRef = useRef<HTMLUListElement>(null);
  // Bumped whenever keyboard focus must move to the tab-stop row (also when that row is unchanged).
  const [focusRequest, setFocusRequest] = useState(0);

  const nodes = useMemo(() => buildVisibleTree(outline, state), [outline, state]);
  const rows = useMemo(() => flattenVisible(nodes), [nodes]);
  const terms = useMemo(() => queryTerms(state.query), [state.query]);
  const rowKeys = useMemo(() => new Set(rows.map((row) => row.key)), [rows]);
  // The roving tab stop: the focused row if it is still visible, else the first row.
  const tabStop = focusedKey !== null && rowKeys.has(focusedKey) ? focusedKey : (rows[0]?.key ?? null);
  const direction = dir ?? 'ltr';

  // A layout effect: focus moves in the same frame as the key press, not a frame later.
  useLayoutEffect(() => {
    if (focusRequest && tabStop !== null) rowElement(treeRef.current, tabStop)?.focus();
  }, [focusRequest]);
  useLayoutEffect(() => {
    if (props.autoFocus && tabStop !== null) rowElement(treeRef.current, tabStop)?.focus({ preventScroll: true });
  }, []);
  const focusRow = (key: string) => {
    setFocusedKey(key);
    setFocusRequest((n) => n + 1);
  };

  useEffect(() => {
    if (!activeId) return;
    const row = rowElement(treeRef.current, activeId);
    // Keep the section being read visible in the panel's own scroll box (never scrolls the page).
    row?.querySelector(':scope > .or-row')?.scrollIntoView({ block: 'nearest' });
  }, [activeId]);

  const update = (change: (draft: { collapsed: Set<string>; showAllBullets: Set<string> }) => void) =>
    setState((previous) => {
      const draft = { collapsed: new Set(previous.collapsed), showAllBullets: new Set(previous.showAllBullets) };
      change(draft);
      return { ...previous, ...draft };
    });

  const activate = (key: string) => {
    const row = rows.find((candidate) => candidate.key === key);
    if (!row) return;
    if (row.kind === 'more') {
      update((draft) => draft.showAllBullets.add(row.sectionId));
      // The "more" row is replaced by the rest of the list: focus moves to the first newly shown bullet.
      focusRow(bulletKey(row.sectionId, SHORT_BULLET_COUNT));
      return;
    }
    // Content before the first heading has no heading to jump to.
    if (row.jumpTo) onJump(row.jumpTo);
  };

  const toggle = (key: string, expand: boolean) =>
    update((draft) => (expand ? draft.collapsed.delete(key) : draft.collapsed.add(key)));

  const onTreeKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === '/') {
      // "/" goes to the filter box from anywhere in the tree (the popup also handles it page-wide).
      event.preventDefault();
      filterRef.current?.focus();
      filterRef.current?.select();
      return;
    }
    if (event.key.length === 1 && event.key !== ' ') {
      // Type-to-filter: a printable key in the tree starts (or continues) the filter.
      event.preventDefault();
      setState((previous) => withQuery(previous, previous.query + event.key));
      filterRef.current?.focus();
      return;
    }
    // The row the key was pressed on (the focused one), else the tab stop.
    const target = (event.target as HTMLElement | null)?.closest?.('[role=treeitem]') as HTMLElement | null;
    const current = target?.dataset.key ?? tabStop;
    const action = treeKeyAction(rows, current, logicalArrowKey(event.key, direction));
    if (action.type === 'none') return;
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
    if (event.key === 'ArrowDown' && rows.length) {
      event.preventDefault();
      focusRow(rows[0]!.key);
    } else if (event.key === 'Enter') {
      const first = firstHeading(nodes);
      if (first) {
        event.preventDefault();
        onJump(first.sectionId);
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
          Filter headings and bullets
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
          placeholder="Filter headings and bullets"
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
        {state.query
          ? nodes.length
            ? `${plural(counts.headings, 'heading')} and ${plural(counts.bullets, 'bullet')} match`
            : 'Nothing in the outline matches the filter.'
          : ''}
      </p>
      {nodes.length > 0 && (
        <ul
          ref={treeRef}
          id={treeId}
          class="or-tree"
          role="tree"
          aria-label="Article outline"
          dir={direction}
          lang={lang ?? undefined}
          onKeyDown={onTreeKeyDown}
        >
          {nodes.map((node, index) => (
            <TreeItem
              key={node.key}
              node={node}
              position={index + 1}
              setSize={nodes.length}
              tabStop={tabStop}
              activeId={activeId ?? null}
              terms={terms}
              idPrefix={idPrefix}
              onRowClick={(key) => {
                setFocusedKey(key);
                activate(key);
              }}
              onToggle={(key, expand) => {
                setFocusedKey(key);
                toggle(key, expand);
              }}
            />
          ))}
        </ul>
      )}
    </div>
  );
}

/** A new filter text opens every heading again, so no match stays hidden under a collapsed one. */
function withQuery(state: TreeState, query: string): TreeState {
  return { ...state, query, collapsed: new Set() };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function rowElement(tree: HTMLElement | null, key: string): HTMLElement | null {
  return (tree?.querySelector(`[data-key="${CSS.escape(key)}"]`) as HTMLElement | null) ?? null;
}

interface TreeItemProps {
  node: TreeNode;
  position: number;
  setSize: number;
  tabStop: string | null;
  activeId: string | null;
  terms: string[];
  idPrefix: string;
  onRowClick(key: string): void;
  onToggle(key: string, expand: boolean): void;
}

function Highlighted({ text, terms }: { text: string; terms: string[] }) {
  return (
    <>
      {highlightSegments(text, terms).map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}

function TreeItem(props: TreeItemProps) {
  const { node, position, setSize, tabStop, activeId, terms, idPrefix, onRowClick, onToggle } = props;
  const labelId = `${idPrefix}-row-${node.key}`;
  const heading = node.kind === 'heading' ? node : null;
  const active = heading !== null && heading.sectionId === activeId;
  return (
    <li
      role="treeitem"
      class={`or-item or-${node.kind}${active ? ' or-active' : ''}`}
      data-key={node.key}
      data-section={node.sectionId}
      aria-level={node.depth}
      aria-posinset={position}
      aria-setsize={setSize}
      aria-labelledby={labelId}
      aria-expanded={heading?.expandable ? heading.expanded : undefined}
      aria-current={active ? 'location' : undefined}
      tabIndex={node.key === tabStop ? 0 : -1}
    >
      <div class="or-row" onClick={() => onRowClick(node.key)}>
        {heading?.expandable ? (
          <span
            class="or-twisty"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              onToggle(heading.key, !heading.expanded);
            }}
          >
            <svg viewBox="0 0 12 12">
              <path d="M4 2.5 7.5 6 4 9.5" fill="none" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" stroke-linejoin="round" />
            </svg>
          </span>
        ) : (
          <span class={node.kind === 'bullet' ? 'or-dot' : 'or-twisty-space'} aria-hidden="true" />
        )}
        <span id={labelId} class="or-label">
          {node.kind === 'more' ? `Show ${node.hiddenCount} more` : <Highlighted text={node.text} terms={terms} />}
        </span>
      </div>
      {heading?.expanded && (
        <ul role="group" class="or-group">
          {heading.children.map((child, index) => (
            <TreeItem {...props} key={child.key} node={child} position={index + 1} setSize={heading.children.length} />
          ))}
        </ul>
      )}
    </li>
  );
}
