/**
 * The scripts the background injects into pages (scripting.executeScript), each built as one
 * self-contained IIFE: no loader and no chunk that would have to be listed in
 * web_accessible_resources (which would let any page detect the extension).
 *
 * `import file from '../content/x.ts?injected'` gives the built file's path inside the extension.
 * crxjs's own `?script` builds such files without the project's plugins; this build runs
 * `stripExplanations` (the core's debug texts stay out of pages) and Preact's preset.
 *
 * The content script's core gets the article's blocks (the reader view's model, `content: true`)
 * from a second file, injected only when the reader view or a save asks for them: the core's
 * `./blocks/read-blocks` import resolves to src/content/article-blocks-slot.ts in the content
 * script, and src/content/article-blocks.ts fills that slot.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import preact from '@preact/preset-vite';
import { minify as terser } from 'terser';
import { build, type InlineConfig, minify as oxcMinify, type Plugin, parseSync, type ResolvedConfig } from 'vite';
import { type Node, stripExplanations, walkTree } from './strip-explanations.ts';

const QUERY = '?injected';
const VIRTUAL = '\0injected:';

/** The core's import of the block reader, and what the content script has in its place. */
const BLOCKS_IMPORTER = /\/src\/core\/analyze\.ts$/;
const BLOCKS_SOURCE = './blocks/read-blocks';
const BLOCKS_SLOT = 'src/content/article-blocks-slot.ts';
/** The entry that holds the real block reader (and so must not get the slot). */
const BLOCKS_ENTRY = 'src/content/article-blocks.ts';
/** The content script, whose core's own property names are shortened (CORE_INTERNAL_PROPERTIES). */
const CONTENT_ENTRY = 'src/content/content-script.ts';
/** The in-page panel, whose own property names are shortened (PANEL_INTERNAL_PROPERTIES). */
const PANEL_ENTRY = 'src/content/panel-script.ts';

/**
 * Built-in constructors whose result alone matters: a module-level `new Set(words)` or
 * `new RegExp(pattern)` that the entry never reads is dropped with the data it was made of. The
 * bundler keeps any `new` by default (a constructor might have side effects), so an entry that
 * imports one function of a module carried all of that module's vocabularies (the block reader).
 */
const PURE_CONSTRUCTORS = ['Set', 'Map', 'WeakMap', 'WeakSet', 'RegExp'];

/**
 * Property names only the core's own code reads and writes (fields of its internal records, options
 * and methods), which terser shortens in the content script (`mangle.properties`): terser cannot tell
 * such a name from one the page, the DOM or another file reads, so only the names listed here are
 * renamed (`builtins: true` lets it rename one that is also in its list of DOM names, `inputs`, as
 * none here is read from the DOM). None of them is a property of Chromium's or linkedom's objects or
 * of the built-ins, but seven the core reads only on its own records and vocabularies (anchor, languages, measure, parent,
 * pseudo, sources, textLength: every read in src/core checked); a word of src/core/types.ts (the result's keys and the options: the popup, the
 * panel, saved outlines and the CLI's JSON read those) or a key of any corpus page's result; a
 * property name or string of the panel's or the block reader's file (they get the content script's
 * objects) or of the code in src/content and src/shared (the messages, the objects an older content
 * script leaves on the isolated world); a string the core indexes with; or a key looked up by text
 * from the page (JSON-LD fields, entity and time-zone names). Chosen by those rules over the
 * production build (2026-12-04, s11-size; eight more on 2026-12-05, s12-size: exactType, isSameSite, measuredParent,
 * nodes, primary, publisherName, scan, walk; 38 more on 2026-12-07, s33-size: the key points', dates' and
 * abbreviations' vocabulary keys and the records' fields added since, -283 B; 13 more on 2026-12-07, s34-size:
 * between, documentTitle, firstPostMeta, firstRdfaDate, leftOut, lengths, maxStories, monthJoins, parts, prefixHrefs,
 * textBefore, verbs, yieldToHost, -90 B; 5 more on 2026-12-07, s35-size: clefts, element, languages, parentOf,
 * weekdays, the block reader's own `element` field renamed for it); size-budget.test.ts checks the result keys and the
 * other injected files. A name added here must meet them all.
 */
