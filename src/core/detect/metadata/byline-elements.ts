/**
 * The byline element of the page: the first visible element marked rel=author,
 * [itemprop~=author], or with a class / id like "byline", "author", "dateline" — first outside
 * any container a reader skips (Readability's rule), else anywhere but in comments, related
 * posts or navigation (an "entry-header" often holds it), inside the article roots first.
 */
import { cleanByline } from './byline-clean';
import { hasShortText, spacedText } from './dom-text';

/** class / id words that mark a byline element. */
const BYLINE_CLASS = /byline|author(?!it|ing|iz)|dateline|writtenby|p-author/i;
/** The same marks as a selector, so that only candidate elements are visited ("p-author" is covered by "author"). */
const BYLINE_SELECTOR = [
  ...['byline', 'author', 'dateline', 'writtenby'].flatMap((word) => [`[class*="${word}" i]`, `[id*="${word}" i]`]),
  '[rel="author"]',
  '[itemprop*="author"]',
].join(', ');
/** A byline element with this much text or more is a bio or a list of posts, not a byline. */
const MAX_BYLINE_ELEMENT_LENGTH = 100;
/** Stops the element scan on pages with thousands of "author" classes (comment lists). */
const MAX_BYLINE_ELEMENTS_CHECKED = 300;

/** Containers whose content a reader never sees as the article's byline (Readability's unlikely candidates). */
const UNLIKELY_CONTAINER =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
/** Words that rescue a container from UNLIKELY_CONTAINER (e.g. "article-header", "main-content"). */
const MAYBE_CONTENT_CONTAINER = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set(['menu', 'menubar', 'complementary', 'navigation', 'alert', 'alertdialog', 'dialog']);

function classAndId(element: Element): string {
  return `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
}

function isHidden(element: Element): boolean {
  const style = element.getAttribute('style') ?? '';
  if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  if (element.hasAttribute('hidden')) return true;
  return element.getAttribute('aria-hidden') === 'true' && !classAndId(element).includes('fallback-image');
}

/** Containers that never hold the article's own byline, however lenient the search (comment and related-post authors). */
const FOREIGN_AUTHOR_CONTAINER = /comment|disqus|replies|related|sidebar|widget/i;
/** Roles of site navigation and asides, which list other pages' authors. */
const LENIENT_SKIPPED_ROLES = new Set(['navigation', 'complementary', 'menu', 'menubar', 'dialog', 'alertdialog']);

/**
 * Strict: the element is hidden, in a dialog / <noscript> / <template> / <nav>, or inside a container a
 * reader would skip (comments, sidebar, header, footer... as Readability's unlikely candidates).
 * Lenient: only hidden elements and comment / related / sidebar containers are ruled out (an
 * "entry-header" often holds the byline; Readability too finds it on its second pass).
 */
function isOutOfSight(element: Element, strict: boolean): boolean {
  if (isHidden(element)) return true;
  let insideTableOrCode = false;
  for (let node = element.parentElement; node; node = node.parentElement) {
    const tag = node.tagName.toUpperCase();
    if (tag === 'BODY' || tag === 'HTML') break;
    if (tag === 'TABLE' || tag === 'CODE') insideTableOrCode = true;
    if (tag === 'NOSCRIPT' || tag === 'TEMPLATE' || tag === 'NAV' || isHidden(node)) return true;
    if (node.getAttribute('aria-modal') === 'true' && node.getAttribute('role') === 'dialog') return true;
    const matchString = classAndId(node);
    if (!strict) {
      if (FOREIGN_AUTHOR_CONTAINER.test(matchString) && !MAYBE_CONTENT_CONTAINER.test(matchString)) return true;
      if (LENIENT_SKIPPED_ROLES.has(node.getAttribute('role') ?? '')) return true;
      continue;
    }
    if (UNLIKELY_ROLES.has(node.getAttribute('role') ?? '')) return true;
    if (tag !== 'A' && !insideTableOrCode && UNLIKELY_CONTAINER.test(matchString) && !MAYBE_CONTENT_CONTAINER.test(matchString)) return true;
  }
  return false;
}

function isBylineElement(element: Element): boolean {
  const itemprop = element.getAttribute('itemprop') ?? '';
  const marked = element.getAttribute('rel') === 'author' || itemprop.includes('author') || BYLINE_CLASS.test(classAndId(element));
  return marked && hasShortText(element, MAX_BYLINE_ELEMENT_LENGTH);
}

/** Links to an author page inside a byline ("by <a href=/author/lnolan>Lucas Nolan</a> 22 Dec 2016"). */
const AUTHOR_LINK_SELECTOR = 'a[rel~="author"], a[href*="/author/"], a[href*="/authors/"], a[href*="/profile/"]';
/** Parts of a byline that hold the name alone ("byline__author", "author-name"). */
const NAME_PART_SELECTOR = '[class*="author" i], [class*="name" i]';
/** Parts that are no name although their class says "author" (avatar, bio, job title, view counter...). */
const NOT_A_NAME_PART = /avatar|image|img|photo|pic|bio|title|desc|role|job|date|time|view|count|hits|stat|comment|posts|follow|social/i;

/** The only element of `elements` with text, or null when there are none or several. */
function onlyWithText(elements: Iterable<Element>): Element | null {
  const withText = [...elements].filter((el) => (el.textContent ?? '').trim());
  return withText.length === 1 ? withText[0]! : null;
}

/**
 * Readings of a byline element, the most precise first: its [itemprop=name] part, its only author
 * link, its only name-like part (leaving out date, job title and counters beside them), its text.
 */
function bylineReadings(element: Element): Element[] {
  const namePart = [...element.querySelectorAll('[itemprop]')].find((el) => (el.getAttribute('itemprop') ?? '').includes('name'));
  const authorLink = onlyWithText(element.querySelectorAll(AUTHOR_LINK_SELECTOR));
  const nameLike = onlyWithText([...element.querySelectorAll(NAME_PART_SELECTOR)].filter((el) => !NOT_A_NAME_PART.test(el.getAttribute('class') ?? '')));
  return [namePart, authorLink, nameLike, element].filter((el): el is Element => !!el);
}

/** The author's name from a byline element, or null when none of its readings is a byline. */
function bylineText(element: Element): string | null {
  for (const reading of bylineReadings(element)) {
    const text = cleanByline(spacedText(reading));
    if (text) return text;
  }
  return null;
}

/**
 * The first visible byline element in document order: first among those outside any
 * unlikely container (Readability's rule), else among all but comment / related / navigation
 * ones, those inside the article roots first.
 */
export function bylineFromElements(doc: Document, articleRoots: readonly Element[] = []): string | null {
  const scope = doc.documentElement;
  if (!scope) return null;
  const candidates: Element[] = [];
  for (const element of scope.querySelectorAll(BYLINE_SELECTOR)) {
    if (!isBylineElement(element)) continue;
    candidates.push(element);
    if (candidates.length >= MAX_BYLINE_ELEMENTS_CHECKED) break;
  }
  const inRoots = (element: Element) => articleRoots.some((root) => root.contains(element));
  const rootsFirst = [...candidates.filter(inRoots), ...candidates.filter((element) => !inRoots(element))];
  for (const strict of [true, false]) {
    for (const element of strict ? candidates : rootsFirst) {
      if (isOutOfSight(element, strict)) continue;
      const text = bylineText(element);
      if (text) return text;
    }
  }
  return null;
}

