/** Renders an outline as Markdown: used by the CLI, the popup's "Copy as Markdown" and exports. */
import type { OutlineResult, OutlineSection } from '../../core/types';
import { shownByline } from './byline';

/** Characters that would start Markdown syntax inside a line of page text. */
const MARKDOWN_SPECIAL = /([\\`*_[\]<>#|])/g;

export function escapeMarkdown(text: string): string {
  return text.replace(MARKDOWN_SPECIAL, '\\$1');
}

/** Only http(s) links are written out: anything else is page-controlled and unsafe to follow. */
export function isHttpUrl(url: string | null | undefined): url is string {
  if (!url) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function sectionToMarkdown(section: OutlineSection, depth: number, lines: string[]): void {
  if (section.level >= 1 && section.text) {
    // The article title is the document's "#"; top-level headings are "##", each nesting one more.
    const hashes = '#'.repeat(Math.min(6, depth + 2));
    lines.push('', `${hashes} ${escapeMarkdown(section.text)}`);
  }
  if (section.bullets.length) {
    lines.push('');
    for (const bullet of section.bullets) lines.push(`- ${escapeMarkdown(bullet)}`);
  }
  for (const child of section.children) sectionToMarkdown(child, depth + 1, lines);
}

/** "## Key points" and the sentences that carry the story, one item each. */
function keyPointsToMarkdown(keyPoints: OutlineResult['keyPoints'], lines: string[]): void {
  if (!keyPoints.length) return;
  lines.push('', '## Key points', '');
  for (const point of keyPoints) lines.push(`- ${escapeMarkdown(point.text)}`);
}

export interface MarkdownOptions {
  /** Include the article body text after the outline (off by default). */
  includeBody?: boolean;
}

/** "Updated 2024-05-03 14:05" (the day and the page's clock as written), or the day alone; null for no update. */
export function updateNote(iso: string | null | undefined): string | null {
  const written = /^(\d{4}-\d\d-\d\d)(?:T(\d\d:\d\d))?/.exec(iso ?? '');
  return written ? `Updated ${written[1]}${written[2] ? ` ${written[2]}` : ''}` : null;
}

export function outlineToMarkdown(result: OutlineResult, options: MarkdownOptions = {}): string {
  const lines: string[] = [`# ${escapeMarkdown(result.title || 'Untitled')}`];
  const meta = [
    shownByline(result.byline, result.siteName),
    result.siteName,
    result.publishedTime?.slice(0, 10),
    updateNote(result.modifiedTime),
  ].filter(Boolean) as string[];
  if (meta.length || result.readingMinutes) {
    const reading = result.readingMinutes ? `${result.readingMinutes} min read` : '';
    lines.push('', `_${[...meta.map(escapeMarkdown), reading].filter(Boolean).join(' · ')}_`);
  }
  if (isHttpUrl(result.url)) lines.push('', `<${result.url}>`);
  if (!result.found) {
    lines.push('', `> No article found${result.reason ? `: ${escapeMarkdown(result.reason)}` : ''}`);
  }
  // Key points before the first heading, as the popup shows them: after the untitled section's
  // bullets (level 0), which would otherwise read as more key points.
  const keyPointsAt = keyPointsIndex(result.outline);
  result.outline.forEach((section, index) => {
    if (index === keyPointsAt) keyPointsToMarkdown(result.keyPoints, lines);
    sectionToMarkdown(section, 0, lines);
  });
  if (keyPointsAt === result.outline.length) keyPointsToMarkdown(result.keyPoints, lines);
  const related = result.related.filter((story) => isHttpUrl(story.url));
  if (related.length) {
    lines.push('', '## Related stories', '');
    for (const story of related)
      lines.push(`- [${escapeMarkdown(story.title)}](${story.url.replace(/[()\s]/g, encodeURIComponent)})`);
  }
  if (options.includeBody && result.body) lines.push('', '---', '', result.body);
  return lines.join('\n') + '\n';
}

/**
 * Where an export puts the key points among the outline's sections: before the first heading (after the untitled
 * section's bullets, level 0, which would otherwise read as more key points), else at the end.
 */
export function keyPointsIndex(outline: readonly { level: number }[]): number {
  const firstHeading = outline.findIndex((section) => section.level >= 1);
  return firstHeading < 0 ? outline.length : firstHeading;
}
