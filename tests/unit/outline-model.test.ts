import { describe, expect, test } from 'vitest';
import { parseHTML } from 'linkedom';
import { buildOutline } from '../../src/core/outline';
import type { OutlineSection } from '../../src/core/types';
import {
  EMPTY_TREE_STATE,
  BULLET_CHAR_BUDGET,
  MIN_BULLETS_SHOWN,
  bulletsShown,
  visibleKeyPoints,
  buildVisibleTree,
  countNodes,
  flattenVisible,
  hasOutlineContent,
  highlightSegments,
  logicalArrowKey,
  matchesTerms,
  queryTerms,
  treeKeyAction,
  type TreeState,
} from '../../src/ui/outline-model';

const section = (
  id: string,
  text: string,
  bullets: string[] = [],
  children: OutlineSection[] = [],
  level = 2,
): OutlineSection => ({
  id,
  level,
  text,
  bullets,
  children,
});

/** An intro (level 0) with a bullet, then two headings, the second with a sub-heading. */
const outline: OutlineSection[] = [
  section('s0', '', ['Intro bullet'], [], 0),
  section('h0', 'Économie locale', ['Café prices rise', 'Bakeries close']),
  section('h1', 'Transport', [], [section('h2', 'Night buses', ['New routes from May'], [], 3)]),
];

const state = (overrides: Partial<TreeState> = {}): TreeState => ({ ...EMPTY_TREE_STATE, ...overrides });
const keys = (s: TreeState = state()) => flattenVisible(buildVisibleTree(outline, s)).map((row) => row.key);

describe('matching', () => {
  test('is case- and accent-insensitive, every word must occur', () => {
    expect(queryTerms('  Éco  LOCALE ')).toEqual(['eco', 'locale']);
    expect(matchesTerms('Économie locale', queryTerms('economie'))).toBe(true);
    expect(matchesTerms('Économie locale', queryTerms('locale eco'))).toBe(true);
    expect(matchesTerms('Économie locale', queryTerms('locale bus'))).toBe(false);
    // A keyboard's straight apostrophe and quotes find the article's typographic ones, and back.
    expect(matchesTerms('Here’s our Year in Review', queryTerms("here's"))).toBe(true);
    expect(matchesTerms('the “Review” button', queryTerms('"review"'))).toBe(true);
    expect(matchesTerms("Here's our Year", queryTerms('here’s'))).toBe(true);
    expect(matchesTerms('anything', [])).toBe(true);
  });

  test('highlightSegments marks matches on the original text (accents kept)', () => {
    expect(highlightSegments('Café prices', queryTerms('cafe'))).toEqual([
      { text: 'Café', match: true },
      { text: ' prices', match: false },
    ]);
    expect(highlightSegments('abc', [])).toEqual([{ text: 'abc', match: false }]);
    const segments = highlightSegments('Night buses and buses', ['bus']);
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['bus', 'bus']);
    expect(segments.map((s) => s.text).join('')).toBe('Night buses and buses');
  });
});

