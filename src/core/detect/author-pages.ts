/** Links to a person's page (an author, a member), which no story is: read by the byline and related stories. */
import authorPages from './vocabulary/author-pages.json';

const AUTHOR_HREF_PARTS: readonly string[] = authorPages.hrefParts.flatMap((group) => group.parts);

/** Whether `href` (as written or absolute) names an author's or member's page. */
export function isAuthorHref(href: string): boolean {
  return AUTHOR_HREF_PARTS.some((part) => href.includes(part));
}
