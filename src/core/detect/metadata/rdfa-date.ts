/**
 * The publication date RDFa marks on an element of the page: Drupal's RDF module and other RDFa writers put it
 * in a `content` attribute beside (or instead of) the date a reader sees ("28.01.22" over `<span
 * property="schema:dateCreated" content="2022-01-28T12:45:46+00:00">`, trafilatura 0648), with a property of
 * ../vocabulary/date-properties.json. A comment's date is not the article's: the resource it describes (its
 * nearest `typeof`) is then typed as a comment ("schema:Comment", "sioct:Comment").
 */
import { attr, closest, querySelectorAll } from '../../read/dom';
import vocabulary from '../vocabulary/date-properties.json';

const DATE_PROPERTIES = new Set(vocabulary.properties.flatMap((group) => group.terms));
/** Elements with an RDFa property and its value; <meta> ones are the metas' (./meta-tags.ts). */
const PROPERTY_CANDIDATES = '[property][content]:not(meta)';
/** A resource type that names a comment, in any vocabulary. */
const COMMENT_TYPE = /comment/i;

/** The first element that marks a publication date in RDFa and dates no comment, else null. */
export function firstRdfaDateElement(doc: Document): Element | null {
  for (const element of querySelectorAll(doc, PROPERTY_CANDIDATES)) {
    if (!(attr(element, 'property') ?? '').split(/\s+/).some((term) => DATE_PROPERTIES.has(term))) continue;
    const resource = closest(element, '[typeof]');
    if (!resource || !COMMENT_TYPE.test(attr(resource, 'typeof') ?? '')) return element;
  }
  return null;
}
