/**
 * A related story's title without the page's own site's name after it ("Metaller-Lohnrunde: … | Industriemagazin
 * News", "… - FIT FOR FUN"): the link repeats the story's <title>, whose last part names the site the reader is on.
 * The title rule's own suffix test (metadata/title.ts stripSiteSuffix: the declared name, or a short part that names
 * or opens with the host), with the site's name and host as its only evidence.
 */
import type { RelatedStory } from '../../types';
import { stripSiteSuffix } from '../metadata/title';

export function withoutSiteSuffixes(
  stories: RelatedStory[],
  siteName: string | null,
  hostname: string | null | undefined,
): RelatedStory[] {
  if (!siteName && !hostname) return stories;
  const evidence = { siteNames: siteName ? [siteName] : [], hostname, otherTitles: [] };
  for (const story of stories) story.title = stripSiteSuffix(story.title, evidence);
  return stories;
}
