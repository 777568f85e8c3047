/**
 * Saved article texts (article-store.ts), their validation, the whole-article exports (Markdown,
 * self-contained HTML) and the library search over saved texts.
 */
import { describe, expect, it } from 'vitest';
import type { ArticleBlock, OutlineResult } from '../../src/core/types';
import { articleToHtml } from '../../src/shared/article/html';
import { articleToMarkdown } from '../../src/shared/article/markdown';
import { validateArticleBlocks } from '../../src/shared/article/validate';
import {
  ARTICLE_CLEANUP_KEY,
  articleTextsFrom,
  cleanUpArticles,
  loadArticle,
  saveArticle,
  scheduleArticleCleanup,
} from '../../src/shared/storage/article-store';
import { articleKey, entryKey } from '../../src/shared/storage/types';
import { buildSearchIndex, foldArticleTexts, searchLibrary } from '../../src/library/search';
import { savedToResult, withSectionIds } from '../../src/reader/saved';
import { MemoryStorageArea } from './storage-memory-area';

const BLOCKS: ArticleBlock[] = [
  {
    kind: 'paragraph',
    runs: [
      { kind: 'text', text: 'The council voted <b>yes</b> & ' },
      {
        kind: 'link',
        href: 'https://example.org/a?x=1&y=2',
        children: [{ kind: 'em', children: [{ kind: 'text', text: 'read more' }] }],
      },
    ],
  },
  { kind: 'heading', level: 2, runs: [{ kind: 'text', text: 'What # changes' }], id: 'h0' },
  {
    kind: 'list',
    ordered: false,
    items: [
      {
        blocks: [
          { kind: 'paragraph', runs: [{ kind: 'text', text: 'Housing' }] },
          {
            kind: 'list',
            ordered: true,
            items: [{ blocks: [{ kind: 'paragraph', runs: [{ kind: 'text', text: 'Flats' }] }] }],
          },
        ],
      },
    ],
  },
  {
    kind: 'figure',
    images: [{ src: 'https://example.org/q.jpg', alt: 'The "quay"' }],
    caption: [{ kind: 'text', text: 'At dawn' }],
  },
  {
    kind: 'table',
    caption: [],
    rows: [
      [{ header: true, runs: [{ kind: 'text', text: 'Item' }], id: 'h1' }],
      [{ header: false, runs: [{ kind: 'text', text: 'a|b' }] }],
    ],
  },
  { kind: 'code', text: 'if (a < b) {\n  run();\n}', language: 'js' },
  { kind: 'video', url: 'https://www.youtube.com/embed/abc', title: 'The <harbour> at dawn' },
];

const ARTICLE: OutlineResult = {
  url: 'https://example.org/harbour',
  found: true,
  title: 'Harbour <plan> approved',
  byline: 'A. Writer',
  siteName: 'City News',
  publishedTime: '2024-03-01T10:00:00Z',
  lang: 'en',
  dir: null,
  excerpt: null,
  wordCount: 20,
  readingMinutes: 1,
  outline: [],
  keyPoints: [],
  related: [],
  body: '',
  content: BLOCKS,
};

const entry = (id: string, title: string) => ({
  id,
  url: `https://example.org/${id}`,
  title,
  byline: null,
  siteName: 'City News',
  publishedTime: null,
  lang: null,
  dir: null,
  excerpt: null,
  wordCount: 1,
  readingMinutes: 1,
  outline: [],
  related: [],
  savedAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
});

describe('saved article texts', () => {
  it('round-trips through storage, and an entry without a stored text says its text was not kept', async () => {
    const area = new MemoryStorageArea();
    await saveArticle(area, 'e1', BLOCKS, '2024-03-01T00:00:00Z');
    expect(await loadArticle(area, 'e1')).toEqual({ kind: 'kept', content: BLOCKS });
    expect(await loadArticle(area, 'e2')).toEqual({ kind: 'not-kept' });
  });

  it('damaged or foreign stored text is reported, never thrown', async () => {
    const area = new MemoryStorageArea();
    await area.set({
      [articleKey('a')]: 'text',
      [articleKey('b')]: { version: 9, id: 'b', content: [] },
      [articleKey('c')]: { version: 1, id: 'other', content: [] },
      [articleKey('d')]: {
        version: 1,
        id: 'd',
        content: [{ kind: 'paragraph', runs: [{ kind: 'link', href: 'javascript:alert(1)', children: [] }] }],
      },
    });
    for (const id of ['a', 'b', 'c', 'd']) expect((await loadArticle(area, id)).kind).toBe('damaged');
  });

  it('refuses to store blocks that are not safe (a javascript: link, an image from data:)', async () => {
    const area = new MemoryStorageArea();
    await expect(
      saveArticle(area, 'x', [{ kind: 'paragraph', runs: [{ kind: 'link', href: 'javascript:x', children: [] }] }]),
    ).rejects.toThrow(/http/);
    expect(() =>
      validateArticleBlocks([{ kind: 'figure', images: [{ src: 'data:image/png;base64,AA', alt: '' }], caption: [] }]),
    ).toThrow(/http/);
    expect(() => validateArticleBlocks([{ kind: 'script', text: 'x' }])).toThrow(/unknown block kind/);
    expect(() => validateArticleBlocks([{ kind: 'video', url: 'javascript:play()', title: '' }])).toThrow(/http/);
    const cellWithId = (id: string) => [
      { kind: 'table', caption: [], rows: [[{ header: true, runs: [{ kind: 'text', text: 'Pros' }], id }]] },
    ];
    expect(() => validateArticleBlocks(cellWithId('x" onclick="y'))).toThrow(/outline id/);
    expect(area.data.size).toBe(0);
  });

  it('deleted entries keep their text until the next cleanup, and Undo keeps it for good', async () => {
    const area = new MemoryStorageArea();
    await saveArticle(area, 'gone', BLOCKS);
    await saveArticle(area, 'back', BLOCKS);
    await area.set({ [entryKey('back')]: { id: 'back' } }); // "back" was put back by Undo; "gone" was not
    await scheduleArticleCleanup(area, ['gone', 'back']);
    expect(area.data.has(articleKey('gone'))).toBe(true);
    expect(await cleanUpArticles(area)).toEqual(['gone']);
    expect(area.data.has(articleKey('gone'))).toBe(false);
    expect(area.data.has(articleKey('back'))).toBe(true);
    expect(area.data.has(ARTICLE_CLEANUP_KEY)).toBe(false);
  });
});

