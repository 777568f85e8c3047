/**
 * One article as a self-contained HTML file: its text and pictures' addresses, a small stylesheet
 * and nothing else. Everything from the page is escaped; no script, no handler, only http(s) links
 * and images; a Content-Security-Policy in the file forbids scripts even if one slipped through.
 */
import type { ArticleBlock, ArticleImage, InlineRun, MathNode, OutlineResult, TableCell } from '../../core/types';
import { isHttpUrl, updateNote } from '../formats/markdown';
import { shownByline } from '../formats/byline';
import { videoLinkText } from '../formats/video';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);
}

function attribute(name: string, value: string | number | undefined): string {
  return value === undefined || value === '' ? '' : ` ${name}="${escapeHtml(String(value))}"`;
}

function runsToHtml(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return escapeHtml(run.text);
        case 'break':
          return '<br>';
        case 'code':
          return `<code>${escapeHtml(run.text)}</code>`;
        case 'math':
          return mathHtml(run.math);
        case 'image':
          return isHttpUrl(run.image.src) ? imageHtml(run.image) : '';
        case 'em':
          return `<em>${runsToHtml(run.children)}</em>`;
        case 'strong':
          return `<strong>${runsToHtml(run.children)}</strong>`;
        case 'link':
          return isHttpUrl(run.href)
            ? `<a${attribute('href', run.href)} rel="noopener noreferrer">${runsToHtml(run.children)}</a>`
            : runsToHtml(run.children);
      }
    })
    .join('');
}

/** A formula as MathML (its tags and attributes are the core's fixed vocabulary, checked by the validator). */
function mathHtml(node: MathNode): string {
  const inner = node.children.map((child) => (typeof child === 'string' ? escapeHtml(child) : mathHtml(child)));
  return tag(node.tag, node.attrs ?? {}, inner.join(''));
}

/** An element with escaped attributes (undefined or empty ones left out) around already-built inner HTML. */
function tag(name: string, attributes: Record<string, string | number | undefined>, inner = ''): string {
  const attrs = Object.entries(attributes)
    .map(([key, value]) => attribute(key, value))
    .join('');
  return `<${name}${attrs}>${inner}</${name}>`;
}

function imageHtml(image: ArticleImage): string {
  const attrs = { src: image.src, alt: image.alt, width: image.width, height: image.height };
  const parts = Object.entries(attrs).map(([key, value]) => attribute(key, value));
  return `<img${parts.join('')} loading="lazy" referrerpolicy="no-referrer">`;
}

function captionHtml(name: string, runs: readonly InlineRun[]): string {
  return runs.length ? tag(name, {}, runsToHtml(runs)) : '';
}

function tableHtml(rows: readonly TableCell[][], caption: readonly InlineRun[]): string {
  const cell = (c: TableCell) =>
    tag(c.header ? 'th' : 'td', { colspan: c.colspan, rowspan: c.rowspan }, runsToHtml(c.runs));
  const body = rows.map((row) => tag('tr', {}, row.map(cell).join(''))).join('');
  return tag('table', {}, `${captionHtml('caption', caption)}${tag('tbody', {}, body)}`);
}

function linkHtml(href: string, text: string): string {
  return `<a${attribute('href', href)} rel="noopener noreferrer">${text}</a>`;
}

function blocksToHtml(blocks: readonly ArticleBlock[]): string {
  return blocks.map(blockToHtml).join('\n');
}

function blockToHtml(block: ArticleBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return tag('p', { class: block.standfirst ? 'standfirst' : undefined }, runsToHtml(block.runs));
    case 'heading':
      return tag(`h${Math.min(6, Math.max(2, block.level))}`, {}, runsToHtml(block.runs));
    case 'list':
      return tag(
        block.ordered ? 'ol' : 'ul',
        {},
        block.items.map((item) => tag('li', {}, blocksToHtml(item.blocks))).join(''),
      );
    case 'quote':
      return tag('blockquote', {}, blocksToHtml(block.blocks));
    case 'figure': {
      const images = block.images
        .filter((image) => isHttpUrl(image.src))
        .map(imageHtml)
        .join('');
      return tag('figure', {}, images + captionHtml('figcaption', block.caption));
    }
    case 'table':
      return tableHtml(block.rows, block.caption);
    case 'code':
      return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
    case 'embed': {
      const link = block.url && isHttpUrl(block.url) ? tag('p', {}, linkHtml(block.url, 'View the original post')) : '';
      return tag('blockquote', { class: 'embed' }, tag('p', {}, runsToHtml(block.runs)) + link);
    }
    case 'video':
      return isHttpUrl(block.url)
        ? tag('p', { class: 'video' }, linkHtml(block.url, escapeHtml(videoLinkText(block))))
        : '';
  }
}

const STYLE = [
  "body{margin:0;background:#fbfbfa;color:#1f2328;font:19px/1.6 Charter,Georgia,'Noto Serif',serif}",
  'main{max-width:68ch;margin:0 auto;padding:32px 20px 64px}',
  'h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.3}',
  '.meta,figcaption{font:14px system-ui,sans-serif;color:#57606a}img{max-width:100%;height:auto}',
  'blockquote{margin-inline:0;padding-inline-start:1em;border-inline-start:3px solid #c7ccd3}',
  'pre{overflow-x:auto;background:#f0f1f3;padding:12px}',
  'table{border-collapse:collapse;font:15px system-ui,sans-serif}',
  'th,td{border:1px solid #dfe2e6;padding:4px 8px;text-align:start}',
  '@media (prefers-color-scheme:dark){body{background:#16181b;color:#dfe2e6}a{color:#8fb3ff}',
  '.meta,figcaption{color:#a2abb6}pre{background:#22252a}}',
].join('\n');

/** No script may run in the file, wherever it is opened; only pictures load, from the web. */
const POLICY = "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'";

/** A self-contained HTML document of the article (no scripts: the CSP in it forbids them too). */
export function articleToHtml(article: OutlineResult): string {
  const meta = [
    shownByline(article.byline, article.siteName),
    article.siteName,
    article.publishedTime?.slice(0, 10),
    updateNote(article.modifiedTime),
  ].filter(Boolean) as string[];
  const body = article.content
    ? blocksToHtml(article.content)
    : '<p><em>The text of this article was not kept when it was saved.</em></p>';
  const source =
    article.url && isHttpUrl(article.url)
      ? tag('p', { class: 'meta', dir: 'ltr' }, `Original page: ${linkHtml(article.url, escapeHtml(article.url))}`)
      : '';
  return `<!doctype html>
<html${attribute('lang', article.lang ?? undefined)}${attribute('dir', article.dir ?? undefined)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(article.title || 'Untitled article')}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<article>
<h1>${escapeHtml(article.title || 'Untitled article')}</h1>
${meta.length ? `<p class="meta">${meta.map(escapeHtml).join(' · ')}</p>` : ''}
${body}
${source}
</article>
</main>
</body>
</html>
`;
}
