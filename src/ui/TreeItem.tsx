/**
 * One row of the outline tree (a heading with its children, a bullet, or "Show N more"). A row
 * re-renders only when something about its own subtree changed: on a 200-section live blog, the
 * section being read moves often while scrolling, and re-rendering the whole tree each time made
 * frames drop.
 */
import { Component } from 'preact';
import { ClampedText, Highlighted } from './ClampedText';
import type { TreeNode } from './outline-model';

export interface TreeItemProps {
  node: TreeNode;
  position: number;
  setSize: number;
  tabStop: string | null;
  activeId: string | null;
  terms: string[];
  idPrefix: string;
  /** Keys of long bullets shown in full. */
  expandedText: ReadonlySet<string>;
  /** Stable callbacks (the same functions on every render: a row that is not re-rendered keeps them). */
  onRowClick(key: string): void;
  onToggle(key: string, expand: boolean): void;
  onToggleText(key: string, expand: boolean): void;
}

/** Whether a section id or row key belongs to this node's subtree. */
function inSubtree(node: TreeNode, key: string | null): boolean {
  if (key === null) return false;
  if (node.key === key || node.sectionId === key) return true;
  return node.kind === 'heading' && node.children.some((child) => inSubtree(child, key));
}

export class TreeItem extends Component<TreeItemProps> {
  override shouldComponentUpdate(next: TreeItemProps): boolean {
    const now = this.props;
    if (
      next.node !== now.node ||
      next.terms !== now.terms ||
      next.expandedText !== now.expandedText ||
      next.position !== now.position ||
      next.setSize !== now.setSize ||
      next.idPrefix !== now.idPrefix
    ) {
      return true;
    }
    const moved = (a: string | null, b: string | null) =>
      a !== b && (inSubtree(next.node, a) || inSubtree(next.node, b));
    return moved(now.activeId, next.activeId) || moved(now.tabStop, next.tabStop);
  }

  override render() {
    return <TreeItemRow {...this.props} />;
  }
}

function TreeItemRow(props: TreeItemProps) {
  const {
    node,
    position,
    setSize,
    tabStop,
    activeId,
    terms,
    idPrefix,
    expandedText,
    onRowClick,
    onToggle,
    onToggleText,
  } = props;
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
              <path
                d="M4 2.5 7.5 6 4 9.5"
                fill="none"
                stroke="currentColor"
                stroke-width="1.6"
                stroke-linecap="round"
                stroke-linejoin="round"
              />
            </svg>
          </span>
        ) : (
          <span class={node.kind === 'bullet' ? 'or-dot' : 'or-twisty-space'} aria-hidden="true" />
        )}
        {node.kind === 'bullet' ? (
          <span class="or-text">
            <ClampedText
              id={labelId}
              text={node.text}
              terms={terms}
              expanded={terms.length > 0 || expandedText.has(node.key)}
              buttonTabIndex={-1}
              onToggle={(expand) => onToggleText(node.key, expand)}
            />
          </span>
        ) : (
          <span id={labelId} class="or-label">
            {node.kind === 'more' ? `Show ${node.hiddenCount} more` : <Highlighted text={node.text} terms={terms} />}
          </span>
        )}
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
