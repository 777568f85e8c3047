/**
 * What the core returns is bounded, so that every consumer (popup, panel, storage, the background's
 * validator) can rely on sizes: one long page or one long list item never makes the outline
 * invalid. Applied once, at the end of the analysis (analyze.ts). The limits are documented in
 * docs/limits.md; keep the two in step.
 */
import { clipText, ELLIPSIS } from './read/text';
import { formatCount } from './text';
import type { OutlineResult, OutlineSection } from './types';

/**
 * Short texts (title, byline, site name, date, excerpt, heading, bullet, key point, related
 * title) are clipped here, with "…". Far above any real heading or list item (the longest in the
 * corpus are a few hundred characters); a legal clause in a list item can pass it.
 */
export const MAX_SHORT_TEXT_CHARS = 1_000;
/** Sections of the outline, all levels counted, in document order; the later ones are left out. */
export const MAX_SECTIONS = 1_000;
/** Bullets of one section; the rest are summed up in one last bullet ("… and N more"). */
export const MAX_BULLETS_PER_SECTION = 1_000;
/** Related stories; a page's related links are a handful, a link farm is not worth more. */
export const MAX_RELATED = 100;
/**
 * The body text is kept whole up to this many characters (about 250,000 words, a long book), then
 * clipped at a paragraph boundary, with a last line saying how much was left out.
 */
export const MAX_BODY_CHARS = 1_500_000;

/** The last bullet of a section that had more than MAX_BULLETS_PER_SECTION. */
export function moreBulletsText(count: number): string {
  return `… and ${formatCount(count)} more`;
}

/** The last line of a clipped body. */
export function bodyLeftOutText(chars: number): string {
  return `[… ${formatCount(chars)} more characters of the article left out]`;
}

/** The result with every text, list and the body within the limits above (a new object; the input is not changed). */
export function boundResult(result: OutlineResult): OutlineResult {
  const body = boundBody(result.body);
  return {
    ...result,
    title: clipText(result.title, MAX_SHORT_TEXT_CHARS),
    byline: clipNullable(result.byline),
    siteName: clipNullable(result.siteName),
    publishedTime: clipNullable(result.publishedTime),
    lang: clipNullable(result.lang),
    excerpt: clipNullable(result.excerpt),
    outline: boundSections(result.outline),
    // A key point is a sentence of the body: one clipped away from the body goes too.
    keyPoints: result.keyPoints
      .map((point) => ({ ...point, text: clipText(point.text, MAX_SHORT_TEXT_CHARS) }))
      .filter((point) => body.includes(withoutEllipsis(point.text))),
    related: result.related
      .slice(0, MAX_RELATED)
      .map((story) => ({ ...story, title: clipText(story.title, MAX_SHORT_TEXT_CHARS) })),
    body,
  };
}

/** A clipped text without its ellipsis: the part taken verbatim from the page. */
export function withoutEllipsis(text: string): string {
  return text.endsWith(ELLIPSIS) ? text.slice(0, -ELLIPSIS.length) : text;
}

function clipNullable(text: string | null): string | null {
  return text === null ? null : clipText(text, MAX_SHORT_TEXT_CHARS);
}

/** At most MAX_SECTIONS sections (depth-first, document order), each with bounded texts and bullets. */
function boundSections(sections: OutlineSection[]): OutlineSection[] {
  let budget = MAX_SECTIONS;
  const bound = (list: OutlineSection[]): OutlineSection[] => {
    const kept: OutlineSection[] = [];
    for (const section of list) {
      if (budget <= 0) break;
      budget--;
      kept.push({
        ...section,
        text: clipText(section.text, MAX_SHORT_TEXT_CHARS),
        bullets: boundBullets(section.bullets),
        children: bound(section.children),
      });
    }
    return kept;
  };
  return bound(sections);
}

function boundBullets(bullets: string[]): string[] {
  const kept = bullets.slice(0, MAX_BULLETS_PER_SECTION).map((bullet) => clipText(bullet, MAX_SHORT_TEXT_CHARS));
  if (bullets.length > MAX_BULLETS_PER_SECTION) kept.push(moreBulletsText(bullets.length - MAX_BULLETS_PER_SECTION));
  return kept;
}

/**
 * The body whole when short enough, else its paragraphs up to MAX_BODY_CHARS and a line saying how
 * much was left out.
 */
function boundBody(body: string): string {
  if (body.length <= MAX_BODY_CHARS) return body;
  // Room for the note, so that the clipped body with it stays within the limit.
  const room = MAX_BODY_CHARS - bodyLeftOutText(body.length).length - 2;
  let end = body.lastIndexOf('\n\n', room);
  // One paragraph longer than the limit: cut it at a word instead.
  if (end <= 0) end = Math.max(body.lastIndexOf(' ', room), room);
  const kept = body.slice(0, end).trimEnd();
  return `${kept}\n\n${bodyLeftOutText(body.length - kept.length)}`;
}
