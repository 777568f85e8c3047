/**
 * The byline element of the page: the first visible element marked rel=author,
 * [itemprop~=author], or with a class / id like "byline", "author", "dateline" — first outside
 * any container a reader skips (Readability's rule), else anywhere but in comments, related
 * posts or navigation (an "entry-header" often holds it).
 */
import { isAuthorHref } from '../author-pages';
import { isAccountName } from './byline-account';
import { readByline } from './byline-clean';
import { hasShortText, nextElementWithin, spacedText } from './dom-text';
import { classAndId } from '../../dom';
import {
  attr,
  contains,
  hasAttrs,
  hasNoText,
  parentElement,
  previousElementSibling,
  textContent,
} from '../../read/dom';
import { upperTag } from '../../read/tags';
import { isHiddenElement, isModalDialog } from '../../read/visibility';
import { classOf } from './page-scan';
import { MAYBE_CANDIDATE, UNLIKELY_CANDIDATE, UNLIKELY_ROLES } from '../boilerplate';
import bylineParts from '../vocabulary/byline-parts.json';
import { alternation } from '../vocabulary/patterns';

/** A byline element with this much text or more is a bio or a list of posts, not a byline. */
const MAX_BYLINE_ELEMENT_LENGTH = 100;
/** Stops the element scan on pages with thousands of "author" classes (comment lists). */
const MAX_BYLINE_ELEMENTS_CHECKED = 300;

/**
 * Containers whose content a reader never sees as the article's byline (Readability's unlikely
 * candidates), unless a word rescues them (e.g. "article-header", "main-content").
 */
const UNLIKELY_CONTAINER = UNLIKELY_CANDIDATE;
const MAYBE_CONTENT_CONTAINER = MAYBE_CANDIDATE;

/**
 * Containers that never hold the article's own byline, however lenient the search (comment and
 * related-post authors).
 */
