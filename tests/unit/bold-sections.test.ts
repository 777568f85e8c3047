/**
 * Bold lines that name a series of sections in a story with real headings (src/core/detect/bold-sections.ts).
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/index';
import { SENTENCES } from './fixtures/prose';

const PAGE_URL = 'https://news.example.org/world/harbour-plan-approved/';
const prose = (count: number): string =>
  SENTENCES.slice(0, count)
    .map((s) => `<p>${s}</p>`)
    .join('\n');
const bold = (name: string, text = prose(2)): string => `<p><strong>${name}</strong></p>${text}`;

/** The outline as "text" per section, children indented under their parent. */
function outline(article: string): string[] {
  const html = `<!DOCTYPE html><html lang="en"><head><title>Harbour plan approved - City News</title></head>
    <body><article>${article}</article></body></html>`;
  const result = outlineDocument(parseHTML(html).document as unknown as Document, { url: PAGE_URL });
  const out: string[] = [];
  const walk = (sections: OutlineSection[], depth: number): void => {
    for (const section of sections) {
      if (section.level > 0) out.push(`${'  '.repeat(depth)}${section.text}`);
      walk(section.children, depth + 1);
    }
  };
  walk(result.outline, 0);
  return out;
}

describe('bold lines as sections among real headings', () => {
  it('shows a series of bold lines, each over a paragraph’s worth of text, under the heading they follow', () => {
    const article = `${prose(2)}<h2>The vote</h2>${prose(1)}${bold('Early counts')}${bold('First forecasts')}
      ${bold('Projections')}<h2>The count</h2>${prose(2)}`;
    expect(outline(article)).toEqual(['The vote', '  Early counts', '  First forecasts', '  Projections', 'The count']);
  });

  it('keeps a short section of the series, and leaves a bold line over no text out', () => {
    const article = `<h2>The vote</h2>${prose(1)}${bold('Early counts')}${bold('Turnout', prose(1))}
      ${bold('A picture', '<p><img src="a.jpg" alt=""></p>')}${bold('First forecasts')}${bold('Projections')}
      <h2>The count</h2>${prose(2)}`;
    expect(outline(article)).toEqual([
      'The vote',
      '  Early counts',
      '  Turnout',
      '  First forecasts',
      '  Projections',
      'The count',
    ]);
  });

  it('sets a list’s label after a bold line of the series beside it, not under it', () => {
    const label = '<p><strong>Next steps</strong></p><ul><li>Read the plan</li><li>Write to the council</li></ul>';
    const article = `<h2>The vote</h2>${prose(1)}${bold('Early counts')}${bold('First forecasts')}
      ${bold('Projections')}${label}<h2>The count</h2>${prose(2)}`;
    expect(outline(article)).toEqual([
      'The vote',
      '  Early counts',
      '  First forecasts',
      '  Projections',
      '  Next steps',
      'The count',
    ]);
  });

  it('leaves two bold lines, or bold lines over little text, as emphasis', () => {
    const two = `<h2>The vote</h2>${prose(1)}${bold('Early counts')}${bold('Projections')}
      <h2>The count</h2>${prose(2)}`;
    expect(outline(two)).toEqual(['The vote', 'The count']);
    const short = `<h2>The vote</h2>${prose(1)}${bold('Early counts', prose(1))}${bold('Turnout', prose(1))}
      ${bold('Projections', prose(1))}<h2>The count</h2>${prose(2)}`;
    expect(outline(short)).toEqual(['The vote', 'The count']);
  });
});
