/**
 * An in-memory twin of `browser.storage.local` for unit tests: values are copied through JSON on
 * the way in and out (as the real area serialises them), each call can be delayed by a random
 * number of event-loop turns (so that concurrent callers interleave like tabs do), and an optional
 * quota throws the browser's own error, leaving the data untouched, as the real area does.
 */
import type { StorageAreaLike } from '../../src/shared/storage';

export interface MemoryAreaOptions {
  /** Maximum bytes (key length + JSON length of each value, Chrome's rule). */
  quotaBytes?: number;
  /** Which browser's quota error to throw. */
  quotaStyle?: 'chrome' | 'firefox';
  /** Yield up to this many macrotasks before each operation completes (0 = synchronous-ish). */
  maxDelayTurns?: number;
  /** Deterministic "random" source for the delays. */
  random?: () => number;
}

function copy<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

export class MemoryStorageArea implements StorageAreaLike {
  readonly data = new Map<string, unknown>();
  /** Every set() call's keys, to assert what a writer touched. */
  readonly setCalls: string[][] = [];

  constructor(private readonly options: MemoryAreaOptions = {}) {}

  private async turn(): Promise<void> {
    const turns = Math.floor((this.options.random ?? Math.random)() * ((this.options.maxDelayTurns ?? 0) + 1));
    for (let i = 0; i < turns; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  }

  bytesInUse(data: Map<string, unknown> = this.data): number {
    let total = 0;
    for (const [key, value] of data) total += key.length + JSON.stringify(value).length;
    return total;
  }

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    await this.turn();
    const wanted =
      keys === null || keys === undefined ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) if (this.data.has(key)) result[key] = copy(this.data.get(key));
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    await this.turn();
    const next = new Map(this.data);
    for (const [key, value] of Object.entries(items)) next.set(key, copy(value));
    if (this.options.quotaBytes !== undefined && this.bytesInUse(next) > this.options.quotaBytes) {
      if (this.options.quotaStyle === 'firefox') {
        throw new DOMException('storage.local API call exceeded its quota limitations.', 'QuotaExceededError');
      }
      throw new Error('QUOTA_BYTES quota exceeded');
    }
    this.setCalls.push(Object.keys(items));
    for (const [key, value] of next) this.data.set(key, value);
  }

  async getKeys(): Promise<string[]> {
    await this.turn();
    return [...this.data.keys()];
  }

  async remove(keys: string | string[]): Promise<void> {
    await this.turn();
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }

  /** Plain copy of everything stored, for assertions. */
  dump(): Record<string, unknown> {
    return Object.fromEntries([...this.data].map(([key, value]) => [key, copy(value)]));
  }
}

/** A small deterministic PRNG (mulberry32) so that interleavings are reproducible. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The URL index of a dumped v4 library, merged from its shards: `{ url: id }`. */
export function urlIndexOf(dump: Record<string, unknown>): Record<string, string> {
  const index: Record<string, string> = {};
  for (const [key, value] of Object.entries(dump)) if (key.startsWith('library/urls/')) Object.assign(index, value);
  return index;
}