describe('buildVisibleTree', () => {
  test('untitled intro bullets sit at the top level; headings nest with their bullets first', () => {
    expect(keys()).toEqual(['s0/b0', 'h0', 'h0/b0', 'h0/b1', 'h1', 'h2', 'h2/b0']);
    const tree = buildVisibleTree(outline, state());
    expect(tree.map((n) => [n.kind, n.depth])).toEqual([
      ['bullet', 1],
      ['heading', 1],
      ['heading', 1],
    ]);
    expect(countNodes(tree)).toEqual({ headings: 3, bullets: 4 });
  });

  test('rows jump to their section’s heading; content before the first heading jumps nowhere', () => {
    const rows = flattenVisible(buildVisibleTree(outline, state()));
    expect(Object.fromEntries(rows.map((row) => [row.key, row.jumpTo]))).toEqual({
      's0/b0': null,
      h0: 'h0',
      'h0/b0': 'h0',
      'h0/b1': 'h0',
      h1: 'h1',
      h2: 'h2',
      'h2/b0': 'h2',
    });
  });

  test('a collapsed heading hides its children', () => {
    expect(keys(state({ collapsed: new Set(['h1']) }))).toEqual(['s0/b0', 'h0', 'h0/b0', 'h0/b1', 'h1']);
  });

  test('how many bullets show depends on their length, not only their count', () => {
    const short = Array.from({ length: 12 }, (_, i) => `Point ${i}`);
    const long = Array.from(
      { length: 12 },
      (_, i) => `${'A long bullet that runs over several lines of the panel. '.repeat(3)}${i}`,
    );
    expect(bulletsShown(short)).toBeGreaterThan(bulletsShown(long));
    expect(bulletsShown(long)).toBe(MIN_BULLETS_SHOWN);
    // The shown short bullets stay within the budget (each counted as at least one line).
    expect(bulletsShown(short) * 40).toBeLessThanOrEqual(BULLET_CHAR_BUDGET);
    // A list that nearly fits shows in full (never "Show 1 more"); a short list always does.
    const n = bulletsShown(short);
    expect(bulletsShown(short.slice(0, n + 1))).toBe(n + 1);
    expect(bulletsShown(short.slice(0, n + 2))).toBe(n);
    expect(bulletsShown(['One', 'Two', 'Three'])).toBe(3);
  });

  test('long bullet lists are shortened behind a "more" row until expanded', () => {
    const bullets = Array.from({ length: 14 }, (_, i) => `Point ${i}`);
    const long = [section('h0', 'Long', bullets)];
    const shown = bulletsShown(bullets);
    const rows = flattenVisible(buildVisibleTree(long, state()));
    expect(rows.filter((r) => r.kind === 'bullet')).toHaveLength(shown);
    const more = buildVisibleTree(long, state())[0]!;
    expect(more.kind === 'heading' && more.children.at(-1)).toMatchObject({
      kind: 'more',
      hiddenCount: bullets.length - shown,
      firstHidden: shown,
    });
    const all = flattenVisible(buildVisibleTree(long, state({ showAllBullets: new Set(['h0']) })));
    expect(all.filter((r) => r.kind === 'bullet')).toHaveLength(bullets.length);
    expect(all.some((r) => r.kind === 'more')).toBe(false);
  });

  test('filtering keeps a matching heading with all its bullets', () => {
    expect(keys(state({ query: 'economie' }))).toEqual(['h0', 'h0/b0', 'h0/b1']);
  });

  test('filtering keeps only matching bullets, under their (non-matching) headings, with stable keys', () => {
    expect(keys(state({ query: 'bakeries' }))).toEqual(['h0', 'h0/b1']);
    expect(keys(state({ query: 'routes' }))).toEqual(['h1', 'h2', 'h2/b0']);
    expect(keys(state({ query: 'intro' }))).toEqual(['s0/b0']);
  });

  test('filtering with no match gives an empty tree; filtering shows long lists in full', () => {
    expect(buildVisibleTree(outline, state({ query: 'zebra' }))).toEqual([]);
    const bullets = Array.from({ length: 20 }, (_, i) => `Match ${i}`);
    const rows = flattenVisible(buildVisibleTree([section('h0', 'Long', bullets)], state({ query: 'match' })));
    expect(rows.filter((r) => r.kind === 'bullet')).toHaveLength(bullets.length);
  });
});

describe('treeKeyAction (WAI-ARIA tree keys)', () => {
  const rows = flattenVisible(buildVisibleTree(outline, state()));

  test('↓ and ↑ move through visible rows and stop at the ends', () => {
    expect(treeKeyAction(rows, 's0/b0', 'ArrowDown')).toEqual({ type: 'focus', key: 'h0' });
    expect(treeKeyAction(rows, 'h0', 'ArrowUp')).toEqual({ type: 'focus', key: 's0/b0' });
    expect(treeKeyAction(rows, 's0/b0', 'ArrowUp')).toEqual({ type: 'none' });
    expect(treeKeyAction(rows, 'h2/b0', 'ArrowDown')).toEqual({ type: 'none' });
  });

  test('Home and End go to the first and last row', () => {
    expect(treeKeyAction(rows, 'h1', 'Home')).toEqual({ type: 'focus', key: 's0/b0' });
    expect(treeKeyAction(rows, 'h0', 'End')).toEqual({ type: 'focus', key: 'h2/b0' });
  });

  test('→ expands a collapsed heading, then moves to its first child; → on a leaf does nothing', () => {
    const collapsed = flattenVisible(buildVisibleTree(outline, state({ collapsed: new Set(['h1']) })));
    expect(treeKeyAction(collapsed, 'h1', 'ArrowRight')).toEqual({ type: 'expand', key: 'h1' });
    expect(treeKeyAction(rows, 'h1', 'ArrowRight')).toEqual({ type: 'focus', key: 'h2' });
    expect(treeKeyAction(rows, 'h0/b0', 'ArrowRight')).toEqual({ type: 'none' });
  });

  test('← collapses an expanded heading, else moves to the parent', () => {
    expect(treeKeyAction(rows, 'h1', 'ArrowLeft')).toEqual({ type: 'collapse', key: 'h1' });
    expect(treeKeyAction(rows, 'h2/b0', 'ArrowLeft')).toEqual({ type: 'focus', key: 'h2' });
    expect(treeKeyAction(rows, 'h0/b1', 'ArrowLeft')).toEqual({ type: 'focus', key: 'h0' });
    expect(treeKeyAction(rows, 's0/b0', 'ArrowLeft')).toEqual({ type: 'none' });
  });

  test('Enter and Space activate the focused row; other keys do nothing', () => {
    expect(treeKeyAction(rows, 'h2', 'Enter')).toEqual({ type: 'activate', key: 'h2' });
    expect(treeKeyAction(rows, 'h0/b0', ' ')).toEqual({ type: 'activate', key: 'h0/b0' });
    expect(treeKeyAction(rows, 'h0', 'x')).toEqual({ type: 'none' });
  });

  test('with no (or a vanished) focused row, ↓ starts at the first row and ↑ at the last', () => {
    expect(treeKeyAction(rows, null, 'ArrowDown')).toEqual({ type: 'focus', key: 's0/b0' });
    expect(treeKeyAction(rows, 'gone', 'ArrowUp')).toEqual({ type: 'focus', key: 'h2/b0' });
    expect(treeKeyAction([], null, 'ArrowDown')).toEqual({ type: 'none' });
  });

  test('right-to-left trees swap ← and →', () => {
    expect(logicalArrowKey('ArrowLeft', 'rtl')).toBe('ArrowRight');
    expect(logicalArrowKey('ArrowRight', 'rtl')).toBe('ArrowLeft');
    expect(logicalArrowKey('ArrowLeft', 'ltr')).toBe('ArrowLeft');
    expect(logicalArrowKey('ArrowDown', 'rtl')).toBe('ArrowDown');
  });
});