export const CORE_INTERNAL_PROPERTIES: readonly string[] = [
  'accessibleName',
  'addWord',
  'afterComma',
  'afterLink',
  'afterNode',
  'agencies',
  'anchor',
  'answers',
  'articleRoots',
  'ascii',
  'beforeNumber',
  'beforeVerbs',
  'best',
  'between',
  'betweenCommas',
  'bit',
  'boxes',
  'breakStreak',
  'bylineElement',
  'bylineKey',
  'bylineMarked',
  'bylines',
  'card',
  'changeLabels',
  'chars',
  'childCount',
  'clauses',
  'clean',
  'cleanConditionally',
  'clefts',
  'commas',
  'companyForms',
  'comparatives',
  'confirmedByHead',
  'countrySecondLevel',
  'counts',
  'damping',
  'dataTables',
  'datingTimes',
  'decided',
  'documentTitle',
  'documentTitleHeadline',
  'element',
  'ends',
  'exactType',
  'facts',
  'factsUpTo',
  'figureAbove',
  'fillers',
  'findByline',
  'firstBodyWithDir',
  'firstDatePublished',
  'firstMarkedTime',
  'firstPostMeta',
  'firstRdfaDate',
  'firstRootChain',
  'firstTitle',
  'follows',
  'followsAsWritten',
  'fromHeading',
  'gaps',
  'h1s',
  'h1sAndH2s',
  'h2Titles',
  'hasAttrs',
  'hasBlockDescendant',
  'hasDataTable',
  'hasHeading',
  'hasPicture',
  'hasTextish',
  'headingText',
  'heldBack',
  'hiddenItself',
  'holdsTheArticle',
  'hosting',
  'ids',
  'inItems',
  'inlineDivs',
  'inNavigationElsewhere',
  'inputs',
  'insideDataTable',
  'isPart',
  'isSameSite',
  'itemCount',
  'itemIndex',
  'jsonLd',
  'jsonLdScripts',
  'judged',
  'kinds',
  'labelled',
  'languages',
  'leadExponent',
  'leads',
  'leadScale',
  'leaning',
  'leftOut',
  'lengths',
  'linkChars',
  'linkLength',
  'linkText',
  'linkWeights',
  'listDepth',
  'listItems',
  'listOf',
  'listText',
  'markedTime',
  'markups',
  'maxStories',
  'measure',
  'measuredParent',
  'measures',
  'metas',
  'mine',
  'monthJoins',
  'monthsInOrder',
  'navShare',
  'neighbour',
  'nodes',
  'nodesRead',
  'nonArticle',
  'notBefore',
  'notesAnywhere',
  'noticeText',
  'offerBoxOf',
  'oneToken',
  'onlyBreaks',
  'onlyInlineChildren',
  'onTopic',
  'openRun',
  'ordinalDotLanguages',
  'otherTitles',
  'ownBoxOf',
  'owner',
  'pageUrl',
  'paragraphCount',
  'paragraphs',
  'parent',
  'parentMeasure',
  'parentOf',
  'parts',
  'phrase',
  'pieces',
  'pointing',
  'postMetaClasses',
  'prefixChars',
  'prefixExternal',
  'prefixHrefs',
  'prefixLinkChars',
  'primary',
  'pseudo',
  'publisherName',
  'rawLevel',
  'referencedAuthors',
  'relatives',
  'removed',
  'repeated',
  'roots',
  'sameSite',
  'scan',
  'scored',
  'sequenceOf',
  'series',
  'shownBaseUrl',
  'siblingPlaces',
  'siteNames',
  'sliceMs',
  'sources',
  'starts',
  'strippedUnlikely',
  'stripUnlikely',
  'teasers',
  'termIds',
  'textBefore',
  'textLength',
  'texts',
  'theirs',
  'tier',
  'titleHeading',
  'titleKey',
  'verbs',
  'videoEmbed',
  'voices',
  'walk',
  'weekdays',
  'weighed',
  'weightClasses',
  'weights',
  'wholeBody',
  'withItems',
  'wrappers',
  'yieldToHost',
];

/**
 * Property names only the panel's own code reads and writes (2026-12-07, s35-size), which terser shortens in the
 * panel's script as CORE_INTERNAL_PROPERTIES in the content script: the props of the panel's components (src/ui,
 * src/content/panel), fields of the outline tree's rows (src/ui/outline-model.ts) and of the filter's state. Chosen by
 * these rules over the production build: no prop set on a DOM element in any JSX of src/ui or src/content/panel (Preact
 * gives a DOM element's props to it as attributes, properties or events: `onClick`, `autoFocus` stay); no name Preact
 * reads on a vnode or a DOM element (`children`, `key`, `ref`, `class`, `dangerouslySetInnerHTML`), of Terser's list of
 * DOM names, of the built-ins, of src/shared (stored preferences, messages), of src/core/types.ts or a corpus page's
 * result (the outline the panel reads); no word of the content script's or the block reader's file (the panel gets the
 * content script's objects: its dependencies, the analysis). Preact's component API (`props`, `setState`, `render`, the
 * lifecycle methods) is shortened too: the panel's file carries its own Preact, whose code reads those names by
 * property only, and no other code reaches its components. The popup and the reader page build the same components
 * unminified by this step, each a file of its own. size-budget.test.ts checks the other injected files and the result.
 */
