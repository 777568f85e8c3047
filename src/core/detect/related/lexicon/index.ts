/**
 * The label lexicon compiled for matching: which kind of block a short label names, and what a
 * promo prefix or a link text says. Data lives in one file per language (see types.ts).
 */
import { ar } from './ar';
import { cs } from './cs';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { he } from './he';
import { it } from './it';
import { ja } from './ja';
import { ko } from './ko';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { sv } from './sv';
import { tr } from './tr';
import { uk } from './uk';
import { zh } from './zh';
import type { LabelKind, LexiconEntry } from './types';
import { escapeLiteral } from '../../vocabulary/patterns';
import { foldApostrophes } from '../../../read/text';
import { isAsciiAlphanumeric } from '../../../text';

export type { LabelKind, LexiconEntry } from './types';

export const LEXICON: readonly LexiconEntry[] = [
  ...en,
  ...de,
  ...fr,
  ...es,
  ...pt,
  ...it,
  ...nl,
  ...pl,
  ...cs,
  ...tr,
  ...ru,
  ...uk,
  ...zh,
  ...ja,
  ...ko,
  ...ar,
  ...he,
  ...sv,
];

/** A label longer than this is running text, not a block heading. */
export const MAX_LABEL_CHARS = 80;

/** What a label matched: its kind and the entry that says why. */
export interface LabelMatch {
  kind: LabelKind;
  phrase: string;
  why: string;
}

/** Latin and Cyrillic letters: a phrase in these scripts must end at a word end ("next" is not "nextcloud"). */
const WORD_GOES_ON = /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\d]/u;

interface Compiled {
  starts: Map<string, LexiconEntry[]>;
  anywhere: LexiconEntry[];
  /**
   * Phrases with a gap ("more … stories"): the gap is one to three words, and the phrase is the whole label. `start`:
   * the pattern's start, asked first, so that a pattern is compiled only for a label that starts so.
   */
  gaps: { start: string; pattern: RegExp; entry: LexiconEntry }[];
}

/** Words a gap "…" in a phrase stands for. */
const MAX_GAP_WORDS = 3;

/** Entries indexed by their first character, in lexicon order (longer phrases win: they are tried first). */
function compile(kinds: ReadonlySet<LabelKind>): Compiled {
  const starts = new Map<string, LexiconEntry[]>();
  const anywhere: LexiconEntry[] = [];
  const gaps: Compiled['gaps'] = [];
  const sorted = LEXICON.filter((entry) => kinds.has(entry[0])).sort((a, b) => b[1].length - a[1].length);
  for (const entry of sorted) {
    if (entry[1].includes(' … ')) {
      const [head, tail] = entry[1].split(' … ') as [string, string];
      gaps.push({
        start: `${head} `,
        pattern: new RegExp(`^${escapeLiteral(head)} (?:\\S+ ){1,${MAX_GAP_WORDS}}${escapeLiteral(tail)}\\W*$`, 'u'),
        entry,
      });
    } else if (entry[1].startsWith('*')) anywhere.push([entry[0], entry[1].slice(1), entry[2]]);
    else {
      const first = entry[1][0]!;
      const list = starts.get(first) ?? [];
      list.push(entry);
      starts.set(first, list);
    }
  }
  return { starts, anywhere, gaps };
}

/** The kinds a block label is read for, and those a link text is read for. */
const BLOCK_KINDS = compile(
  new Set<LabelKind>(['related', 'sequence', 'sitewide', 'sponsored', 'furniture', 'search']),
);
const PREFIX_KINDS = compile(new Set<LabelKind>(['related', 'promo', 'sequence']));
const LINK_KINDS = compile(new Set<LabelKind>(['seeall', 'sequence']));

