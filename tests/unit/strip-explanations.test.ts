/** The extension build's trimming of explanation texts (scripts/vite/strip-explanations.ts). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { parseSync, transformWithOxc } from 'vite';
import {
  type Node,
  stripDebugOptions,
  stripEntryWhy,
  stripExplanationLiterals,
  stripJsonComments,
  stripLexiconWhy,
  walkTree,
} from '../../scripts/vite/strip-explanations';
import { LEXICON } from '../../src/core/detect/related/lexicon';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const lexiconDir = path.join(repoRoot, 'src/core/detect/related/lexicon');

/** The related stage's sources (related.ts and related/*.ts), whose explanations the build strips. */
function relatedSources(): string[] {
  const dir = path.join(repoRoot, 'src/core/detect/related');
  return [
    path.join(repoRoot, 'src/core/detect/related.ts'),
    ...readdirSync(dir)
      .filter((name) => name.endsWith('.ts'))
      .map((name) => path.join(dir, name)),
  ];
}

/** The string values of every `[a, b, c]` literal in a source, as written (quotes included). */
function tuples(source: string): string[][] {
  const found: string[][] = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const current = node as { type?: string; elements?: { start: number; end: number }[] };
      if (current.type === 'ArrayExpression' && current.elements?.length === 3)
        found.push(current.elements.map((e) => source.slice(e.start, e.end)));
      for (const [key, value] of Object.entries(current)) if (key !== 'parent') visit(value);
    }
  };
  visit(parseSync('x.ts', source, { lang: 'ts' }).program);
  return found;
}

describe('lexicon explanations', () => {
  const files = readdirSync(lexiconDir).filter((name) => !['index.ts', 'types.ts'].includes(name));

  /** The entries a stripped lexicon file exports, run as the extension would run it. */
  async function strippedEntries(name: string): Promise<unknown[]> {
    const source = stripLexiconWhy(readFileSync(path.join(lexiconDir, name), 'utf8'), name);
    const { code } = await transformWithOxc(source, name, { lang: 'ts' });
    const module = (await import(`data:text/javascript,${encodeURIComponent(code)}`)) as Record<string, unknown[]>;
    return Object.values(module).flat();
  }

  test('every entry keeps its kind and phrase, in order, and loses its why', async () => {
    let entries = 0;
    for (const name of files) {
      const source = readFileSync(path.join(lexiconDir, name), 'utf8');
      const before = tuples(source).map((entry) =>
        entry.slice(0, 2).map((text) => JSON.parse(text.replace(/^'|'$/g, '"'))),
      );
      expect(await strippedEntries(name), name).toEqual(before);
      entries += before.length;
    }
    // All entries of the lexicon were found (none is written in another shape).
    expect(entries).toBe(LEXICON.length);
  });

  test('a why written over several lines, with quotes inside, goes whole; a run of one kind is written once', () => {
    const source = `export const x = [\n  ['related', "editor's pick",\n    "the editors' picks, \\"quoted\\""],\n  ['related', 'more', 'x'],\n  ['seeall', 'view all', \`all\`],\n];\n`;
    expect(stripLexiconWhy(source)).toBe(
      `export const x = [...["editor's pick", 'more'].map((phrase) => ['related', phrase]), ...['view all'].map((phrase) => ['seeall', phrase])];\n`,
    );
  });
});

