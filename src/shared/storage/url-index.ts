/**
 * The URL index (schema v4): which entry holds an article address. It is split into a fixed number
 * of shards, `library/urls/<00..3f>` = `{ [url]: id }`, chosen by a hash of the URL, so that a save
 * reads and rewrites one small shard instead of an index of the whole library (at 5,000 entries a
 * shard holds about 80 URLs, some 8 kB, where the v3 index was one 500 kB value scanned on every save).
 */
import { URL_INDEX_PREFIX } from './types';
import { isValidEntryId } from './validate';

/**
 * How many shards: a power of two, so that a shard stays small (under ~10 kB) up to the ~5,000
 * entries Chrome's 10 MB quota holds, while a page load or a full sweep still reads few keys.
 */
export const URL_INDEX_SHARDS = 64;

/** `{ [url]: id }` for the URLs whose hash falls in one shard. */
export type UrlShard = Record<string, string>;

/** FNV-1a (32 bit) over the UTF-16 code units: fast, synchronous, evenly spread for URLs. */
function hashUrl(url: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < url.length; i++) {
    hash ^= url.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The storage key of the shard that holds `url` (already normalised: see normaliseArticleUrl). */
export function shardKeyOf(url: string): string {
  return URL_INDEX_PREFIX + (hashUrl(url) % URL_INDEX_SHARDS).toString(16).padStart(2, '0');
}

export function isShardKey(key: string): boolean {
  return key.startsWith(URL_INDEX_PREFIX);
}

/** Every shard key, for a page load or a sweep. */
export function allShardKeys(): string[] {
  return Array.from({ length: URL_INDEX_SHARDS }, (_, n) => URL_INDEX_PREFIX + n.toString(16).padStart(2, '0'));
}

/** A stored shard, or null when it is damaged (the writer then rebuilds the index from the entries). */
export function readShard(raw: unknown): UrlShard | null {
  if (raw === undefined) return {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const shard: UrlShard = {};
  for (const [url, id] of Object.entries(raw)) {
    if (!isValidEntryId(id)) return null;
    shard[url] = id;
  }
  return shard;
}

/**
 * The shards an operation reads, changes and writes back: `lookup` and `set`/`delete` by URL;
 * `changed()` lists only the shards that were modified, as storage items.
 */
export class UrlIndexView {
  private readonly dirty = new Set<string>();

  constructor(private readonly shards: Map<string, UrlShard>) {}

  lookup(url: string): string | undefined {
    const shard = this.shards.get(shardKeyOf(url));
    return shard && Object.hasOwn(shard, url) ? shard[url] : undefined;
  }

  set(url: string, id: string): void {
    const key = shardKeyOf(url);
    this.shards.set(key, { ...this.shards.get(key), [url]: id });
    this.dirty.add(key);
  }

  delete(url: string, id: string): void {
    const key = shardKeyOf(url);
    const shard = this.shards.get(key);
    if (!shard || shard[url] !== id) return;
    const { [url]: _gone, ...rest } = shard;
    this.shards.set(key, rest);
    this.dirty.add(key);
  }

  changed(): Record<string, UrlShard> {
    return Object.fromEntries([...this.dirty].map((key) => [key, this.shards.get(key) ?? {}]));
  }
}

/** Builds the whole index from `[url, id]` pairs (a migration or a sweep), as storage items. */
export function buildUrlIndex(pairs: Iterable<readonly [string, string]>): Record<string, UrlShard> {
  const shards: Record<string, UrlShard> = {};
  for (const [url, id] of pairs) {
    const key = shardKeyOf(url);
    const shard = shards[key] ?? {};
    shard[url] = id;
    shards[key] = shard;
  }
  return shards;
}
