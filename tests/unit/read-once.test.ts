/**
 * The body reader and the furniture rules ask the walk's record, or an answer made once, instead of the DOM or the
 * same work again (s26-article): each answer is the one the slower way gave.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { isAuthorBoxByShape } from '../../src/core/detect/author-box';
import type { ParagraphSource } from '../../src/core/detect/content';
import { labelsLeftOut } from '../../src/core/detect/furniture-blocks';
import { withoutRepeatedParagraphs } from '../../src/core/detect/honest-items';
import { walkPage } from '../../src/core/detect/page-walk';
import { normaliser, relatedLists } from '../../src/core/detect/teaser-lists';
import { secondChildTag, subtreeOf } from '../../src/core/detect/walk-tree';

const bodyOf = (html: string): HTMLElement =>
  parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body;

describe("an element's second element child, from the walk's tree", () => {
  const body = bodyOf(`<div id="a">text <span>one</span> more <!-- note --><h3>Two</h3><p>three</p></div>
    <div id="b"><p>only child</p></div><p id="c">a leaf's text</p><div id="d"> <em>x</em>\n<b>y</b></div>`);
  const walk = walkPage(body, { stripUnlikely: false, title: '', findByline: false });
  const tagOf = (id: string) => {
    const element = body.querySelector(`#${id}`)!;
    return secondChildTag(walk.tree, walk.measures.get(element)!.index);
  };

  it('is the tag of the element after its first element child, as the DOM has it', () => {
    expect(tagOf('a')).toBe('h3');
    expect(tagOf('d')).toBe('b');
  });

  it('is "" for an element of one element child, or none (a leaf, read whole)', () => {
    expect(tagOf('b')).toBe('');
    expect(tagOf('c')).toBe('');
  });

  it('reads a subtree made for a part the same way', () => {
    expect(secondChildTag(subtreeOf(body.querySelector('#a')!, new Set()), 0)).toBe('h3');
  });
});

describe('the author box by its shape, told by the second tag when the caller has it', () => {
  const box = bodyOf('<div><div>AUTOR</div><h3>Dr. Thomas Schulte</h3><p>ist Gründungspartner der Kanzlei.</p></div>')
    .firstElementChild!;

  it('reads the box when the second child is a heading, or when no tag is given', () => {
    expect(isAuthorBoxByShape(box)).toBe(true);
    expect(isAuthorBoxByShape(box, 'h3')).toBe(true);
  });

  it('is no author box without a heading second: its elements are not read', () => {
    expect(isAuthorBoxByShape(box, 'p')).toBe(false);
    expect(isAuthorBoxByShape(box, '')).toBe(false);
  });
});

describe('a label line over elements left out', () => {
  const body = bodyOf(`<div><p id="label">Read more</p><ul id="teasers"><li><a href="/x">Other story</a></li></ul></div>
    <div><p id="words">Plain words</p><ul id="list"><li>Kept item</li></ul></div>`);
  const [label, teasers, words, list] = ['label', 'teasers', 'words', 'list'].map(
    (id) => body.querySelector(`#${id}`)!,
  );

  it('labels nothing kept when every element after it was left out', () => {
    expect(labelsLeftOut(label!, 'Read more', (element) => element === teasers)).toBe(true);
  });

  it('labels what follows when that is kept, or when its words are no label', () => {
    expect(labelsLeftOut(label!, 'Read more', () => false)).toBe(false);
    expect(labelsLeftOut(words!, 'Plain words', (element) => element === list)).toBe(false);
  });
});

describe('repeated paragraphs, each key made once', () => {
  const opening =
    'The council approved the harbour plan on Tuesday after a long debate about its costs, its delays, the tides, ' +
    'the fishing fleet and ';
  const prose = (count: number): ParagraphSource[] =>
    Array.from({ length: count }, () => ({ element: null, kind: 'prose' as const }));

  it('reads a chain of repeats once, its last', () => {
    const paragraphs = [`${opening}its risks.`, `${opening}its risks!`, `${opening}its risks…`, 'Then it rained.'];
    const sources = prose(4);
    expect(withoutRepeatedParagraphs(paragraphs, sources)).toBe(2);
    expect(paragraphs.slice(0, 2)).toEqual([`${opening}its risks…`, 'Then it rained.']);
  });

  it('keeps a repeat that is no prose, and paragraphs that only open alike', () => {
    const paragraphs = [
      `${opening}its risks.`,
      `${opening}its risks.`,
      `${opening}its risks.`,
      `${opening.replace('Tuesday', 'Monday')}its risks.`,
    ];
    const sources = prose(4);
    sources[1] = { element: null, kind: 'other' };
    expect(withoutRepeatedParagraphs(paragraphs, sources)).toBe(4);
  });
});

describe('texts normalised once for the furniture rules', () => {
  it('are lower-cased letters and digits, one space between runs', () => {
    const normalise = normaliser();
    expect(normalise('  Harbour – Plan: 2024! ')).toBe('harbour plan 2024');
    expect(normalise('  Harbour – Plan: 2024! ')).toBe('harbour plan 2024');
  });

  it('tell a list of other stories by the related titles', () => {
    const body = bodyOf(
      '<ul><li>Harbour plan approved by the council</li><li>Tides rise along the coast again</li></ul>',
    );
    const items = [...body.querySelectorAll('li')].map((element) => ({
      kind: 'bullet' as const,
      element,
      text: element.textContent!,
    }));
    const related = [{ title: 'Harbour plan approved by the council' }, { title: 'Tides rise along the coast again' }];
    expect([...relatedLists(items, related, normaliser())]).toEqual([body.firstElementChild]);
    expect(relatedLists(items, related.slice(1), normaliser()).size).toBe(0);
  });
});
