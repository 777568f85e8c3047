/** Tables of data (kept whatever their content) told apart from tables used for layout, as Readability does. */
import { attr, tagOf } from '../dom';
import { childElements, firstChild, hasAttr, querySelector, querySelectorAll } from '../read/dom';

/** Data tables: this many rows or more ... */
const DATA_TABLE_MIN_ROWS = 10;
/** ... or more columns than this ... */
const DATA_TABLE_MIN_COLUMNS = 4;
/** ... or more cells than this. */
const DATA_TABLE_MIN_CELLS = 10;

/** Tables of data (kept whatever their content) versus tables used for layout. */
export function isDataTable(table: Element, cache: Map<Element, boolean>): boolean {
  let verdict = cache.get(table);
  if (verdict === undefined) {
    verdict = judgeDataTable(table);
    cache.set(table, verdict);
  }
  return verdict;
}

function judgeDataTable(table: Element): boolean {
  if (attr(table, 'role') === 'presentation') return false;
  if (attr(table, 'datatable') === '0') return false;
  if (hasAttr(table, 'summary')) return true;
  const caption = querySelector(table, 'caption');
  if (caption && firstChild(caption)) return true;
  if (querySelector(table, 'col, colgroup, tfoot, thead, th')) return true;
  if (querySelector(table, 'table')) return false;
  const rows = querySelectorAll(table, 'tr');
  let columns = 0;
  for (const row of rows) {
    let cells = 0;
    for (const cell of childElements(row)) {
      const tag = tagOf(cell);
      if (tag === 'td' || tag === 'th') cells += Number(attr(cell, 'colspan') ?? 1) || 1;
    }
    columns = Math.max(columns, cells);
  }
  if (rows.length >= DATA_TABLE_MIN_ROWS || columns > DATA_TABLE_MIN_COLUMNS) return true;
  return rows.length * columns > DATA_TABLE_MIN_CELLS;
}
