/**
 * A line of the story that links, written as a <div> of its own rather than a <p> (an editor's blocks: div > div >
 * span), stays in the body when it ends a sentence outside its links; link furniture in the same shape does not
 * (src/core/detect/linked-sentence.ts).
 */
import { describe, expect, it } from 'vitest';
import { bodyLinesOf, SENTENCES } from './fixtures/prose';

/** A line as the editor writes it: a block <div> around a <div> around a <span>. */
const block = (html: string): string => `<div class="block"><div class="line"><span>${html}</span></div></div>`;
const prose = (i: number): string => block(SENTENCES[i]!);

describe('linked sentences written as <div>s', () => {
  it('keeps a sentence whose first words link, and link lines that end with a stop outside the link', () => {
    const lines = bodyLinesOf(
      prose(0) +
        prose(1) +
        block('<a href="https://vote.example.org/initiative/7038">We still back this petition</a>, as it is better.') +
        prose(2) +
        block('<strong>More on the petition:</strong>') +
        block('<a href="https://ministry.example.gov/petitions/start">The ministry\'s page on it</a>.<br>') +
        block('<a href="https://ministry.example.gov/petitions/text.pdf">Its text</a>.<br>') +
        prose(3),
    );
    expect(lines).toContain('We still back this petition, as it is better.');
    expect(lines).toContain("The ministry's page on it.");
    expect(lines).toContain('Its text.');
  });

  it('still leaves out link furniture in the same shape (no stop, or the stop inside the link)', () => {
    const lines = bodyLinesOf(
      prose(0) +
        prose(1) +
        prose(2) +
        prose(3) +
        block(
          'Tags: <a href="https://news.example.org/tag/harbour">Harbour</a>, <a href="https://news.example.org/tag/city">City</a>',
        ) +
        block('<a href="https://other.example.org/story">A story elsewhere about the old quay ends here.</a>'),
    );
    expect(lines.join(' ')).not.toContain('Harbour,');
    expect(lines.join(' ')).not.toContain('A story elsewhere');
  });
});