export const PANEL_INTERNAL_PROPERTIES: readonly string[] = [
  'activeId',
  'buttonTabIndex',
  'expandable',
  'expanded',
  'expandedText',
  'filterRef',
  'firstHidden',
  'headingId',
  'headingLevel',
  'hiddenCount',
  'idPrefix',
  'jumpTo',
  'labelRef',
  'longText',
  'normalized',
  'onClose',
  'onCollapse',
  'onEscape',
  'onJump',
  'onLeaveDown',
  'onMove',
  'onOpen',
  'onReader',
  'onSave',
  'onToggle',
  'onToggleText',
  'parentKey',
  'placement',
  'query',
  'scrollArea',
  'sectionId',
  'setFocusedKey',
  'setSize',
  'showAllBullets',
  'tabStop',
  'toggleText',
  // Preact's own: its component API (read by Preact's code in this file only, never by a string).
  'componentDidCatch',
  'componentDidMount',
  'componentDidUpdate',
  'componentWillMount',
  'componentWillReceiveProps',
  'componentWillUnmount',
  'componentWillUpdate',
  'contextType',
  'debounceRendering',
  'defaultProps',
  'forceUpdate',
  'getChildContext',
  'getDerivedStateFromError',
  'getDerivedStateFromProps',
  'getSnapshotBeforeUpdate',
  'props',
  'render',
  'setState',
  'shouldComponentUpdate',
];

/** `src/content/x.ts` → `src/content/x.js` (the path inside the extension). */
const outputName = (entry: string): string => entry.replace(/\.[cm]?[jt]sx?$/, '.js');

export interface InjectedBuild {
  root: string;
  mode: string;
  define: Record<string, unknown> | undefined;
  target: ResolvedConfig['build']['target'];
  /**
   * Whether the script is minified: bundled unminified (its stylesheets minified), then by
   * `minifyInjected` (`buildInjectedCode` does that step).
   */
  minify: boolean;
  /** A folder to write into (with a source map): scripts/size-attribution.ts. Else nothing is written. */
  outDir?: string;
}

/** Vite's configuration for building one injected entry as an IIFE. */
export function injectedBuildConfig(entry: string, options: InjectedBuild): InlineConfig {
  const slot = path.join(options.root, BLOCKS_SLOT);
  return {
    configFile: false,
    root: options.root,
    mode: options.mode,
    logLevel: 'warn',
    define: options.define,
    plugins: [
      stripExplanations(),
      preact(),
      entry === BLOCKS_ENTRY
        ? null
        : {
            name: 'outline-reader:article-blocks-slot',
            enforce: 'pre',
            resolveId: (source, importer) =>
              source === BLOCKS_SOURCE && importer && BLOCKS_IMPORTER.test(importer) ? slot : null,
          },
    ],
    build: {
      write: options.outDir !== undefined,
      outDir: options.outDir,
      emptyOutDir: options.outDir !== undefined,
      target: options.target,
      minify: false,
      cssMinify: options.minify,
      sourcemap: options.outDir !== undefined,
      rolldownOptions: { treeshake: { manualPureFunctions: PURE_CONSTRUCTORS } },
      lib: { entry: path.join(options.root, entry), formats: ['iife'], name: 'outlineReader', fileName: () => 'x.js' },
    },
  };
}

