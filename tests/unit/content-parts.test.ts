/**
 * The body reader's parts (src/core/detect/content/): the unfinished paragraph's run of pieces, and the walk of a
 * part's subtree in document order with its pauses.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { NOTHING_SKIPPED } from '../../src/core/detect/content-kinds';
import { PieceRun } from '../../src/core/detect/content/piece-run';
import { walkSubtree } from '../../src/core/detect/content/walk-subtree';
import { subtreeOf } from '../../src/core/detect/walk-tree';
import { WALK_NODES_PER_PAUSE } from '../../src/core/steps';

describe('PieceRun, the paragraph being read', () => {
  it('counts the characters of its text, and of its linked pieces with their hrefs', () => {
    const run = new PieceRun();
    run.add('Read ', 4, null);
    run.add('the report', 10, '/report');
    run.add(' ', 0, '/empty');
    expect([run.pieces.join(''), run.chars, run.linkChars, run.hrefs]).toEqual([
      'Read the report ',
      14,
      10,
      ['/report'],
    ]);
  });

  it('resets to empty, or to a copy that later pieces leave as it was', () => {
    const run = new PieceRun();
    run.add('Published:', 10, '/about');
    const saved = new PieceRun();
    saved.reset(run);
    run.add('Monday', 6, '/date');
    expect([saved.pieces, saved.chars, saved.linkChars, saved.hrefs]).toEqual([['Published:'], 10, 10, ['/about']]);
    run.reset();
    expect([run.pieces, run.chars, run.linkChars, run.hrefs]).toEqual([[], 0, 0, []]);
    run.reset(saved);
    run.add('!', 1, null);
    expect(saved.pieces).toEqual(['Published:']);
  });
});

describe('walkSubtree, one part of the article in document order', () => {
  const body = parseHTML(
    '<html><body><div id="part"><p>One <b>two</b></p><aside id="out"><p>left out</p></aside><p>three</p></div></body></html>',
  ).document.body;
  const part = body.querySelector('#part')!;
  const out = body.querySelector('#out')!;

  const walkAll = (untilPause: number) => {
    const events: string[] = [];
    const steps = walkSubtree(
      subtreeOf(part, NOTHING_SKIPPED),
      0,
      (element) => element !== out || !events.push(`skipped ${element.id}`),
      (_element, tag) => events.push(`<${tag}>`),
      (_element, tag) => events.push(`</${tag}>`),
      (text) => events.push(text),
      untilPause,
    );
    let pauses = 0;
    for (let next = steps.next(); ; next = steps.next()) {
      if (next.done) return { events, pauses, left: next.value };
      pauses++;
    }
  };

  it('tells each start, text and end in order, and skips a left-out element with its subtree', () => {
    expect(walkAll(WALK_NODES_PER_PAUSE).events).toEqual([
      '<div>',
      '<p>',
      'One ',
      '<b>',
      'two',
      '</b>',
      '</p>',
      'skipped out',
      '<p>',
      'three',
      '</p>',
      '</div>',
    ]);
  });

  it('pauses when the count it was given runs out, and returns what is left for the next part', () => {
    const whole = walkAll(WALK_NODES_PER_PAUSE);
    expect(whole.pauses).toBe(0);
    const read = WALK_NODES_PER_PAUSE - whole.left;
    expect(read).toBeGreaterThan(0);
    const late = walkAll(2);
    expect(late.pauses).toBe(1);
    expect(late.left).toBe(WALK_NODES_PER_PAUSE - (read - 2));
    expect(late.events).toEqual(whole.events);
  });
});
