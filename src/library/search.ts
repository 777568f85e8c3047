/**
 * Full-text search of the library, fast enough to answer on every keystroke: when the page loads,
 * each entry gets one folded (lowercase, accents and typographic quotes removed) text of its
 * headline, key points, headings, bullets, related titles, site (its name and its address's host)
 * and byline; a query matches an entry when every one of its words occurs in that text (as a
 * substring, so "kyrgyz" finds "Kyrgyzstan’s").
 * A scan of 1,000 such texts takes a few milliseconds; no token index is needed at this size.
 */
import type { SavedOutline, SavedSection } from '../shared/storage';
import { siteOf as hostOf } from '../ui/format';
import { plainQuote } from '../ui/outline-model';

/** Marks of accented letters after NFD; folding them away lets "cafe" find "Café". */
const COMBINING_MARKS = /\p{M}/gu;
/** Typographic apostrophes and quotes (plainQuote's), searched as their plain twins. */
const TYPOGRAPHIC_QUOTES = /[\u2018-\u201f]/g;

export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(TYPOGRAPHIC_QUOTES, (char) => plainQuote(char) ?? char);
}

export function queryTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
}

export type FieldKind = 'keyPoint' | 'heading' | 'bullet' | 'related';

export interface SearchField {
  kind: FieldKind;
  text: string;
}

function collectSections(sections: SavedSection[], fields: SearchField[]): void {
  for (const section of sections) {
    if (section.text) fields.push({ kind: 'heading', text: section.text });
    for (const bullet of section.bullets) fields.push({ kind: 'bullet', text: bullet });
    collectSections(section.children, fields);
  }
}

/** The texts of an entry that can be shown as a search snippet, in reading order (key points first, as the reader). */
export function snippetFields(entry: SavedOutline): SearchField[] {
  const fields: SearchField[] = (entry.keyPoints ?? []).map((text) => ({ kind: 'keyPoint', text }));
  collectSections(entry.outline, fields);
  for (const story of entry.related) fields.push({ kind: 'related', text: story.title });
  return fields;
}

/**
 * Where an entry comes from, for the site filter: its site's name, else its host without "www." (as the popup's
 * and the reader's site line show it).
 */
export function siteOf(entry: SavedOutline): string {
  return entry.siteName?.trim() || hostOf(entry.url) || entry.url;
}

export interface SearchIndex {
  entries: SavedOutline[];
  sites: string[];
  /**
   * Folded searchable text, one per entry, same order: folded at the first search (or when the page is idle),
   * never before the list's first paint, which needs only the sites (folding 1,000 entries took 185 ms in Node).
   */
  texts(): string[];
}

/** Separates fields so that a query never matches across the end of one text and the start of the next. */
const FIELD_SEPARATOR = '\n';

/**
 * Each entry's folded text, computed once per entry object: a storage change replaces only
 * the entries it touched, so rebuilding the index after a save in another tab folds one entry, not all.
 */
const indexedCache = new WeakMap<SavedOutline, string>();

function indexed(entry: SavedOutline): string {
  let item = indexedCache.get(entry);
  if (item === undefined) {
    const fields = snippetFields(entry).map((field) => field.text);
    // The host too: a site is often known by its address ("nytimes", "wikipedia"), not by its name.
    const parts = [entry.title, entry.siteName ?? '', hostOf(entry.url), entry.byline ?? '', ...fields];
    item = foldText(parts.join(FIELD_SEPARATOR));
    indexedCache.set(entry, item);
  }
  return item;
}

export function buildSearchIndex(entries: SavedOutline[]): SearchIndex {
  let texts: string[] | null = null;
  return { entries, sites: entries.map(siteOf), texts: () => (texts ??= entries.map(indexed)) };
}

/** The saved article texts, folded once for search (id → folded text). */
export function foldArticleTexts(texts: ReadonlyMap<string, string>): Map<string, string> {
  const folded = new Map<string, string>();
  for (const [id, text] of texts) folded.set(id, foldText(text));
  return folded;
}

/**
 * The entries matching every word of the query (and the site, when one is chosen), in library order.
 * `articleTexts` (folded, by entry id): each word may also be found in the entry's saved text.
 */