describe('hasOutlineContent', () => {
  test('true with a heading or a bullet anywhere, false for nothing to show', () => {
    expect(hasOutlineContent(outline)).toBe(true);
    expect(hasOutlineContent([])).toBe(false);
    expect(hasOutlineContent([section('s0', '', [], [], 0)])).toBe(false);
    expect(hasOutlineContent([section('s0', '', [], [section('h0', '', ['deep bullet'])], 0)])).toBe(true);
  });
});

describe('visibleKeyPoints', () => {
  const points = [
    { id: 'k0', text: 'The harbour reopened on Monday.' },
    { id: 'k1', text: 'Repairs to the sea wall took a week.' },
  ];
  test('all without a filter; only matching ones (accents and case ignored) with one', () => {
    expect(visibleKeyPoints(points, '')).toEqual(points);
    expect(visibleKeyPoints(points, 'SÉA wall').map((p) => p.id)).toEqual(['k1']);
    expect(visibleKeyPoints(points, 'zebra')).toEqual([]);
  });
});

describe("the title's headline as a heading", () => {
  test('is no section, with the site\'s name after it in the title ("… - AOC media") or without', () => {
    const element = {} as Element;
    const heading = (text: string) => ({ kind: 'heading' as const, element, level: 2, text, pseudo: false });
    const items = [heading('Harbour plan approved'), heading('What happens next'), heading('Harbour plan')];
    const texts = (title: string) => buildOutline(items, title).sections.map((section) => section.text);
    expect(texts('Harbour plan approved - Port News - Daily')).toEqual(['What happens next', 'Harbour plan']);
    expect(texts('Harbour plan approved')).toEqual(['What happens next', 'Harbour plan']);
    // Only the whole headline before the separator: a heading that is a part of it stays.
    expect(texts('Harbour plan approved | Port News')).toEqual(['What happens next', 'Harbour plan']);
    expect(texts('Port News')).toEqual(['Harbour plan approved', 'What happens next', 'Harbour plan']);
  });

  test("is no real heading: the bold one-line paragraphs are the page's headings (jan-grosser.de)", () => {
    const element = {} as Element;
    const heading = (text: string, pseudo: boolean) => ({ kind: 'heading' as const, element, level: 3, text, pseudo });
    const items = [heading('XUM1541: Linux and C64', false), heading('The hardware', true), heading('Testing', true)];
    const texts = (title: string) => buildOutline(items, title).sections.map((section) => section.text);
    expect(texts('XUM1541: Linux and C64')).toEqual(['The hardware', 'Testing']);
    // One real heading the outline shows leaves the bold lines its subsections (energiehoch3 0981, weinkenner 0649).
    const [xum] = buildOutline(items, 'Port News').sections;
    expect(texts('Port News')).toEqual(['XUM1541: Linux and C64']);
    expect(xum?.children.map((section) => section.text)).toEqual(['The hardware', 'Testing']);
    // Two real headings are the sections: the bold lines are emphasis then (readability dropbox-blog).
    const two = [heading('Linux', false), ...items];
    expect(buildOutline(two, 'Port News').sections.map((section) => section.text)).toEqual([
      'Linux',
      'XUM1541: Linux and C64',
    ]);
  });

  test('is the title with its kicker in one heading; several headings named after the title are parts', () => {
    const heading = (text: string, pseudo = false) => ({
      kind: 'heading' as const,
      element: {} as Element,
      level: 2,
      text,
      pseudo,
    });
    const title = 'Irme Stetter-Karp ist neue ZdK-Präsidentin';
    // domradio 0628: the kicker and the headline in one h2, then bold lines as the sections.
    const items = [heading(`${title} "Reformstau lösen"`), heading('"Für Reformen kämpfen"', true)];
    const built = buildOutline(items, title);
    expect(built.sections.map((section) => section.text)).toEqual(['"Für Reformen kämpfen"']);
    expect(built.headline).toBe(items[0]!.element);
    // youhadmeatgardening 0480: "<title>: What You Need", "<title>: FAQs" are sections.
    const guide = 'How to Grow a Lemon Tree from Seed';
    const parts = [heading(`${guide}: What You Need`), heading(`${guide}: FAQs`)];
    expect(buildOutline(parts, guide).sections).toHaveLength(2);
    // A bold line that holds the title heads what follows (trafilatura 0989 "My Top 10 …" over its list).
    const list = [heading('My Top 10 Women Talking Sports', true), heading('1. Christie Leigh Mueller', true)];
    expect(buildOutline(list, 'Top 10 Women Talking Sports').sections).toHaveLength(2);
    // A short title may open a heading of its own.
    expect(buildOutline([heading('Harbour plan approved today')], 'Harbour plan approved').sections).toHaveLength(1);
  });
});

