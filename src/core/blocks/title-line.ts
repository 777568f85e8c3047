/**
 * The reader's side of ../detect/set-apart-title.ts: a unit's first line without the article's
 * headline set apart at its start by a gap of spaces, so that the line is the body's first paragraph again (the
 * reader keeps a line the body has: body-filter.ts).
 */
import { withoutSetApartTitle } from '../detect/set-apart-title';
import type { FlatRun } from './inline';

/** The runs without the headline set apart at their start, read from the plain text runs that open them. */
export function runsWithoutSetApartTitle(runs: FlatRun[], title: string | undefined): FlatRun[] {
  if (!title) return runs;
  let opening = 0;
  let text = '';
  // A link or a formula ends the plain text: the headline typed again is plain text.
  for (; opening < runs.length && runs[opening]!.kind === 'text' && !runs[opening]!.href; opening++)
    text += runs[opening]!.text;
  let cut = text.length - withoutSetApartTitle(text, title).length;
  if (!cut) return runs;
  const kept: FlatRun[] = [];
  for (const run of runs) {
    // The runs wholly inside the headline and its gap go; the one the cut falls in keeps its end.
    if (cut > 0 && cut >= run.text.length) cut -= run.text.length;
    else {
      kept.push(cut ? { ...run, text: run.text.slice(cut) } : run);
      cut = 0;
    }
  }
  return kept;
}
