/**
 * Reads the page's <meta> values into one lookup keyed like "og:title", "article:published_time",
 * "author", "parsely-pub-date". A `property` may list several space-separated names
 * (`property="dc:title og:title"`): the value is stored under each of them.
 */

import { attr } from '../../read/dom';
import metaNames from '../vocabulary/meta-names.json';
import { alternation } from '../vocabulary/patterns';

/** Prefixes and names read from `property` (RDFa / Open Graph style, space-separated list). */
const PROPERTY_PATTERN = new RegExp(
  `^(${alternation(metaNames.propertyPrefixes)})\\s*:\\s*(${alternation(metaNames.propertyNames)})$`,
  'i',
);

/** Names read from `name` (a single value), with an optional prefix (`name="article:published_time"` too). */
const NAME_PATTERN = new RegExp(
  `^(?:(${alternation(metaNames.namePrefixes)})\\s*[-.:]\\s*)?(${alternation(metaNames.nameNames)})$`,
  'i',
);

/** `http-equiv` values worth keeping (the page language fallback). */
const HTTP_EQUIV_NAMES = new Set(['content-language']);

export type MetaValues = ReadonlyMap<string, string>;

/** "DC.Title" -> "dc:title" (as Readability keys them; "dcterms." is not its "dcterm:" and is not read). */
function canonicalKey(name: string): string {
  return name.toLowerCase().replace(/\s/g, '').replace(/\./g, ':');
}

/**
 * The values of the page's <meta content> elements (in document order, ./page-scan.ts). A later
 * declaration of the same key replaces an earlier one (as in Readability, whose output is the reference).
 */
export function readMetaValues(metas: Iterable<Element>): MetaValues {
  const values = new Map<string, string>();
  for (const meta of metas) {
    const content = (attr(meta, 'content') ?? '').trim();
    if (!content) continue;
    const property = attr(meta, 'property');
    let matchedProperty = false;
    if (property) {
      for (const token of property.trim().split(/\s+/)) {
        if (PROPERTY_PATTERN.test(token)) {
          values.set(canonicalKey(token), content);
          matchedProperty = true;
        }
      }
    }
    const name = attr(meta, 'name');
    if (!matchedProperty && name && NAME_PATTERN.test(name.trim())) values.set(canonicalKey(name), content);
    const httpEquiv = attr(meta, 'http-equiv');
    if (httpEquiv && HTTP_EQUIV_NAMES.has(httpEquiv.trim().toLowerCase()))
      values.set(httpEquiv.trim().toLowerCase(), content);
  }
  return values;
}

/** The first of `keys` that has a value. */
export function firstMeta(values: MetaValues, keys: readonly string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}
