/**
 * Build-time trimming of texts that only people reading the data or running the CLI need, for the
 * extension build (vite.config.ts): every byte of the core is injected into the page a user
 * outlines (issue #12, size budget). The CLI (vite.cli.config.ts) and the tests keep them.
 *
 * - The core's JSON vocabularies carry `$comment…` / `about` keys that explain the data; the code
 *   never reads them. Their groups of words with a reason each become one group (the code flattens them).
 * - The related-stories lexicon holds `[kind, phrase, why]` entries; `why` is shown only by the
 *   CLI's `--explain` (a debug field, not part of the outline contract). The extension's entries are
 *   `[kind, phrase]`.
 * - The lexicon's matcher (related/lexicon/index.ts) copies an entry's `why` (`entry[2]`) into its matches: the
 *   extension's entries have none, so those copies go too.
 * - The related stage's features and verdicts carry a `note` / `why` text for the same `--explain`:
 *   written as literals (`{ value: 1, note: \`after the article\` }`) or getters (`get why()`), they
 *   are left out in the extension (nothing there reads them: the debug options read as undefined),
 *   which also spares it building them for every candidate link.
 */
import { parseSync, type Plugin } from 'vite';

/** Files whose entries are `[kind, phrase, why]` tuples (types.ts describes the shape). */
const LEXICON_FILE = /\/src\/core\/detect\/related\/lexicon\/(?!index\.|types\.)[\w-]+\.ts$/;
/** The lexicon's matcher, which copies an entry's `why` into its matches (stripEntryWhy). */
const LEXICON_MATCHER = /\/src\/core\/detect\/related\/lexicon\/index\.ts$/;
/** The analysis, which hands the debug options to the related stage (DEBUG_OPTIONS). */
const ANALYZE_CODE = /\/src\/core\/analyze\.ts$/;
/** The related stage's code, whose `note` / `why` literals explain a verdict (the lexicon is handled above). */
const RELATED_CODE = /\/src\/core\/detect\/related(\.ts|\/(?!lexicon\/)[\w-]+\.ts)$/;
/** The core's data files. */
const CORE_JSON = /\/src\/core\/.*\.json$/;
/**
 * Keys of a data file that are explanations for its readers: `$comment…` and `about` (a file's
 * note), `why` / `$why` (a group's reason, at any depth; the code reads only the words), and a list's reason beside
 * it, named after the list (`relatives` / `relativesWhy`).
 */
const COMMENT_KEY = /^(\$comment\w*|about|\$?why|[a-z]\w*Why)$/;

/** The one key of a group with a reason (`{ why, words: [...] }`) once its reason is gone, else null. */
function groupListKey(item: unknown): string | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const keys = Object.keys(item);
  const kept = keys.filter((key) => !COMMENT_KEY.test(key));
  const list = (item as Record<string, unknown>)[kept[0]!];
  return kept.length === 1 && kept.length < keys.length && Array.isArray(list) ? kept[0]! : null;
}

/**
 * A JSON value without its explanation keys, at any depth. A list of groups with reasons
 * (`[{ why, patterns: [...] }, ...]`) becomes one group of all their entries in file order: the code
 * reads such lists only by flattening them (vocabulary/patterns.ts `alternation`, `flatMap`).
 */
function withoutExplanations(value: unknown): unknown {
  if (Array.isArray(value)) {
    const key = value.length > 1 ? groupListKey(value[0]) : null;
    if (key !== null && value.every((item) => groupListKey(item) === key)) {
      const entries = value.flatMap((item) => (item as Record<string, unknown[]>)[key]!);
      return [{ [key]: withoutExplanations(entries) }];
    }
    return value.map(withoutExplanations);
  }
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !COMMENT_KEY.test(key))
      .map(([key, inner]) => [key, withoutExplanations(inner)]),
  );
}

/** Whether a value is a list of groups of words (`[["a", "b"], ["c"]]`). */
const isGroupsOfWords = (value: unknown): value is string[][] =>
  Array.isArray(value) &&
  value.every((group) => Array.isArray(group) && group.every((word) => typeof word === 'string'));

/**
 * A JSON data file without its explanation keys, re-serialised compactly. A file whose `$why` gives
 * the reasons of each list's groups by position (`"$why": { "related": [...] }`) gets each such list
 * as one group (`[["a", "b", "c"]]`): with the reasons gone the groups say nothing, and the code
 * reads them only flattened (related/vocabulary-lists.ts `alternation`).
 */
export function stripJsonComments(text: string): string {
  const data = JSON.parse(text) as unknown;
  const reasons = (data as { $why?: unknown } | null)?.$why;
  const stripped = withoutExplanations(data);
  if (reasons && typeof reasons === 'object' && stripped && typeof stripped === 'object') {
    const lists = stripped as Record<string, unknown>;
    for (const key of Object.keys(reasons))
      if (isGroupsOfWords(lists[key]) && lists[key].length > 1) lists[key] = [lists[key].flat()];
  }
  return JSON.stringify(stripped);
}

