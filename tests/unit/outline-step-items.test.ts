/**
 * A list item that holds a heading (a numbered step: its counter, its title, its text) sits under that heading as a
 * bullet of its own text only (src/core/outline.ts): a shop's step-by-step help repeated each step's counter and
 * title in the bullet under that title ("1 Return link You can ask …" under "Return link"). An item that opens with
 * its title (a term and its description) or with words before it stays whole; one of its heading alone adds none.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/core/index';
import type { OutlineSection } from '../../src/core/types';

const INTRO = [
  'To protect the environment, your parcel no longer holds any paper return documents from our online shop.',
  'You can ask for them by e-mail at any time, and the return label you receive stays valid for thirty days.',
  'Every return is free of charge and works the same way for guests as for customers with an account.',
];
const STEPS = [
  ['Return link', 'You can ask for your return documents in your e-mails (invoice or delivery confirmation).'],
  ['Verification', 'Please enter the e-mail address you used for the order to verify it.'],
  ['Print the label', 'Print the return label and stick it on the parcel before you take it to the post office.'],
] as const;

function stepsOf(card: (title: string, text: string, i: number) => string): { text: string; bullets: string[] }[] {
  const { document } = parseHTML(
    `<html lang="en"><head><title>Sustainability in the online shop</title></head><body><main><article>
      <h1>Sustainability in the online shop</h1>${INTRO.map((line) => `<p>${line}</p>`).join('')}
      <h2>How to return a parcel</h2><ul class="steps">${STEPS.map(([title, text], i) => `<li>${card(title, text, i)}</li>`).join('')}</ul>
    </article></main></body></html>`,
  );
  const [section] = analyzeDocument(document as unknown as Document).result.outline as OutlineSection[];
  expect(section!.text).toBe('How to return a parcel');
  return section!.children.map(({ text, bullets }) => ({ text, bullets }));
}

describe("a step's list item under the heading it holds", () => {
  it("is its own text, without the step's counter and title", () => {
    const steps = stepsOf((title, text, i) => `<span class="number">${i + 1}</span><h3>${title}</h3><p>${text}</p>`);
    expect(steps).toEqual(STEPS.map(([title, text]) => ({ text: title, bullets: [text] })));
  });

  it('keeps an item that opens with its title or with words, and adds nothing for an item of its heading alone', () => {
    const kept = stepsOf((title, text, i) => `<span>Step ${i + 1}</span><h3>${title}</h3><p>${text}</p>`);
    expect(kept[0]!.bullets).toEqual([`Step 1 Return link ${STEPS[0][1]}`]);
    const term = stepsOf((title, text) => `<h3>${title}</h3><p>${text}</p>`);
    expect(term[0]!.bullets).toEqual([`Return link ${STEPS[0][1]}`]);
    const bare = stepsOf((title) => `<h3>${title}</h3>`);
    expect(bare).toEqual(STEPS.map(([title]) => ({ text: title, bullets: [] })));
  });
});
