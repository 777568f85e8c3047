/**
 * OPML 2.0 export (http://opml.org/spec2.opml), which outliners and mind-map tools open: each saved
 * article is an outline node linking to the article, its key points and headings nest below it, each
 * heading's bullets are its children, and the related stories come last under their own node.
 */
import type { SavedOutline, SavedSection } from '../storage/types';
import { isHttpUrl, keyPointsIndex } from './markdown';
import { shownByline } from './byline';

/** Code points XML 1.0 does not allow anywhere: C0 controls but tab / LF / CR, U+FFFE / U+FFFF, ... */
const XML_FORBIDDEN_CHARS = '[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\uFFFE\\uFFFF]';
/** ... a high surrogate without its low half ... */
const LONE_HIGH_SURROGATE = '[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])';
/** ... and a low surrogate without its high half. */
const LONE_LOW_SURROGATE = '(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]';
const XML_FORBIDDEN = new RegExp(`${XML_FORBIDDEN_CHARS}|${LONE_HIGH_SURROGATE}|${LONE_LOW_SURROGATE}`, 'g');
const XML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // In attribute values a raw tab or line break would be normalised to a space by every XML parser.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Escapes text for XML content or a quoted attribute value; forbidden characters become U+FFFD. */
export function escapeXml(text: string): string {
  return text.replace(XML_FORBIDDEN, '\uFFFD').replace(/[&<>"'\t\n\r]/g, (char) => XML_ESCAPES[char] ?? char);
}

/** "YYYY-MM-DD", the date part of an ISO time: the publication day is enough in a note. */
const ISO_DATE_LENGTH = 10;

type Attributes = Record<string, string | null | undefined>;

function outlineElement(depth: number, attributes: Attributes, children: string[]): string {
  const indent = '  '.repeat(depth);
  const attrs = Object.entries(attributes)
    .filter((pair): pair is [string, string] => typeof pair[1] === 'string')
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join('');
  if (!children.length) return `${indent}<outline${attrs}/>`;
  return [`${indent}<outline${attrs}>`, ...children, `${indent}</outline>`].join('\n');
}

function linkAttributes(text: string, url: string | null): Attributes {
  return isHttpUrl(url) ? { text, type: 'link', url } : { text };
}

function sectionNodes(section: SavedSection, depth: number): string[] {
  const bullets = section.bullets.map((bullet) => outlineElement(depth + (section.text ? 1 : 0), { text: bullet }, []));
  const deeper = section.children.flatMap((child) => sectionNodes(child, depth + (section.text ? 1 : 0)));
  // Untitled content (level 0) has no node of its own: its bullets sit directly under the article.
  if (!section.text) return [...bullets, ...deeper];
  return [outlineElement(depth, { text: section.text }, [...bullets, ...deeper])];
}

function entryNode(entry: SavedOutline, depth: number): string {
  const note = [
    shownByline(entry.byline, entry.siteName),
    entry.siteName,
    entry.publishedTime?.slice(0, ISO_DATE_LENGTH),
  ]
    .filter(Boolean)
    .join(' · ');
  // Key points before the first heading, where the Markdown export and the popup put them (after the untitled
  // section's bullets, which sit directly under the article): an article without headings kept only its link.
  const keyPoints = entry.keyPoints?.length
    ? [
        outlineElement(
          depth + 1,
          { text: 'Key points' },
          entry.keyPoints.map((point) => outlineElement(depth + 2, { text: point }, [])),
        ),
      ]
    : [];
  const keyPointsAt = keyPointsIndex(entry.outline);
  const children = [
    ...entry.outline.slice(0, keyPointsAt).flatMap((section) => sectionNodes(section, depth + 1)),
    ...keyPoints,
    ...entry.outline.slice(keyPointsAt).flatMap((section) => sectionNodes(section, depth + 1)),
  ];
  if (entry.related.length) {
    const stories = entry.related.map((story) => outlineElement(depth + 2, linkAttributes(story.title, story.url), []));
    children.push(outlineElement(depth + 1, { text: 'Related stories' }, stories));
  }
  return outlineElement(
    depth,
    {
      ...linkAttributes(entry.title || entry.url, entry.url),
      created: new Date(entry.savedAt).toUTCString(),
      _note: note || undefined,
    },
    children,
  );
}

export interface OpmlOptions {
  title?: string;
  createdAt?: Date;
}

export function libraryToOpml(entries: SavedOutline[], options: OpmlOptions = {}): string {
  const title = options.title ?? 'Outline Reader library';
  const created = (options.createdAt ?? new Date()).toUTCString();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    '  <head>',
    `    <title>${escapeXml(title)}</title>`,
    `    <dateCreated>${created}</dateCreated>`,
    '  </head>',
    '  <body>',
    ...entries.map((entry) => entryNode(entry, 2)),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
