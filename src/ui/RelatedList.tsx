/** "Related stories": title and site of each; only http(s) links are ever shown or opened. */
import type { RelatedStory } from '../core/types';
import { isHttpUrl } from '../shared/formats/markdown';
import { siteOf } from './format';

export interface RelatedListProps {
  related: RelatedStory[];
  dir: 'ltr' | 'rtl' | null;
  lang: string | null;
  headingId: string;
  /** Opens the story in a new tab (the caller checks the URL again before opening it). */
  onOpen(url: string): void;
}

export function RelatedList({ related, dir, lang, headingId, onOpen }: RelatedListProps) {
  const stories = related.filter((story) => isHttpUrl(story.url));
  if (!stories.length) return null;
  return (
    <section class="or-related" aria-labelledby={headingId}>
      <h2 id={headingId} class="or-section-title">
        Related stories
      </h2>
      <ul class="or-related-list" dir={dir ?? 'auto'} lang={lang ?? undefined}>
        {stories.map((story) => (
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
              <span class="or-related-title">{story.title || story.url}</span>
              <span class="or-related-site">{siteOf(story.url)}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