const FOREIGN_AUTHOR_CONTAINER = /comment|disqus|replies|related|sidebar|widget/i;
/** An element below this many <article>s is in an article nested in the page's: another story's card, a comment. */
const NESTED_ARTICLE_DEPTH = 2;
/** Roles of site navigation and asides, which list other pages' authors. */
const LENIENT_SKIPPED_ROLES = new Set(['navigation', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog']);

/**
 * Strict: the element is hidden, in a dialog / <noscript> / <template> / <nav>, or inside a container a
 * reader would skip (comments, sidebar, header, footer... as Readability's unlikely candidates); a container that
 * holds the headline (`headline`, the page's first h1) is the article's own header whatever its name says
 * ("<section class=pageHeader><div class=postHeader><h1>…</h1><div>Par <a class=author>…", bondyblog.fr, trafilatura
 * 0190), so that a teaser's author further down does not outrank the byline under the headline.
 * Lenient: only hidden elements and comment / related / sidebar containers are ruled out (an
 * "entry-header" often holds the byline; Readability too finds it on its second pass).
 * Both: an element in an <article> nested in another (a teaser card's "byline" naming its source, a comment's author)
 * is out of sight, so that a card below the story does not outrank the byline in the story's <header>.
 */
function isOutOfSight(element: Element, strict: boolean, headline: Element | undefined): boolean {
  if (isHiddenElement(element)) return true;
  let insideTableOrCode = false;
  let articles = 0;
  for (let node = parentElement(element); node; node = parentElement(node)) {
    const tag = upperTag(node);
    if (tag === 'BODY' || tag === 'HTML') break;
    // An <article> inside another is an item of its own (a story's card, a comment: HTML's meaning), its author not
    // the page's.
    if (tag === 'ARTICLE' && ++articles === NESTED_ARTICLE_DEPTH) return true;
    if (tag === 'TABLE' || tag === 'CODE') insideTableOrCode = true;
    if (tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'NAV' || isHiddenElement(node)) return true;
    if (isModalDialog(node)) return true;
    const matchString = classAndId(node);
    if (!strict) {
      if (FOREIGN_AUTHOR_CONTAINER.test(matchString) && !MAYBE_CONTENT_CONTAINER.test(matchString)) return true;
      if (LENIENT_SKIPPED_ROLES.has(attr(node, 'role') ?? '')) return true;
      continue;
    }
    if (UNLIKELY_ROLES.has(attr(node, 'role') ?? '')) return true;
    if (
      tag !== 'A' &&
      !insideTableOrCode &&
      UNLIKELY_CONTAINER.test(matchString) &&
      !MAYBE_CONTENT_CONTAINER.test(matchString) &&
      !(headline && contains(node, headline))
    )
      return true;
  }
  return false;
}

/**
 * Links to an author page inside a byline ("by <a href=/author/lnolan>Lucas Nolan</a> 22 Dec 2016"):
 * rel~=author (any case, as HTML reads `rel`), or an href to an author's page (../author-pages.ts).
 */
const AUTHOR_REL = /(?:^|\s)author(?:$|\s)/i;
/** Parts of a byline that hold the name alone ("byline__author", "author-name"). */
const NAME_PART_CLASS = /author|name/i;
/** Parts that are no name although their class says "author" (avatar, bio, job title, view counter...). */
const NOT_A_NAME_PART = new RegExp(alternation(bylineParts.notAName), 'i');

/** The only element of `elements` with text, or null when there are none or several. */
function onlyWithText(elements: Iterable<Element>): Element | null {
  const withText = [...elements].filter((el) => !hasNoText(el));
  return withText.length === 1 ? withText[0]! : null;
}

function isAuthorLink(element: Element): boolean {
  if (upperTag(element) !== 'A') return false;
  const href = attr(element, 'href') ?? '';
  return AUTHOR_REL.test(attr(element, 'rel') ?? '') || isAuthorHref(href);
}

/**
 * Readings of a byline element, the most precise first: its [itemprop=name] part, its only author
 * link, its only name-like part (leaving out date, job title and counters beside them), its text.
 * One walk over the element's descendants finds the parts.
 */
function bylineReadings(element: Element): Element[] {
  let namePart: Element | null = null;
  const authorLinks: Element[] = [];
  const nameParts: Element[] = [];
  for (let part = nextElementWithin(element, element); part; part = nextElementWithin(part, element)) {
    if (!hasAttrs(part)) continue;
    if (!namePart && (attr(part, 'itemprop') ?? '').includes('name')) namePart = part;
    if (isAuthorLink(part)) authorLinks.push(part);
    const classes = classOf(part);
    if (NAME_PART_CLASS.test(classes) && !NOT_A_NAME_PART.test(classes)) nameParts.push(part);
  }
  return [namePart, onlyWithText(authorLinks), onlyWithText(nameParts), element].filter((el): el is Element => !!el);
}

/** rel values of a link to the section or tag a piece is filed under (WordPress writes "category tag"). */
const FILED_UNDER_REL = /(?:^|\s)(?:category|tag)(?:$|\s)/i;
/** class words of such a link or of the part holding it ("cat-links", "byline-part cats", "post-categories"). */
const FILED_UNDER_CLASS = /(?:^|[^a-z])(?:cats?|categor(?:y|ies)|tags?)(?:[^a-z]|$)/i;

/** A part of a byline element that says where the piece is filed (its section, its tags): no one's name. */
function isFiledUnder(part: Element): boolean {
  if (!hasAttrs(part)) return false;
  return FILED_UNDER_REL.test(attr(part, 'rel') ?? '') || FILED_UNDER_CLASS.test(classOf(part));
}

/**
 * The author's name from a byline element (a CMS account's too), or null when none of its readings is a byline. The
 * whole element is read without the parts that say where the piece is filed ("Wein & Geschmack · 14. Oktober
 * 2021" holds no name).
 */
function bylineText(element: Element): string | null {
  for (const reading of bylineReadings(element)) {
    const text = readByline(spacedText(reading, isFiledUnder));
    if (text) return text;
  }
  return null;
}

/** Class words of a picture's credit ("media-license-author", "photo-credit", "image-copyright"): no byline. */
const CREDIT_CLASS = /credit|copyright|licen[cs]e/i;

/**
 * A picture's credit marked like a byline: its class says so, or the copyright sign stands right before it
 * ("<span>©</span><span class=media-license-author>zvg</span>", infosperber.ch, trafilatura 0873).
 */
function isPictureCredit(element: Element): boolean {
  if (CREDIT_CLASS.test(classOf(element))) return true;
  const before = previousElementSibling(element);
  return !!before && textContent(before).trim().endsWith('©');
}

/**
 * The first visible byline element in document order: first among those outside any
 * unlikely container (Readability's rule), else among all but comment / related / navigation
 * ones; none when it is a CMS account's. `marked`: the page's elements marked as a byline
 * (rel=author, itemprop, class / id), in document order (./page-scan.ts).
 */
export function bylineFromElements(marked: readonly Element[], headline?: Element): string | null {
  const candidates: Element[] = [];
  for (const element of marked) {
    if (!hasShortText(element, MAX_BYLINE_ELEMENT_LENGTH)) continue;
    candidates.push(element);
    if (candidates.length >= MAX_BYLINE_ELEMENTS_CHECKED) break;
  }
  for (const strict of [true, false]) {
    for (const element of candidates) {
      if (isOutOfSight(element, strict, headline) || isPictureCredit(element)) continue;
      const text = bylineText(element);
      // The first byline an account ("jdadmin"): the page names no author, and the lines around it are no name
      // either ("Autor john", the account's bio).
      if (text) return isAccountName(text) ? null : text;
    }
  }
  return null;
}
