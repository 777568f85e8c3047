/**
 * A related story's title without the page's own site's name after it ("Metaller-Lohnrunde: … | Industriemagazin
 * News", "… - FIT FOR FUN"): the link repeats the story's <title>, whose last part names the site the reader is on.
 * The title rule's own suffix test (metadata/title.ts stripSiteSuffix: the declared name, or a short part that names
 * or opens with the host), with the site's name and host as its only evidence. A picture's credit after the last
 * separator (a caption's, "| Foto: Reuters") goes first: the link took the picture's caption as its title.
 */
import type { RelatedStory } from '../../types';
import { isCreditLine } from '../furniture-text';
import { stripSiteSuffix } from '../metadata/title';

/** The last spaced bar or dash of a title, and what follows it. */
const LAST_PART = / [|\u2013\u2014-] (?!.* [|\u2013\u2014-] )(.+)$/;

/** A title without a picture's credit after its last separator ("Declan Rice po vítězství. | Foto: Reuters"). */
function withoutCredit(title: string): string {
  const part = LAST_PART.exec(title);
  return part && isCreditLine(part[1]!) ? title.slice(0, part.index).trim() : title;
}

export function withoutSiteSuffixes(
  stories: RelatedStory[],
  siteName: string | null,
  hostname: string | null | undefined,
): RelatedStory[] {
  const evidence = { siteNames: siteName ? [siteName] : [], hostname, otherTitles: [] };
  for (const story of stories) story.title = stripSiteSuffix(withoutCredit(story.title), evidence);
  return stories;
}