/**
 * How an injected script is minified, measured on 2026-12-04 (gzipped: content script, panel, block
 * reader): Vite's own minifier (oxc) 54.1, 17.7, 12.4 KB; terser (three compress passes) over oxc's
 * output 52.3, 17.5, 11.9 KB; terser over the unminified bundle then oxc, as here, 52.2, 17.6,
 * 9.1 KB. Terser first drops the module-level values nothing reads (the block reader's share of
 * the vocabularies: oxc's output keeps them as statements terser can no longer prove idle), its
 * passes inline single-use functions and constants; oxc then rewrites what terser leaves (string
 * arrays as one split string, shorter conditionals). Both run their default, safe compressors (no
 * `unsafe` rewrites); the build target is ES2022. Terser inlines only functions without arguments
 * (`inline: 1`, 2026-12-04): smaller than its default, which also copies single-use functions that
 * take arguments into their caller (content script -72 B, panel -8 B, block reader -21 B gzipped).
 * Terser's `hoist_funs` (function declarations moved to the top of their scope, where JavaScript
 * hoists them anyway: no change of behaviour) is tried too, and the smaller file gzipped kept
 * (2026-12-04, s10-size): the content script 53,994 -> 53,181 B with it; the panel (17,487 B, 17,595 with
 * it) and the block reader (9,273 B, 9,287 with it) are smaller without.
 * The content script (`core`) has its own property names shortened (CORE_INTERNAL_PROPERTIES) and
 * terser's `unsafe_arrows`: an anonymous function expression whose body reads no `this` becomes an
 * arrow function, which differs only for a function called with `new` or whose `prototype` is read;
 * the core and src/content never do either (their classes are `class`es, 2026-12-04, s11-size):
 * -78 B gzipped; the block reader's `unsafe_arrows` too (the core's code and src/content's, no Preact; 2026-12-07,
 * s34-size: -16 B). Terser's `unsafe` and `pure_getters` for every injected script (2026-12-05, s12-size: core -65 B,
 * panel -27 B, block reader -5 B gzipped): `unsafe`, as terser applies to this code, writes a template literal or
 * `String(x)` as a concatenation (the same for the strings, numbers, URLs and errors the core joins; it differs only
 * for a Symbol or an object with its own `valueOf`, which the core never converts), drops `new` before RegExp, Error
 * and Array, and folds `Number.POSITIVE_INFINITY`: built-ins a page cannot change in the isolated world.
 * `pure_getters`: reading a property has no side effect (our getters and Preact's only compute or cache a value), so
 * a read whose value is unused goes and reads may be reordered around calls. Each rewrite was read in terser's
 * output (all three files), and the shipped core gives the same outline and blocks on every corpus page.
 * Then lists of strings as one string split (splitStringArrays), where that makes the file smaller gzipped (the
 * content script -334 B, 2026-12-05, s13-size; the panel is 2 B smaller without).
 */
export async function minifyInjected(
  code: string,
  properties: readonly string[] = [],
  arrows = false,
): Promise<string> {
  const [plain, hoisted] = await Promise.all([
    minifyOnce(code, false, properties, arrows),
    minifyOnce(code, true, properties, arrows),
  ]);
  const gzipped = (minified: string) => gzipSync(minified, { level: 9 }).length;
  const candidates = [plain, hoisted].flatMap((minified) => [minified, splitStringArrays(minified)]);
  return candidates.reduce((best, candidate) => (gzipped(candidate) < gzipped(best) ? candidate : best));
}

/**
 * Terser, then oxc (see minifyInjected); `hoistFunctions`: terser's `hoist_funs`; `properties`: the script's own
 * property names to shorten (CORE_INTERNAL_PROPERTIES, PANEL_INTERNAL_PROPERTIES); `arrows`: terser's `unsafe_arrows`.
 */
async function minifyOnce(
  code: string,
  hoistFunctions: boolean,
  properties: readonly string[],
  arrows: boolean,
): Promise<string> {
  const compress = {
    passes: 3,
    inline: 1,
    hoist_funs: hoistFunctions,
    unsafe_arrows: arrows,
    unsafe: true,
    pure_getters: true,
  } as const;
  const mangle =
    properties.length > 0
      ? { properties: { builtins: true, regex: new RegExp(`^(?:${properties.join('|')})$`) } }
      : true;
  const compressed = await terser(code, { ecma: 2022, compress, mangle });
  if (compressed.code === undefined) throw new Error('terser returned no code');
  const result = await oxcMinify('injected.js', compressed.code, { compress: { target: 'es2022' }, mangle: true });
  if (result.errors.length > 0) throw new Error(`oxc: ${result.errors.map((error) => error.message).join('; ')}`);
  return result.code;
}

/**
 * A list of at least this many plain strings is written as one string split: from two on, longer as written (up to
 * 8 characters) but smaller gzipped, as every such list ends alike (content script: 53,000 B from four, 52,966 from
 * three, 52,926 from two).
 */
const MIN_SPLIT_STRINGS = 2;
/** Characters that may join a list's strings (the first that none of them holds). */
const SPLIT_SEPARATORS = ['.', ',', '|', ';', '/', ' '];

/**
 * Every module-level array literal of MIN_SPLIT_STRINGS or more plain template strings (`[\`a\`,\`b\`]`, as oxc
 * writes strings) as one string split (`\`a.b\`.split(\`.\`)`): the same fresh array of the same strings, built once
 * when the script runs. oxc does so for some lists, not for lists of non-ASCII words nor lists inside objects, which
 * are most of the core's vocabularies. Lists inside a function or a class field are left as they are (they are built on
 * every call, and a split is slower than a literal).
 */
