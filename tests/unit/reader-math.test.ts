/**
 * Formulas in the reader (src/core/blocks/math.ts): a page's <math> is read as MathML's presentation elements and
 * layout attributes alone, where the page writes it and where a script (MathJax, KaTeX) keeps it beside its drawing
 * for screen readers; the validator, the HTML export and the Markdown export take it as that vocabulary alone.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock, InlineRun, MathNode } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { BlockValidationError, validateArticleBlocks } from '../../src/shared/article/validate';
import { blocksToMarkdown } from '../../src/shared/article/markdown';
import { articleToHtml } from '../../src/shared/article/html';
import { readerBlocksOf, SENTENCES } from './fixtures/prose';

const S = SENTENCES;

function runsOf(blocks: ArticleBlock[]): InlineRun[] {
  return blocks.flatMap((block) => ('runs' in block ? block.runs : []));
}

const mathOf = (runs: InlineRun[]): MathNode[] =>
  runs.flatMap((run) => (run.kind === 'math' ? [run.math] : 'children' in run ? mathOf(run.children) : []));

/** a ≠ 0 as MathJax v3 writes it: its drawing hidden from screen readers, the MathML beside it for them. */
const MATHJAX_FORMULA = `<mjx-container class="MathJax CtxtMenu_Attached_0" jax="CHTML">
  <mjx-math class="MJX-TEX" aria-hidden="true"><mjx-mi><mjx-c class="mjx-c1D44E"></mjx-c></mjx-mi></mjx-math>
  <mjx-assistive-mml unselectable="on" display="inline"><math xmlns="http://www.w3.org/1998/Math/MathML">
    <mi> a </mi><mo>≠</mo><mn>0</mn></math></mjx-assistive-mml>
</mjx-container>`;

describe('formulas in the reader', () => {
  it("shows a script's MathML copy of a formula where the formula stands, its drawing not (readability/mathjax)", () => {
    const blocks = readerBlocksOf(`<article><h1>Harbour plan approved</h1><p>${S[0]}</p>
      <p>When ${MATHJAX_FORMULA}, the plan holds. ${S[1]}</p><p>${S[2]}</p><p>${S[3]}</p></article>`);
    const runs = runsOf(blocks);
    expect(mathOf(runs)).toEqual([
      {
        tag: 'math',
        children: [
          { tag: 'mi', children: ['a'] },
          { tag: 'mo', children: ['≠'] },
          { tag: 'mn', children: ['0'] },
        ],
      },
    ]);
    const paragraph = blocks.find((block) => block.kind === 'paragraph' && runsText(block.runs).startsWith('When'));
    // The words around it keep their spaces, but for none before the comma after it; its text is its tokens.
    expect(paragraph && 'runs' in paragraph && runsText(paragraph.runs)).toBe(`When a ≠ 0, the plan holds. ${S[1]}`);
  });

  it("keeps MathML's presentation alone: no annotation, no attribute outside the layout's (no style, no link)", () => {
    const blocks = readerBlocksOf(`<article><h1>Harbour plan approved</h1><p>${S[0]}</p>
      <p>${S[1]} <math display="block" style="color:red" onclick="x()"><semantics><mrow href="https://evil.example/">
        <msup><mi mathvariant="normal">e</mi><mn>2</mn></msup><unknown-tag><mo>+</mo></unknown-tag><mn>1</mn></mrow>
        <annotation encoding="application/x-tex">e^2+1</annotation></semantics></math></p>
      <p>${S[2]}</p><p>${S[3]}</p></article>`);
    expect(mathOf(runsOf(blocks))).toEqual([
      {
        tag: 'math',
        attrs: { display: 'block' },
        children: [
          {
            tag: 'mrow',
            children: [
              {
                tag: 'msup',
                children: [
                  { tag: 'mi', attrs: { mathvariant: 'normal' }, children: ['e'] },
                  { tag: 'mn', children: ['2'] },
                ],
              },
              { tag: 'mo', children: ['+'] },
              { tag: 'mn', children: ['1'] },
            ],
          },
        ],
      },
    ]);
  });

  it('leaves out a hidden formula and one with no text', () => {
    const blocks = readerBlocksOf(`<article><h1>Harbour plan approved</h1><p>${S[0]}</p>
      <p>${S[1]} <math hidden><mi>x</mi></math><math><mspace width="1em"></mspace></math></p>
      <p>${S[2]}</p><p>${S[3]}</p></article>`);
    expect(mathOf(runsOf(blocks))).toEqual([]);
  });

  const FORMULA: InlineRun = {
    kind: 'math',
    math: {
      tag: 'math',
      children: [{ tag: 'mfrac', attrs: { linethickness: '0' }, children: [{ tag: 'mi', children: ['a<b'] }, 'c'] }],
    },
  };

  it('the validator takes the vocabulary alone', () => {
    const paragraph = (math: unknown) => [{ kind: 'paragraph', runs: [{ kind: 'math', math }] }];
    expect(validateArticleBlocks([{ kind: 'paragraph', runs: [FORMULA] }])).toEqual([
      { kind: 'paragraph', runs: [FORMULA] },
    ]);
    expect(() => validateArticleBlocks(paragraph({ tag: 'mi', children: ['x'] }))).toThrow(BlockValidationError);
    expect(() =>
      validateArticleBlocks(paragraph({ tag: 'math', children: [{ tag: 'script', children: [] }] })),
    ).toThrow(BlockValidationError);
    expect(() => validateArticleBlocks(paragraph({ tag: 'math', attrs: { onclick: 'x()' }, children: ['x'] }))).toThrow(
      BlockValidationError,
    );
    expect(() =>
      validateArticleBlocks(paragraph({ tag: 'math', attrs: { href: 'javascript:x' }, children: [] })),
    ).toThrow(BlockValidationError);
  });

  it("the validator counts a formula's nesting on its own: one deep in nested lists is taken", () => {
    let math: MathNode = { tag: 'mi', children: ['x'] };
    for (let level = 0; level < 24; level++) math = { tag: 'mrow', children: [math] };
    let blocks: ArticleBlock[] = [
      { kind: 'paragraph', runs: [{ kind: 'math', math: { tag: 'math', children: [math] } }] },
    ];
    for (let level = 0; level < 24; level++) blocks = [{ kind: 'list', ordered: false, items: [{ blocks }] }];
    expect(validateArticleBlocks(blocks)).toEqual(blocks);
  });

  it('the exports write it as MathML (HTML, escaped) and as its text (Markdown)', () => {
    const blocks: ArticleBlock[] = [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'So ' }, FORMULA] }];
    expect(blocksToMarkdown(blocks)).toContain('So a\\<b c');
    const html = articleToHtml({ found: true, title: 'T', content: blocks } as never);
    expect(html).toContain('So <math><mfrac linethickness="0"><mi>a&lt;b</mi>c</mfrac></math>');
  });
});