describe('a list item that holds a heading', () => {
  test('goes under that heading, not under the one before, without its counter and title (trafilatura 0723 lidl.de steps, readability mozilla-2)', () => {
    const { document } = parseHTML(
      `<ol><li id="a"><div>1</div><h3 id="ha">Return link</h3><p>Ask for it.</p></li>` +
        `<li id="b"><div>2</div><h3 id="hb">Check</h3><p>Give your e-mail address.</p></li></ol><p id="c">Plain</p>`,
    );
    const byId = (id: string) => document.getElementById(id) as unknown as Element;
    const items = [
      { kind: 'heading' as const, element: byId('c'), level: 2, text: 'How to return', pseudo: false },
      { kind: 'bullet' as const, element: byId('a'), text: '1 Return link Ask for it.' },
      { kind: 'heading' as const, element: byId('ha'), level: 3, text: 'Return link', pseudo: false },
      { kind: 'bullet' as const, element: byId('b'), text: '2 Check Give your e-mail address.' },
      { kind: 'heading' as const, element: byId('hb'), level: 3, text: 'Check', pseudo: false },
      { kind: 'bullet' as const, element: byId('c'), text: 'Plain' },
    ];
    const [top] = buildOutline(items, 'Returns').sections;
    expect(top!.bullets).toEqual([]);
    expect(top!.children.map((child) => [child.text, child.bullets])).toEqual([
      ['Return link', ['Ask for it.']],
      ['Check', ['Give your e-mail address.', 'Plain']],
    ]);
  });
});

describe('a heading set one rank too high by a slip', () => {
  const heading = (text: string, level: number) => ({
    kind: 'heading' as const,
    element: {} as Element,
    level,
    text,
    pseudo: false,
  });
  const tree = (levels: number[]) =>
    buildOutline(
      levels.map((level, index) => heading(`Trend ${index + 1}`, level)),
      'Five trends',
    ).sections.map((section) => [section.text, section.children.map((child) => child.text)]);

  test('the one h2 among h3s stands beside them (majkaswelt 0067, energieverbraucher 0756)', () => {
    expect(tree([3, 3, 3, 2, 3])).toEqual([
      ['Trend 1', []],
      ['Trend 2', []],
      ['Trend 3', []],
      ['Trend 4', []],
      ['Trend 5', []],
    ]);
  });

  test('two headings of the higher rank, or the higher rank first, are sections over the others', () => {
    expect(tree([3, 2, 3, 2, 3])).toEqual([
      ['Trend 1', []],
      ['Trend 2', ['Trend 3']],
      ['Trend 4', ['Trend 5']],
    ]);
    expect(tree([2, 3, 3])).toEqual([['Trend 1', ['Trend 2', 'Trend 3']]]);
  });
});
