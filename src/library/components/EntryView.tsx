import { useEffect, useRef } from 'preact/hooks';
import { isHttpUrl } from '../../shared/formats/markdown';
import type { SavedOutline, SavedSection } from '../../shared/storage';
import { readerHref, type ArticleExportFormat } from '../article-export';
import { formatMoment, metaLine, textDir } from './format';
import { Highlight } from './Highlight';

function Sections({ sections, terms }: { sections: SavedSection[]; terms: string[] }) {
  return (
    <>
      {sections.map((section, index) => {
        // The headline is the page's h1: article headings keep their level from h2 down to h6.
        const Heading = `h${Math.min(6, Math.max(2, section.level))}` as 'h2';
        return (
          <section key={index} class="outline-section">
            {section.level > 0 && section.text && (
              <Heading>
                <Highlight text={section.text} terms={terms} />
              </Heading>
            )}
            {section.bullets.length > 0 && (
              <ul>
                {section.bullets.map((bullet, bulletIndex) => (
                  <li key={bulletIndex}>
                    <Highlight text={bullet} terms={terms} />
                  </li>
                ))}
              </ul>
            )}
            {section.children.length > 0 && (
              <div class="outline-children">
                <Sections sections={section.children} terms={terms} />
              </div>
            )}
          </section>
        );
      })}
    </>
  );
}

interface EntryViewProps {
  entry: SavedOutline;
  terms: string[];
  onBack(): void;
  onDelete(ids: string[]): void;
  /** Downloads this article (its saved text, else its outline) as Markdown or HTML. */
  onExportArticle?(format: ArticleExportFormat): void;
}

/** One saved outline, readable on its own: the article page is not needed. */
export function EntryView({ entry, terms, onBack, onDelete, onExportArticle }: EntryViewProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entry.id]);
  const articleLink = isHttpUrl(entry.url) ? entry.url : null;
  return (
    <div class="reader">
      <nav class="reader-nav">
        <a
          href="#/"
          class="button subtle"
          onClick={(event) => {
            event.preventDefault();
            onBack();
          }}
        >
          ← All saved outlines
        </a>
        <a class="button" href={readerHref(entry.id)}>
          Read the article
        </a>
        {onExportArticle && (
          <>
            <button type="button" class="button subtle" onClick={() => onExportArticle('markdown')}>
              Export Markdown
            </button>
            <button type="button" class="button subtle" onClick={() => onExportArticle('html')}>
              Export HTML
            </button>
          </>
        )}
        <button type="button" class="button subtle" onClick={() => onDelete([entry.id])}>
          Delete
        </button>
      </nav>
      {/* Page text carries the article's language and direction; the page's own labels stay as they are. */}
      <article>
        <header>
          <h1 tabIndex={-1} ref={heading} lang={entry.lang ?? undefined} dir={textDir(entry)}>
            <Highlight text={entry.title || entry.url} terms={terms} />
          </h1>
          <p class="entry-meta">
            <span dir="auto">{metaLine(entry)}</span>
            {entry.readingMinutes > 0 && <span>{entry.readingMinutes} min read</span>}
          </p>
          <p class="entry-meta">
            <span>Saved {formatMoment(entry.savedAt)}</span>
            {entry.updatedAt !== entry.savedAt && <span>updated {formatMoment(entry.updatedAt)}</span>}
          </p>
          {articleLink && (
            <p>
              <a class="article-link" href={articleLink} target="_blank" rel="noopener noreferrer">
                Open the article ↗
              </a>
            </p>
          )}
        </header>
        {/* The key points first, as the popup and the reader show them: a saved article's summary. */}
        {!!entry.keyPoints?.length && (
          <section class="key-points">
            <h2>Key points</h2>
            <ul lang={entry.lang ?? undefined} dir={textDir(entry)}>
              {entry.keyPoints.map((point, index) => (
                <li key={index}>
                  <Highlight text={point} terms={terms} />
                </li>
              ))}
            </ul>
          </section>
        )}
        {entry.outline.length ? (
          <div class="outline-body" lang={entry.lang ?? undefined} dir={textDir(entry)}>
            <Sections sections={entry.outline} terms={terms} />
          </div>
        ) : (
          // The library's own words: in its language and direction, not the article's.
          <p class="muted">This outline has no headings.</p>
        )}
        {entry.related.length > 0 && (
          <section class="related">
            <h2>Related stories</h2>
            <ul lang={entry.lang ?? undefined} dir={textDir(entry)}>
              {entry.related.map((story, index) => (
                <li key={index}>
                  {isHttpUrl(story.url) ? (
                    <a href={story.url} target="_blank" rel="noopener noreferrer">
                      <Highlight text={story.title} terms={terms} />
                    </a>
                  ) : (
                    <Highlight text={story.title} terms={terms} />
                  )}
                </li>
              ))}
            </ul>
          </section>
        )}
      </article>
    </div>
  );
}
