/**
 * The saved-outlines library: what one saved entry holds, and the storage keys it lives under.
 * The shapes of older schema versions live in ./migrations.ts beside the functions that upgrade them.
 */
import type { ArticleMetadata, RelatedStory } from '../../core/types';

/** A heading of a saved outline: the analysis-only `id` of OutlineSection is not kept. */
export interface SavedSection {
  level: number;
  text: string;
  bullets: string[];
  children: SavedSection[];
}

/** One saved outline (schema v3). It holds everything needed to read it: the page may be gone. */
export interface SavedOutline extends ArticleMetadata {
  /** Stable id of the entry, also its storage key suffix. */
  id: string;
  /** The article's address without #fragment: saving the same URL again updates this entry. */
  url: string;
  wordCount: number;
  readingMinutes: number;
  outline: SavedSection[];
  related: RelatedStory[];
  /**
   * The article's key sentences, texts only (their ids point into a page that is gone). Absent in
   * entries saved before key points were kept, and when the article had none.
   */
  keyPoints?: string[];
  /** ISO time of the first save. */
  savedAt: string;
  /** ISO time of the latest save (= savedAt until the same URL is saved again). */
  updatedAt: string;
}

/** Something stored that could not be read as a saved outline, kept aside for the user. */
export interface QuarantinedItem {
  /** The storage key it was found under. */
  key: string;
  /** Why it could not be read, in words a user can act on. */
  reason: string;
  /** ISO time it was set aside. */
  setAsideAt: string;
  /** The stored value, unchanged. */
  raw: unknown;
}

/** The part of `browser.storage.local` the library uses; tests pass an in-memory twin. */
export interface StorageAreaLike {
  get(keys?: null | string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
  /** Every stored key, without the values (Chrome 130+, recent Firefox); the library reads without it too. */
  getKeys?(): Promise<string[]>;
}

/** The schema this code reads and writes. Older data is migrated (see ./migrations.ts). */
export const CURRENT_SCHEMA_VERSION = 4;

/** Every library key starts with this, so the library never touches other extension settings. */
export const LIBRARY_PREFIX = 'library';
/** Schema v1: the whole library as one array under one key. */
export const V1_LIBRARY_KEY = 'library';
export const SCHEMA_VERSION_KEY = 'library/schemaVersion';
/** Schema v2 and v3: `{ [id]: url }`, one key for the whole library (replaced by the URL index in v4). */
export const INDEX_KEY = 'library/index';
/** Schema v2+: one key per entry, `library/entry/<id>`. */
export const ENTRY_KEY_PREFIX = 'library/entry/';
/** Schema v2+: a list of QuarantinedItem. */
export const QUARANTINE_KEY = 'library/quarantine';
/** Schema v4+: the URL index, in shards `library/urls/<00..3f>` of `{ [url]: id }` (see ./url-index.ts). */
export const URL_INDEX_PREFIX = 'library/urls/';
/**
 * Reserved for the saved article text of an entry (`library/article/<id>`), written beside its entry by
 * the reader. The library's sweeps never remove or set aside keys they do not own, so this prefix (and any
 * key outside `library/`, such as settings) is safe from them.
 */
export const ARTICLE_KEY_PREFIX = 'library/article/';

export function entryKey(id: string): string {
  return ENTRY_KEY_PREFIX + id;
}

export function articleKey(id: string): string {
  return ARTICLE_KEY_PREFIX + id;
}

export function isLibraryKey(key: string): boolean {
  return key === V1_LIBRARY_KEY || key.startsWith(LIBRARY_PREFIX + '/');
}