/** A node of oxc's ESTree-shaped syntax tree (what these build steps read of it). */
export interface Node {
  type: string;
  start: number;
  end: number;
  value?: unknown;
  elements?: (Node | null)[];
  [key: string]: unknown;
}

/**
 * Walks a syntax tree in source order: `visit(node, depth)` gives the depth to walk the node's children at, or null
 * to leave them (a node taken whole). One walker for the build steps here and in injected-scripts.ts.
 */
export function walkTree(node: unknown, visit: (node: Node, depth: number) => number | null, depth = 0): void {
  if (Array.isArray(node)) {
    for (const child of node) walkTree(child, visit, depth);
    return;
  }
  if (!node || typeof node !== 'object') return;
  // An object that is no node (a template element's `value`, a regular expression's parts) is only looked inside.
  const childDepth = typeof (node as Node).type === 'string' ? visit(node as Node, depth) : depth;
  if (childDepth === null) return;
  for (const [key, value] of Object.entries(node)) if (key !== 'parent') walkTree(value, visit, childDepth);
}

/** The nodes that `take` accepts, in source order, none looked inside. */
function nodesWhere(root: unknown, take: (node: Node) => boolean): Node[] {
  const found: Node[] = [];
  walkTree(root, (node) => {
    if (!take(node)) return 0;
    found.push(node);
    return null;
  });
  return found;
}

/** `object.name` with `name` one of `names` (not computed: `object[name]` is none). */
function isMemberRead(node: Node | null | undefined, object: string, names: ReadonlySet<string>): boolean {
  const target = node?.object as Node | undefined;
  const property = node?.property as Node | undefined;
  return (
    node?.type === 'MemberExpression' &&
    !node.computed &&
    target?.type === 'Identifier' &&
    target.name === object &&
    property?.type === 'Identifier' &&
    names.has(property.name as string)
  );
}

