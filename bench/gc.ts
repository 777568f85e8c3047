/**
 * A best-effort full garbage collection between benchmark pages. Node hides `gc()` unless started
 * with --expose-gc; `npm run bench` runs through tsx without it, so the flag is switched on at
 * run time and the function fetched from a fresh context (where V8 installs it).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** V8's exposed gc(): a full collection by default, or only the young generation with { type: 'minor' }. */
type GcFunction = (options?: { type: 'major' | 'minor'; execution?: 'sync' | 'async' }) => void;

let gc: GcFunction | null | undefined;

function loadGc(): GcFunction | null {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === 'function') return existing as GcFunction;
  try {
    setFlagsFromString('--expose-gc');
    const fromContext: unknown = runInNewContext('gc');
    return typeof fromContext === 'function' ? (fromContext as GcFunction) : null;
  } catch {
    return null;
  }
}

export type GcKind = 'full' | 'young';

/**
 * Runs a collection when the runtime allows it; otherwise does nothing. 'full' collects the whole
 * heap (tens of ms on a big heap); 'young' only the young generation, where fresh garbage lives
 * (about a millisecond).
 */
export function collectGarbage(kind: GcKind = 'full'): void {
  if (gc === undefined) gc = loadGc();
  if (!gc) return;
  if (kind === 'young') gc({ type: 'minor', execution: 'sync' });
  else gc();
}
