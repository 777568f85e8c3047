/**
 * Headings that only name something beside the story: its author or site (an author box's heading, a logo) or a web
 * address. Left out of the outline (analyze.ts), not of the body.
 */
import { attr, querySelector } from '../read/dom';
import { isSameName } from '../read/text';
import { isLabelledNameHeading } from './author-box';
import { BY_WORDS, isLabelAndName } from './byline-label';
import { bareHost } from '../read/site';
import { httpHostname } from '../read/url';
import type { ContentItem } from './content';
import { isDateOnly } from './furniture-text';

/**
 * "By" before a name in an author box's heading ("By Scott Gordon"; German "von", French "par", Spanish "por"),
 * after a verb or noun ("Posted by", "Veröffentlicht von", "Publié par").
 */
export const LEADING_BY = new RegExp(`^(?:\\p{L}+\\s+)?(?:${BY_WORDS})\\s+`, 'iu');
/**
 * LEADING_BY's word where it can stand: at the start, or after the line's first spaces (a word of letters before
 * them). Tested first, so that LEADING_BY's letter class, case aside (among the costliest expressions a cold
 * analysis compiles), is compiled only for a line that may lead with the word.
 */
const BY_WORD_AT = new RegExp(`(?:${BY_WORDS})\\s`, 'iuy');
const SPACES = /\s+/g;

function mayLeadWithBy(line: string): boolean {
  BY_WORD_AT.lastIndex = 0;
  if (BY_WORD_AT.test(line)) return true;
  SPACES.lastIndex = 0;
  const spaces = SPACES.exec(line);
  if (!spaces) return false;
  BY_WORD_AT.lastIndex = spaces.index + spaces[0].length;
  return BY_WORD_AT.test(line);
}

/** A line that opens with LEADING_BY. */
export const hasLeadingBy = (line: string): boolean => mayLeadWithBy(line) && LEADING_BY.test(line);
/** The line without LEADING_BY. */
export const withoutLeadingBy = (line: string): string => (mayLeadWithBy(line) ? line.replace(LEADING_BY, '') : line);

/**
 * A web address alone: "www." or a scheme before a host (and a path), else a bare host ("example.fr")
 * that the heading's own link goes to: "Node.js" or "ASP.NET" alone name no site.
 */
const WEB_ADDRESS = /^(https?:\/\/)?(www\.)?((?:[\p{L}\d-]+\.)+\p{L}{2,})(?:\/\S*)?$/iu;

/** A heading that is a web address ("www.example.com.br", "example.fr" linked there): a link set large. */
function isWebAddressOnly(item: ContentItem): boolean {
  // A web address has a dot and no space: most headings are ruled out before WEB_ADDRESS is compiled (its two
  // letter classes, case aside, are among the costliest expressions a cold analysis compiles).
  if (!item.text.includes('.') || item.text.includes(' ')) return false;
  const address = WEB_ADDRESS.exec(item.text);
  if (!address) return false;
  if (address[1] || address[2]) return true;
  const link = querySelector(item.element, 'a[href]');
  const host = link && httpHostname(attr(link, 'href'));
  return !!host && bareHost(host) === address[3]!.toLowerCase();
}

/**
 * A heading that only names the article's author ("Sarah Archer", "By Scott Gordon"), or any one author with a
 * byline's label ("Von Leonora Holling" under a publisher's name as the byline): the heading of an author box or
 * the byline's line set as a heading, no section of the story; or any name under a byline's label alone (an author
 * box's heading, author-box.ts). Or one that only names the site ("daheim Solar."): its logo or a box about it; or a
 * web address (isWebAddressOnly).
 */
export function isNameOnlyHeading(item: ContentItem, byline: string | null, siteName: string | null): boolean {
  // The name with its label and without ("Max von Trapp" is a name, not "Max von" over "Trapp").
  const isByline = (name: string): boolean =>
    // ... or the byline's line: the name, then the date ("by Jeff Foust Monday, November 18, 2019").
    !!byline && (isSameName(name, byline) || isDateOnly(name.replace(byline, '')));
  return (
    item.kind === 'heading' &&
    (isByline(withoutLeadingBy(item.text)) ||
      isByline(item.text) ||
      isLabelAndName(item.text) ||
      isLabelledNameHeading(item.element, item.text) ||
      (!!siteName && isSameName(item.text, siteName)) ||
      isWebAddressOnly(item))
  );
}