export function splitStringArrays(code: string): string {
  const { program, errors } = parseSync('injected.js', code);
  if (errors.length > 0) throw new Error(`splitStringArrays: ${errors.map((error) => error.message).join('; ')}`);
  const edits: { start: number; end: number; text: string }[] = [];
  // depth: the functions (and class fields) a node is inside of; the script's own wrapper is one.
  walkTree(program, (node, functions) => {
    if (node.type === 'ArrayExpression' && functions <= 1) {
      const joined = joinedStrings(node.elements as (Node | null)[], code);
      if (joined) {
        edits.push({ start: node.start, end: node.end, text: joined });
        return null;
      }
    }
    return functions + (/Function|^PropertyDefinition$|^StaticBlock$/.test(node.type) ? 1 : 0);
  });
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start))
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** The list's strings as one split string, or null when it is not a list of enough plain template strings. */
function joinedStrings(elements: (Node | null)[], code: string): string | null {
  if (elements.length < MIN_SPLIT_STRINGS) return null;
  const texts: string[] = [];
  const values: string[] = [];
  for (const element of elements) {
    if (element?.type !== 'TemplateLiteral' || (element.expressions as unknown[]).length > 0) return null;
    const value = (element.quasis as { value: { cooked: string | null } }[])[0]?.value.cooked;
    if (typeof value !== 'string') return null;
    texts.push(code.slice(element.start + 1, element.end - 1));
    values.push(value);
  }
  // Neither as written nor as read (an escape such as \x2e reads as ".").
  const separator = SPLIT_SEPARATORS.find((candidate) =>
    texts.every((text, i) => !text.includes(candidate) && !values[i]!.includes(candidate)),
  );
  return separator === undefined ? null : `\`${texts.join(separator)}\`.split(\`${separator}\`)`;
}

/**
 * V8's compile hint (Chromium 136 on; other engines read a comment): compile every function of the script
 * when the script is compiled, instead of each on its first call. The content script's functions nearly all
 * run in the first analysis, right after injection, where a lazy compile pauses the analysis at each first
 * call. Measured 2026-12-05 (`bench/browser/first-click.ts`, seed page, e2e build with and without it, three
 * runs of 9–15 interleaved rounds, load 6–9): analysis in the page 67 → 41, 47 → 35, 51 → 33 ms; own share of a
 * first click 152 → 142, 122 → 112, 123 → 104 ms; repeat clicks unchanged. About 30 B gzipped.
 */
export const EAGER_COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Builds one entry as an IIFE and returns its code (minified by `minifyInjected` when `options.minify`). */
export async function buildInjectedCode(entry: string, options: InjectedBuild): Promise<string> {
  const result = await build(injectedBuildConfig(entry, options));
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((output) => output.type === 'chunk' && output.isEntry);
  if (!chunk || chunk.type !== 'chunk') throw new Error(`${entry}: no script was built`);
  const core = entry === CONTENT_ENTRY;
  const properties = core ? CORE_INTERNAL_PROPERTIES : entry === PANEL_ENTRY ? PANEL_INTERNAL_PROPERTIES : [];
  const code = options.minify
    ? await minifyInjected(chunk.code, properties, core || entry === BLOCKS_ENTRY)
    : chunk.code;
  return core ? EAGER_COMPILE_HINT + code : code;
}

/** Builds one entry of the extension's build. */
function buildInjected(config: ResolvedConfig, entry: string): Promise<string> {
  const { root, mode, define } = config;
  return buildInjectedCode(entry, { root, mode, define, target: config.build.target, minify: !!config.build.minify });
}

export function injectedScripts(): Plugin {
  let config: ResolvedConfig;
  const entries = new Set<string>();
  return {
    name: 'outline-reader:injected-scripts',
    enforce: 'pre',
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(source, importer) {
      if (!source.endsWith(QUERY) || !importer) return null;
      const file = path.resolve(path.dirname(importer), source.slice(0, -QUERY.length));
      const entry = path.relative(config.root, file).split(path.sep).join('/');
      readFileSync(file); // a missing file fails here, with its name
      entries.add(entry);
      return VIRTUAL + entry;
    },
    load(id) {
      if (!id.startsWith(VIRTUAL)) return null;
      // From the extension's root: Firefox resolves a relative path against the calling page (the
      // popup's src/popup/), Chromium against the root.
      return `export default ${JSON.stringify(`/${outputName(id.slice(VIRTUAL.length))}`)};`;
    },
    async generateBundle() {
      for (const entry of entries) {
        this.emitFile({ type: 'asset', fileName: outputName(entry), source: await buildInjected(config, entry) });
      }
    },
  };
}
