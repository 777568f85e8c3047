/**
 * The article's standfirst (blocks/standfirst.ts): the page's declared summary printed again under the headline,
 * in the headline's box outside the text the body reads, is the reader's first block, marked as a standfirst; the
 * body leaves it out. A summary the page does not print, or prints far from the headline, or the text holds, is none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import type { ArticleBlock } from '../../src/core/index';
import { runsText } from '../../src/core/blocks/inline';
import { validateArticleBlocks } from '../../src/shared/article/validate';
import { SENTENCES } from './fixtures/prose';

const DEK = 'Report claims the harbour board created a pool of low-paid staff for the summer';

function analyse(header: string, description = DEK) {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved - City News</title>
    <meta name="description" content="${description}"></head><body>
    <nav><a href="/">Home</a> <a href="/world">World</a></nav>
    <header><h1>Harbour plan approved</h1>${header}</header>
    <div class="article-body">${SENTENCES.map((sentence) => `<p>${sentence} ${sentence}</p>`).join('')}</div>
    <footer>Copyright 2024 City News</footer></body></html>`;
  const { document } = parseHTML(html);
  const { result } = analyzeDocument(document as unknown as Document, {
    url: 'https://news.example.org/world/harbour-plan-approved/',
    content: true,
  });
  return result;
}

const first = (blocks: ArticleBlock[] | undefined) => blocks?.[0];
const textOf = (block: ArticleBlock | undefined) => (block && 'runs' in block ? runsText(block.runs) : '');

describe('the standfirst under the headline', () => {
  it('is the reader’s first block, marked, and no body text', () => {
    const result = analyse(`<div class="byline">By Ann Lee</div><div class="dek"><p>${DEK}</p></div>`);
    const block = first(result.content);
    expect(block).toMatchObject({ kind: 'paragraph', standfirst: true });
    expect(textOf(block)).toBe(DEK);
    expect(result.body).not.toContain(DEK);
  });

  it('is read from an h2 under the h1 too', () => {
    expect(first(analyse(`<h2>${DEK}</h2>`).content)).toMatchObject({ standfirst: true });
  });

  it('is none when the page does not print the summary, or hides it', () => {
    expect(first(analyse('<p>By Ann Lee</p>').content)).not.toMatchObject({ standfirst: true });
    expect(first(analyse(`<p hidden>${DEK}</p>`).content)).not.toMatchObject({ standfirst: true });
  });

  it('is none when the text holds the summary already', () => {
    const result = analyse(`<p>${DEK}</p>`, SENTENCES[0]!);
    expect(result.content?.some((block) => block.kind === 'paragraph' && block.standfirst)).toBe(false);
  });

  it('is none for a summary of a few words (a kicker, a label)', () => {
    expect(first(analyse('<p>Harbour news today</p>', 'Harbour news today').content)).not.toMatchObject({
      standfirst: true,
    });
  });

  it('keeps its mark through the library’s validation', () => {
    const content = [{ kind: 'paragraph', runs: [{ kind: 'text', text: DEK }], standfirst: true }];
    expect(validateArticleBlocks(content)[0]).toMatchObject({ standfirst: true });
  });
});