describe('whole-article exports', () => {
  it('Markdown: escaped text, http(s) links, nested lists, figures, tables and code', () => {
    const markdown = articleToMarkdown(ARTICLE);
    expect(markdown).toContain('# Harbour \\<plan\\> approved');
    expect(markdown).toContain('The council voted \\<b\\>yes\\</b\\> & [_read more_](https://example.org/a?x=1&y=2)');
    expect(markdown).toContain('## What \\# changes');
    expect(markdown).toContain('- Housing\n  1. Flats');
    expect(markdown).toContain('![The "quay"](https://example.org/q.jpg)\n_At dawn_');
    expect(markdown).toContain('| Item |\n| --- |\n| a\\|b |');
    expect(markdown).toContain('```js\nif (a < b) {\n  run();\n}\n```');
    expect(markdown).toContain('[▶ Video: The \\<harbour\\> at dawn (youtube.com)](https://www.youtube.com/embed/abc)');
    expect(articleToMarkdown({ ...ARTICLE, content: undefined })).toContain('The text of this article was not kept');
  });

  it('HTML: one self-contained file, everything escaped, no script, a policy that forbids scripts', () => {
    const hostile: OutlineResult = {
      ...ARTICLE,
      title: '</title><script>alert(1)</script>',
      content: [
        {
          kind: 'paragraph',
          runs: [
            { kind: 'text', text: '<img src=x onerror=alert(1)>' },
            { kind: 'link', href: 'https://e.org/"><script>', children: [{ kind: 'text', text: 'x' }] },
          ],
        },
      ],
    };
    const html = articleToHtml(hostile);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img src=x/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain(`content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'"`);
    expect(html).toContain('href="https://e.org/&quot;&gt;&lt;script&gt;"');
    const full = articleToHtml(ARTICLE);
    expect(full).toContain('<ul><li><p>Housing</p>\n<ol><li><p>Flats</p></li></ol></li></ul>');
    expect(full).toContain('<pre><code>if (a &lt; b) {\n  run();\n}</code></pre>');
    expect(full).toContain(
      '<p class="video"><a href="https://www.youtube.com/embed/abc" rel="noopener noreferrer">' +
        'Video: The &lt;harbour&gt; at dawn (youtube.com)</a></p>',
    );
    // The UI's English line reads left to right in a right-to-left article too (rtl-2: ':Original page').
    expect(articleToHtml({ ...ARTICLE, url: 'https://e.org/a', dir: 'rtl' })).toContain(
      '<p class="meta" dir="ltr">Original page: <a href="https://e.org/a"',
    );
  });
});

describe('library search over saved texts', () => {
  it('finds an entry by words that are only in its saved text', async () => {
    const area = new MemoryStorageArea();
    await saveArticle(area, 'e1', BLOCKS);
    const texts = foldArticleTexts(articleTextsFrom(Object.fromEntries(area.data)));
    const index = buildSearchIndex([entry('e1', 'Harbour plan'), entry('e2', 'Other story')]);
    expect(searchLibrary(index, 'flats').map((e) => e.id)).toEqual([]);
    expect(searchLibrary(index, 'flats', null, texts).map((e) => e.id)).toEqual(['e1']);
    expect(searchLibrary(index, 'harbour dawn', null, texts).map((e) => e.id)).toEqual(['e1']);
  });
});

describe('a saved entry in the reader', () => {
  it('gets the section ids the analysis gave, so that its text and its outline match again', () => {
    const sections = withSectionIds([
      { level: 0, text: '', bullets: ['a'], children: [] },
      { level: 2, text: 'One', bullets: [], children: [{ level: 3, text: 'One.a', bullets: [], children: [] }] },
      { level: 2, text: 'Two', bullets: [], children: [] },
    ]);
    expect(sections.map((s) => [s.id, s.children.map((c) => c.id)])).toEqual([
      ['s0', []],
      ['h0', ['h1']],
      ['h2', []],
    ]);
    expect(savedToResult(entry('e', 't')).content).toBeUndefined();
  });
});