/** Lower case, direction marks and leading punctuation out, apostrophes folded, whitespace collapsed. */
export function normalizeLabel(label: string): string {
  // Most labels and link texts are plain ASCII words: lower case is then all there is to do.
  if (isPlainAsciiLabel(label)) return label.toLowerCase();
  return foldApostrophes(label.toLowerCase().replace(/[\u0307\p{Cf}]/gu, ''))
    .replace(/^[\s\p{P}\p{S}]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Printable ASCII without a backquote, starting with a letter or a digit, single spaces between words and
 * none at the end: every step of normalizeLabel but the lower case leaves such a text as it is.
 */
function isPlainAsciiLabel(text: string): boolean {
  if (!text || !isAsciiAlphanumeric(text.charCodeAt(0)) || text.charCodeAt(text.length - 1) === SPACE) return false;
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < SPACE || code > TILDE || code === BACKQUOTE) return false;
    if (code === SPACE && text.charCodeAt(i - 1) === SPACE) return false;
  }
  return true;
}

const SPACE = 0x20;
const TILDE = 0x7e;
const BACKQUOTE = 0x60;

function match(text: string, compiled: Compiled): LabelMatch | null {
  if (!text) return null;
  for (const entry of compiled.starts.get(text[0]!) ?? []) {
    const phrase = entry[1];
    if (text.startsWith(phrase) && !WORD_GOES_ON.test(text.slice(phrase.length)))
      return { kind: entry[0], phrase, why: entry[2] };
  }
  for (const { start, pattern, entry } of compiled.gaps) {
    if (text.startsWith(start) && pattern.test(text))
      return { kind: entry[0], phrase: text.match(pattern)![0], why: entry[2] };
  }
  for (const entry of compiled.anywhere) {
    const at = text.indexOf(entry[1]);
    if (at >= 0 && !WORD_GOES_ON.test(text.slice(at + entry[1].length)))
      return { kind: entry[0], phrase: entry[1], why: entry[2] };
  }
  return null;
}

/**
 * What a block label says ("You may also like" → related, "Most read" → sitewide), or null. A
 * sponsored phrase anywhere wins over a related start ("Recommended by …", "Promoted stories").
 */
export function matchBlockLabel(label: string): LabelMatch | null {
  const text = normalizeLabel(label);
  if (!text || text.length > MAX_LABEL_CHARS) return null;
  const found = match(text, BLOCK_KINDS);
  if (found && found.kind !== 'sponsored') {
    for (const entry of BLOCK_KINDS.anywhere) {
      if (entry[0] === 'sponsored' && text.includes(entry[1]))
        return { kind: 'sponsored', phrase: entry[1], why: entry[2] };
    }
  }
  return found;
}

/** Separators after a promo prefix ("Related: …", "READ MORE » …", "Lire aussi - …"). */
const PREFIX_SEPARATOR = /^\s*[:：\-–—»›>|]/;
/** A PREFIX_SEPARATOR character anywhere in a text. */
const HAS_SEPARATOR = /[:：\-–—»›>|]/;
/** Brackets, bullets and arrows before a promo prefix. */
const PREFIX_LEAD = /^[\s[(\u2022\u25B6\u25BA\u2192>»›*•·-]+/u;

/**
 * The promo prefix a line starts with ("Related: <headline>", "Lesen Sie auch: …"), or null.
 * `bare`: the prefix stands alone (a bold "Related" before the link), so no separator is needed.
 */
export function matchPromoPrefix(text: string, bare = false): LabelMatch | null {
  // Without a separator anywhere, no prefix can be followed by one (most link texts): told before any matching.
  if (!bare && !HAS_SEPARATOR.test(text)) return null;
  const cleaned = text.replace(/\p{Cf}/gu, '').replace(PREFIX_LEAD, '');
  const lower = cleaned.toLowerCase();
  const found = match(lower, PREFIX_KINDS);
  if (!found) return null;
  const rest = lower.slice(found.phrase.length);
  if (bare ? /^[\s\]):：\-–—»›>|]*$/.test(rest) : PREFIX_SEPARATOR.test(rest)) return found;
  return null;
}

/** What a link's own text says: a "see all" link to a listing, or a bare previous / next link. */
export function matchLinkText(text: string): LabelMatch | null {
  return match(normalizeLabel(text), LINK_KINDS);
}