describe("the lexicon matcher's copies of an entry's why", () => {
  test('a match leaves out its why, an entry copied keeps its kind and phrase; other properties stay', () => {
    const source = [
      'a.push([entry[0], entry[1].slice(1), entry[2]]);',
      'f({ kind: entry[0], phrase, why: entry[2] });',
      'f({ why: entry[2], kind: entry[0] });',
      'f({ why: entry[1], at: list[2], pair: [x, y, list[1]] });',
    ].join('\n');
    expect(stripEntryWhy(source)).toBe(
      [
        'a.push([entry[0], entry[1].slice(1)]);',
        'f({ kind: entry[0], phrase });',
        'f({ kind: entry[0] });',
        'f({ why: entry[1], at: list[2], pair: [x, y, list[1]] });',
      ].join('\n'),
    );
  });

  test('the matcher reads no why once stripped, and parses', () => {
    const file = path.join(lexiconDir, 'index.ts');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('why: entry[2]'); // there was something to strip
    const out = stripEntryWhy(source, file);
    expect(out).not.toMatch(/\[2\]/);
    expect(parseSync(file, out, { lang: 'ts' }).errors).toEqual([]);
  });
});

describe('data file comments', () => {
  test('explanation keys go, the data stays as it was', () => {
    const text = JSON.stringify({ $comment: ['why'], words: ['a', 'b'], $comment2: 'x', about: 'y', about2: 1 });
    expect(JSON.parse(stripJsonComments(text))).toEqual({ words: ['a', 'b'], about2: 1 });
  });

  test("groups' reasons go at any depth; their words stay", () => {
    const text = JSON.stringify({
      groups: [{ why: 'subscribing', words: ['abo', 'why'] }],
      lists: { $why: ['r'], navWords: [{ $why: 'x', words: ['next'] }] },
      languages: [{ relatives: ['which'], relativesWhy: 'a reason beside its list' }],
      whyNot: 1,
    });
    expect(JSON.parse(stripJsonComments(text))).toEqual({
      groups: [{ words: ['abo', 'why'] }],
      lists: { navWords: [{ words: ['next'] }] },
      languages: [{ relatives: ['which'] }],
      whyNot: 1,
    });
  });

  test('groups with reasons become one group of all their words, in order; other lists of objects stay', () => {
    const text = JSON.stringify({
      patterns: [
        { why: 'a', patterns: ['x', 'y'] },
        { why: 'b', patterns: ['z'] },
      ],
      mixed: [
        { why: 'a', words: ['x'] },
        { why: 'b', patterns: ['z'] },
      ],
      plain: [{ words: ['x'] }, { words: ['y'] }],
    });
    expect(JSON.parse(stripJsonComments(text))).toEqual({
      patterns: [{ patterns: ['x', 'y', 'z'] }],
      mixed: [{ words: ['x'] }, { patterns: ['z'] }],
      plain: [{ words: ['x'] }, { words: ['y'] }],
    });
  });

  test('lists whose groups have their reasons under $why become one group; other lists stay', () => {
    const text = JSON.stringify({
      $why: { related: ['a reason', 'another'], single: ['one'] },
      related: [['related', 'similar'], ['read-?next']],
      single: [['only']],
      other: [['x'], ['y']],
    });
    expect(JSON.parse(stripJsonComments(text))).toEqual({
      related: [['related', 'similar', 'read-?next']],
      single: [['only']],
      other: [['x'], ['y']],
    });
  });

  test('the public suffix data keeps its lists', () => {
    const file = path.join(repoRoot, 'src/core/read/data/public-suffixes.json');
    const data = JSON.parse(readFileSync(file, 'utf8'));
    const stripped = JSON.parse(stripJsonComments(readFileSync(file, 'utf8')));
    expect(stripped.about).toBeUndefined();
    expect(stripped.countrySecondLevel).toEqual(data.countrySecondLevel);
    expect(stripped.hosting).toEqual(data.hosting);
  });
});

/** The text with every `get why() {…}` (braces counted) written as `why: ''`. */
function withoutWhyGetters(text: string): string {
  let out = text;
  for (let at = out.indexOf('get why() {'); at >= 0; at = out.indexOf('get why() {', at + 1)) {
    let depth = 0;
    let end = out.indexOf('{', at);
    do {
      if (out[end] === '{') depth++;
      else if (out[end] === '}') depth--;
      end++;
    } while (depth > 0 && end < out.length);
    out = `${out.slice(0, at)}why: ''${out.slice(end)}`;
  }
  return out;
}

