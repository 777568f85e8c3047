/** Tables of data (kept whatever their content) told apart from tables used for layout, as Readability does. */
import { attr, tagOf } from '../dom';
import {
  childElements,
  firstChild,
  hasAttr,
  parentElement,
  querySelector,
  querySelectorAll,
  textContent,
} from '../read/dom';

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

/** The cells of a table row. */
const CELL_TAGS = new Set(['td', 'th']);
/** A datum writes a letter or a digit ("1 Pck.", "70 g"); a bullet or an arrow beside a link ("»") is none. */
const DATUM_TEXT = /[\p{L}\p{N}]/u;

/** A table cell that links nowhere and writes a letter or a digit: a datum of the table, not a link's decoration. */
function isPlainDatum(cell: Element): boolean {
  return CELL_TAGS.has(tagOf(cell)) && !querySelector(cell, 'a[href]') && DATUM_TEXT.test(textContent(cell));
}

/**
 * A table cell with a plain datum beside it in its row (`cell` itself not counted): its link is one of the table's
 * data ("1 Pck." | "<a>Dr. Oetker Trockenbackhefe</a>", an ingredient linked to its product), no link of a box.
 */
export function isCellBesideDatum(cell: Element): boolean {
  const row = CELL_TAGS.has(tagOf(cell)) ? parentElement(cell) : null;
  return !!row && childElements(row).some((other) => other !== cell && isPlainDatum(other));
}

/**
 * A table every row of which holds a plain datum (a small table of ingredients, some linked to their products): a
 * table of data whose links are data, not a box of links. Not one that holds a table (a layout's).
 */
export function isTableOfData(table: Element): boolean {
  if (querySelector(table, 'table')) return false;
  const rows = querySelectorAll(table, 'tr');
  return rows.length > 0 && rows.every((row) => childElements(row).some(isPlainDatum));
}
