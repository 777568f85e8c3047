/**
 * A storage area for the library bench that costs what the browser's does per call: every value is
 * kept as a JSON string (Chrome keeps storage.local values as JSON in LevelDB), so a write pays
 * JSON.stringify for exactly the values it writes and a read JSON.parse for exactly those it reads.
 * Unlike the unit tests' twin it never copies the whole store, so it adds no cost of its own that
 * grows with the library.
 */
import type { StorageAreaLike } from '../../src/shared/storage';

export class SerializingArea implements StorageAreaLike {
  readonly data = new Map<string, string>();

  async get(keys?: null | string | string[]): Promise<Record<string, unknown>> {
    const all = keys === null || keys === undefined;
    const wanted = all ? [...this.data.keys()] : typeof keys === 'string' ? [keys] : keys;
    const result: Record<string, unknown> = {};
    for (const key of wanted) {
      const json = this.data.get(key);
      if (json !== undefined) result[key] = JSON.parse(json);
    }
    return result;
  }

  async set(items: Record<string, unknown>): Promise<void> {
    for (const [key, value] of Object.entries(items)) this.data.set(key, JSON.stringify(value));
  }

  async remove(keys: string | string[]): Promise<void> {
    for (const key of typeof keys === 'string' ? [keys] : keys) this.data.delete(key);
  }

  /** Bytes stored (key + JSON), as Chrome counts them against its quota. */
  bytes(): number {
    let total = 0;
    for (const [key, json] of this.data) total += key.length + json.length;
    return total;
  }
}