describe('related-stage explanations', () => {
  test('note and why literal properties and why getters are left out; other properties and shorthands stay', () => {
    // Source texts under test: "$" + "{" spells a template placeholder inside them.
    const source = [
      'const a = { value: 1, note: `after the article` };',
      'const b = { value: n, note: `$' + '{Math.round(100 * n)}% same site`, text: `kept` };',
      "const c = { score: -Infinity, why: 'a count' };",
      'const d = { score, get why() { return `$' + '{x.why} (lifted)`; } };',
      'const e = { note, why: reason, label: "note" };',
    ].join('\n');
    expect(stripExplanationLiterals(source)).toBe(
      [
        'const a = { value: 1,  };',
        'const b = { value: n,  text: `kept` };',
        'const c = { score: -Infinity,  };',
        'const d = { score,  };',
        'const e = { note, why: reason, label: "note" };',
      ].join('\n'),
    );
  });

  test("the related stage's debug options read as undefined (the extension never sets them)", () => {
    const source = [
      'context.trace?.({ url, why: best.why });',
      'stories.push(context.explain ? { url, why: best.why } : { url });',
      'const kept = other.explain ?? context[explain];',
    ].join('\n');
    expect(stripExplanationLiterals(source)).toBe(
      [
        'undefined?.({ url, why: best.why });',
        'stories.push(undefined ? { url, why: best.why } : { url });',
        'const kept = other.explain ?? context[explain];',
      ].join('\n'),
    );
  });

  test('no related source takes the debug options apart (only `context.explain` / `context.trace` read as undefined)', () => {
    const files = relatedSources();
    const destructured: string[] = [];
    for (const file of files) {
      const { program } = parseSync(file, readFileSync(file, 'utf8'), { lang: 'ts' });
      walkTree(program, (node) => {
        if (node.type !== 'ObjectPattern') return 0;
        for (const property of node.properties as Node[]) {
          const key = property.key as Node | undefined;
          if (key?.type === 'Identifier' && (key.name === 'explain' || key.name === 'trace'))
            destructured.push(`${path.basename(file)}: ${key.name}`);
        }
        return 0;
      });
    }
    expect(destructured).toEqual([]);
  });

  test('the analysis hands no debug option to the related stage, and keeps every other property', () => {
    const source =
      'f({ baseUrl, walk: s.walk, explain: options.explain, trace: options.relatedTrace, content: options.content });';
    expect(stripDebugOptions(source)).toBe('f({ baseUrl, walk: s.walk,   content: options.content });');
    const analyze = readFileSync(path.join(repoRoot, 'src/core/analyze.ts'), 'utf8');
    const out = stripDebugOptions(analyze, 'analyze.ts');
    expect(parseSync('analyze.ts', out, { lang: 'ts' }).errors).toEqual([]);
    expect(out).not.toMatch(/options\.(explain|relatedTrace)\b/);
    expect(analyze).toMatch(/options\.(explain|relatedTrace)\b/);
  });

  test('every related source still parses once stripped, and its scores and texts other than notes are as written', () => {
    const files = relatedSources();
    let stripped = 0;
    for (const file of files) {
      const source = readFileSync(file, 'utf8');
      const out = stripExplanationLiterals(source, file);
      expect(parseSync(file, out, { lang: 'ts' }).errors, file).toEqual([]);
      // Only note/why values changed: with those emptied on both sides the two texts are equal.
      const blank = (text: string) =>
        withoutWhyGetters(text)
          .replace(/\b(note|why): (`[^`]*`|'[^']*'|"[^"]*"),?/g, '')
          .replace(/\bcontext\.(explain|trace)\b/g, 'undefined');
      expect(blank(out)).toBe(blank(source));
      if (out !== source) stripped++;
    }
    expect(stripped).toBeGreaterThan(3);
  });
});
