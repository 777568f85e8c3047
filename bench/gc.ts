/**
 * A best-effort full garbage collection between benchmark pages. Node hides `gc()` unless started
 * with --expose-gc; `npm run bench` runs through tsx without it, so the flag is switched on at
 * run time and the function fetched from a fresh context (where V8 installs it).
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type GcFunction = () => void;

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

/** Runs a full collection when the runtime allows it; otherwise does nothing. */
export function collectGarbage(): void {
  if (gc === undefined) gc = loadGc();
  gc?.();
}
