/**
 * "Related stories": title and site of each (none for a host that names no site, as in the header); only http(s)
 * links are ever shown or opened. A long list (a blog's every older post) shows its first stories and a "Show N more"
 * button.
 */
import { useState } from 'preact/hooks';
import type { RelatedStory } from '../core/types';
import { isHttpUrl } from '../shared/formats/markdown';
import { keepMarksWithWords, linkSite } from './format';
import { MIN_BULLETS_HIDDEN } from './outline-model';

/** Stories shown before "Show N more": about a popup's screenful below the outline. */
export const RELATED_SHOWN = 8;

export interface RelatedListProps {
  related: RelatedStory[];
  dir: 'ltr' | 'rtl' | null;
  lang: string | undefined;
  headingId: string;
  /** Opens the story in a new tab (the caller checks the URL again before opening it). */
  onOpen(url: string): void;
}

export function RelatedList({ related, dir, lang, headingId, onOpen }: RelatedListProps) {
  const [all, setAll] = useState(false);
  const stories = related.filter((story) => isHttpUrl(story.url));
  if (!stories.length) return null;
  // As for bullets, never a "Show 1 more".
  const hidden = all || stories.length - RELATED_SHOWN < MIN_BULLETS_HIDDEN ? 0 : stories.length - RELATED_SHOWN;
  return (
    <section class="or-related" aria-labelledby={headingId}>
      <h2 id={headingId} class="or-section-title">
        Related stories
      </h2>
      <ul class="or-related-list" dir={dir ?? 'auto'} lang={lang}>
        {stories.slice(0, stories.length - hidden).map((story) => {
          const site = linkSite(story.url);
          return (
            <li key={story.url}>
              <a
                class="or-related-link"
                href={story.url}
                target="_blank"
                rel="noopener noreferrer"
                onClick={(event) => {
                  event.preventDefault();
                  onOpen(story.url);
                }}
              >
                <span class="or-related-title">{keepMarksWithWords(story.title) || story.url}</span>
                {site && <span class="or-related-site">{site}</span>}
              </a>
            </li>
          );
        })}
      </ul>
      {hidden > 0 && (
        <button type="button" class="or-more-text or-related-more" onClick={() => setAll(true)}>
          Show {hidden} more
        </button>
      )}
    </section>
  );
}
