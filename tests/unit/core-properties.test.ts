/**
 * Property-based tests of the analysis core over generated documents (fast-check, seeded): it
 * never throws, never exceeds its step budget on them, and every result holds the contract's
 * invariants (bounded texts and counts, levels 0..6, http(s) related URLs without #fragment, key
 * points inside the body, no invisible headings or bullets). Forms whose controls clobber DOM
 * properties are generated too; linkedom and happy-dom do not clobber, so their effect is tested
 * in real Chromium (tests/e2e/core-in-chromium.test.ts).
 *
 * CI runs a few thousand cases; FUZZ_RUNS=50000 runs more (and prints the counts). (A happy-dom run
 * passed too, but the worker then dies in teardown with a V8 "invalid size" error inside happy-dom.)
 */
import fc from 'fast-check';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { outlineDocument, type OutlineResult } from '../../src/core/index';
import { MAX_ANALYSIS_STEPS } from '../../src/core/read/budget';
import { documentArbitrary, invariantFailures, pageUrlArbitrary } from '../support/generated-documents';

/** Cases per run in CI (FUZZ_RUNS overrides), and the seed that makes them the same every run. */
const RUNS = Number(process.env.FUZZ_RUNS ?? 2_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_203);
/** The reason analyzeDocument gives when its step budget is spent (read/budget.ts). */
const BUDGET_REASON = /too large or too tangled/;

interface Counts {
  cases: number;
  throws: number;
  loops: number;
  invariantFailures: number;
  found: number;
  clobbered: number;
}

/** `parse` returns null for markup the DOM implementation itself cannot parse (not the core's concern). */
function check(parse: (html: string) => Document | null, counts: Counts) {
  return (html: string, url: string | null): void => {
    const doc = parse(html);
    if (!doc) return;
    counts.cases++;
    if (/<form/i.test(html)) counts.clobbered++;
    let result: OutlineResult;
    try {
      result = outlineDocument(doc, { url });
    } catch (error) {
      counts.throws++;
      throw error;
    }
    if (result.found) counts.found++;
    if (!result.found && BUDGET_REASON.test(result.reason ?? '')) {
      counts.loops++;
      throw new Error(`step budget (${MAX_ANALYSIS_STEPS}) exceeded`);
    }
    const failures = invariantFailures(result);
    if (failures.length) counts.invariantFailures++;
    expect(failures).toEqual([]);
  };
}

function report(name: string, counts: Counts): void {
  if (process.env.FUZZ_RUNS) console.log(`${name}: ${JSON.stringify(counts)}`);
}

const newCounts = (): Counts => ({ cases: 0, throws: 0, loops: 0, invariantFailures: 0, found: 0, clobbered: 0 });

describe('the core over generated documents', () => {
  it(`holds its invariants on ${RUNS} documents in linkedom`, () => {
    const counts = newCounts();
    const parse = (html: string) => parseHTML(html).document as unknown as Document;
    try {
      fc.assert(fc.property(documentArbitrary, pageUrlArbitrary, check(parse, counts)), { seed: SEED, numRuns: RUNS });
    } finally {
      report('linkedom', counts);
    }
    // The generator reaches what it is for: found articles, and clobbering forms.
    expect(counts.found).toBeGreaterThan(RUNS * 0.3);
    expect(counts.clobbered).toBeGreaterThan(RUNS * 0.1);
  }, 600_000);
});