export function searchLibrary(
  index: SearchIndex,
  query: string,
  site: string | null = null,
  articleTexts?: ReadonlyMap<string, string> | null,
): SavedOutline[] {
  const terms = queryTerms(query);
  const texts = terms.length ? index.texts() : null;
  const matches: SavedOutline[] = [];
  for (let i = 0; i < index.entries.length; i++) {
    if (site !== null && index.sites[i] !== site) continue;
    if (!texts) {
      matches.push(index.entries[i]!);
      continue;
    }
    const text = texts[i]!;
    const article = articleTexts?.get(index.entries[i]!.id);
    const found = (term: string) => text.includes(term) || (article !== undefined && article.includes(term));
    if (terms.every(found)) matches.push(index.entries[i]!);
  }
  return matches;
}

/** Folded snippet fields per entry, computed once: each keystroke re-renders up to a page of rows. */
const foldedFieldsCache = new WeakMap<SavedOutline, { field: SearchField; folded: string }[]>();

function foldedFields(entry: SavedOutline): { field: SearchField; folded: string }[] {
  let fields = foldedFieldsCache.get(entry);
  if (!fields) {
    fields = snippetFields(entry).map((field) => ({ field, folded: foldText(field.text) }));
    foldedFieldsCache.set(entry, fields);
  }
  return fields;
}

/** The heading, bullet or related title containing most query words (the first such): shown under a result. */
export function bestSnippet(entry: SavedOutline, terms: string[]): SearchField | null {
  if (!terms.length) return null;
  let best: SearchField | null = null;
  let bestCount = 0;
  for (const { field, folded } of foldedFields(entry)) {
    const count = terms.filter((term) => folded.includes(term)).length;
    if (count > bestCount) {
      best = field;
      bestCount = count;
      if (count === terms.length) break;
    }
  }
  return best;
}

export interface TextPiece {
  text: string;
  match: boolean;
}

/**
 * A term shorter than this is marked only where a word begins ("e" marks "Election", not every "e" of the row): a
 * single letter occurs in nearly every word, so marking each one shows nothing and put 1,718 marks on screen at the
 * first keystroke ("e", 1,000 outlines in Chromium: 132 ms to the laid-out list; 33 ms with this rule and ASCII below).
 */
const MIN_INSIDE_WORD_TERM = 2;

/** A letter or digit: a match after one is inside a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u;

/** ASCII only: folding is lowercasing, one character for one, so positions need no map. */
const PLAIN_ASCII = /^[\x00-\x7f]*$/;

/** The folded text and, for each of its positions, the position in the original text it came from. */
function foldWithPositions(text: string): { folded: string; originalStart: number[] | null } {
  if (PLAIN_ASCII.test(text)) return { folded: text.toLowerCase(), originalStart: null };
  let folded = '';
  const originalStart: number[] = [];
  let offset = 0;
  for (const char of text) {
    const piece = foldText(char);
    for (let i = 0; i < piece.length; i++) originalStart.push(offset);
    folded += piece;
    offset += char.length;
  }
  originalStart.push(text.length);
  return { folded, originalStart };
}

/**
 * Splits text into plain and matching pieces, for <mark> highlighting built as nodes (never HTML).
 * Folding is done per character with a map back to the original positions, so accents and case
 * in the text do not shift the highlight.
 */
export function highlightPieces(text: string, terms: string[]): TextPiece[] {
  if (!terms.length || !text) return [{ text, match: false }];
  const { folded, originalStart } = foldWithPositions(text);
  const original = (at: number) => (originalStart ? (originalStart[at] ?? text.length) : at);
  const marked = new Array<boolean>(text.length + 1).fill(false);
  for (const term of terms) {
    const wordStartsOnly = term.length < MIN_INSIDE_WORD_TERM;
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
      if (wordStartsOnly && at > 0 && WORD_CHAR.test(folded[at - 1]!)) continue;
      const to = original(at + term.length);
      for (let i = original(at); i < to; i++) marked[i] = true;
    }
  }
  const pieces: TextPiece[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      pieces.push({ text: text.slice(start, i), match: marked[start]! });
      start = i;
    }
  }
  return pieces;
}
