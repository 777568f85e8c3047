/**
 * The saved-outlines library over a storage area (`browser.storage.local`, or an in-memory twin in
 * tests). Storage layout (schema v4; older layouts are migrated, see ./migrations.ts):
 *
 *   library/schemaVersion      4
 *   library/entry/<id>         one SavedOutline per saved article (./types.ts)
 *   library/urls/<00..3f>      the URL index, 64 shards of { url: id } (./url-index.ts)
 *   library/quarantine         items that could not be read, set aside unchanged
 *   library/article/<id>       reserved: the saved article text of entry <id> (the reader's)
 *
 * Keys outside `library/` (panel or reader settings) are never read or touched by the library.
 * - Read side (./read.ts): the library page loads everything once, then applies storage changes.
 * - Write side (./writer.ts): the background's single writer, one queue; a save touches its entry
 *   and one shard. ./sweep.ts migrates and repairs; ./import-plan.ts merges imported files.
 */
export * from './types';
export * from './errors';
export * from './bounds';
export * from './validate';
export * from './migrations';
export * from './url-index';
export * from './read';
export * from './sweep';
export * from './import-plan';
export * from './writer';