const isString = (node: Node | null | undefined): node is Node =>
  !!node && ((node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral');

/** An array literal of exactly three strings: a lexicon entry. */
const isEntry = (node: Node | null): node is Node =>
  !!node && node.type === 'ArrayExpression' && node.elements?.length === 3 && node.elements.every(isString);

/** An array literal whose elements are all lexicon entries: a language's list. */
const isLexiconList = (node: Node): boolean =>
  node.type === 'ArrayExpression' && !!node.elements?.length && node.elements.every(isEntry);

/**
 * A lexicon file's source without the entries' third string (`why`), its only readers being the
 * related stage's `note` texts, which the extension build empties as well; each run of entries of
 * one kind is written once with its kind: `[['related', 'a', why], ['related', 'b', why]]` becomes
 * `[...['a', 'b'].map((phrase) => ['related', phrase])]`, the same `[kind, phrase]` entries in order.
 */
export function stripLexiconWhy(source: string, fileName = 'lexicon.ts'): string {
  const { program } = parseSync(fileName, source, { lang: 'ts' });
  const text = (node: Node) => source.slice(node.start, node.end);
  let out = source;
  // From the end, so that earlier offsets stay valid.
  for (const list of nodesWhere(program, isLexiconList).sort((a, b) => b.start - a.start)) {
    const runs: { kind: string; phrases: string[] }[] = [];
    for (const entry of list.elements as Node[]) {
      const [kind, phrase] = entry.elements as [Node, Node];
      const last = runs.at(-1);
      if (last && last.kind === text(kind)) last.phrases.push(text(phrase));
      else runs.push({ kind: text(kind), phrases: [text(phrase)] });
    }
    const spreads = runs.map(({ kind, phrases }) => `...[${phrases.join(', ')}].map((phrase) => [${kind}, phrase])`);
    out = `${out.slice(0, list.start)}[${spreads.join(', ')}]${out.slice(list.end)}`;
  }
  return out;
}

/** `x[2]`: an entry's third element, its `why`. */
const isEntryWhy = (node: Node | null | undefined): boolean =>
  node?.type === 'MemberExpression' &&
  !!node.computed &&
  (node.property as Node | undefined)?.type === 'Literal' &&
  (node.property as Node).value === 2;

/**
 * The lexicon matcher's source without its copies of an entry's `why` (`entry[2]`), which the extension's entries
 * (`[kind, phrase]`, stripLexiconWhy) do not have: a `why: entry[2]` property of a match goes with its comma, and an
 * entry copied as `[a, b, entry[2]]` keeps `[a, b]`. Nothing but the related stage's notes reads a match's `why`
 * (2026-12-07, s35-size: -19 B gzipped).
 */
export function stripEntryWhy(source: string, fileName = 'index.ts'): string {
  const { program } = parseSync(fileName, source, { lang: 'ts' });
  const cuts = nodesWhere(program, (node) => {
    if (node.type === 'Property')
      return (node.key as Node | undefined)?.name === 'why' && isEntryWhy(node.value as Node);
    return node.type === 'ArrayExpression' && node.elements?.length === 3 && isEntryWhy(node.elements[2]);
  }).map((node) =>
    node.type === 'Property'
      ? { start: node.start, end: node.end }
      : { start: node.elements![1]!.end, end: node.elements![2]!.end },
  );
  let out = source;
  for (const { start, end } of cuts.sort((a, b) => b.start - a.start)) {
    // A property's comma goes with it: the one after it, else the one before it (the last property).
    const after = /^\s*,\s*/.exec(out.slice(end))?.[0].length ?? 0;
    const before = after ? 0 : (/,\s*$/.exec(out.slice(0, start))?.[0].length ?? 0);
    out = `${out.slice(0, start - before)}${out.slice(end + after)}`;
  }
  return out;
}

/** What stands for an explanation: a literal value, or a whole `get why() {…}` that writes one when asked. */
interface Replaced {
  start: number;
  end: number;
  text: string;
}

/**
 * The related stage's debug options (`context.explain`, `context.trace`: the CLI's `--explain` and the evaluation
 * scripts' trace, from AnalyzeOptions `explain` / `relatedTrace`), which the extension never sets: read as
 * `undefined` there, the stories are listed without a `why` and no trace entry is built, so the verdicts' `why`
 * values are unread and left out; src/core/analyze.ts no longer hands them on (2026-12-05, s12-size: -67 B gzipped).
 */
const DEBUG_OPTIONS = new Set(['explain', 'trace']);

/** An object property named `note` or `why` whose value is a string or template literal, or a `why` getter. */
function isExplanation(node: Node): boolean {
  const key = node.key as Node | undefined;
  if (node.type !== 'Property' || node.computed || key?.type !== 'Identifier') return false;
  if (node.kind === 'init') return (key.name === 'note' || key.name === 'why') && isString(node.value as Node | null);
  return node.kind === 'get' && key.name === 'why';
}

/**
 * The explanations (isExplanation), each to be left out, and the reads of the debug options (DEBUG_OPTIONS),
 * each to read as `undefined`.
 */
function explanationProperties(root: unknown): Replaced[] {
  return nodesWhere(root, (node) => isExplanation(node) || isMemberRead(node, 'context', DEBUG_OPTIONS)).map(
    (node) => ({ start: node.start, end: node.end, text: node.type === 'MemberExpression' ? 'undefined' : '' }),
  );
}

/**
 * A source without its `note:` / `why:` literal properties and `get why() {…}` getters (with the comma after
 * each; the functions that wrote the text are then unused, and left out: -38 B gzipped more than empty
 * strings, 2026-12-05, s12-size), and with every `context.explain` / `context.trace` read as `undefined`.
 */
export function stripExplanationLiterals(source: string, fileName = 'related.ts'): string {
  const { program } = parseSync(fileName, source, { lang: 'ts' });
  let out = source;
  const found = explanationProperties(program).sort((a, b) => b.start - a.start);
  for (const { start, end, text } of found)
    out = `${out.slice(0, start)}${text}${out.slice(text === '' && out[end] === ',' ? end + 1 : end)}`;
  return out;
}

/** The analysis' options that are the related stage's debug options (DEBUG_OPTIONS). */
const DEBUG_ANALYZE_OPTIONS = new Set(['explain', 'relatedTrace']);

/** A property `name: options.explain` / `name: options.relatedTrace` of an object literal. */
const isDebugOptionProperty = (node: Node): boolean =>
  node.type === 'Property' && isMemberRead(node.value as Node | null, 'options', DEBUG_ANALYZE_OPTIONS);

/** The analysis' source without the properties that hand the debug options on (and their commas). */
export function stripDebugOptions(source: string, fileName = 'analyze.ts'): string {
  const { program } = parseSync(fileName, source, { lang: 'ts' });
  let out = source;
  for (const { start, end } of nodesWhere(program, isDebugOptionProperty).sort((a, b) => b.start - a.start))
    out = `${out.slice(0, start)}${out.slice(out[end] === ',' ? end + 1 : end)}`;
  return out;
}

export function stripExplanations(): Plugin {
  return {
    name: 'outline-reader:strip-explanations',
    enforce: 'pre',
    transform(code, id) {
      const file = id.split('?')[0]!;
      if (CORE_JSON.test(file)) return { code: stripJsonComments(code), map: null };
      if (LEXICON_FILE.test(file)) return { code: stripLexiconWhy(code, file), map: null };
      if (LEXICON_MATCHER.test(file)) return { code: stripEntryWhy(code, file), map: null };
      if (RELATED_CODE.test(file)) return { code: stripExplanationLiterals(code, file), map: null };
      if (ANALYZE_CODE.test(file)) return { code: stripDebugOptions(code, file), map: null };
      return null;
    },
  };
}
