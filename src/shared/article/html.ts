/**
 * One article as a self-contained HTML file: its text and pictures' addresses, a small stylesheet
 * and nothing else. Everything from the page is escaped; no script, no handler, only http(s) links
 * and images; a Content-Security-Policy in the file forbids scripts even if one slipped through.
 */
import type { ArticleBlock, InlineRun, OutlineResult } from '../../core/types';
import { isHttpUrl } from '../formats/markdown';

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
        case 'em':
          return `<em>${runsToHtml(run.children)}</em>`;
        case 'strong':
          return `<strong>${runsToHtml(run.children)}</strong>`;
        case 'link':
          return isHttpUrl(run.href) ? `<a${attribute('href', run.href)} rel="noopener noreferrer">${runsToHtml(run.children)}</a>` : runsToHtml(run.children);
      }
    })
    .join('');
}

function blocksToHtml(blocks: readonly ArticleBlock[]): string {
  return blocks
    .map((block) => {
      switch (block.kind) {
        case 'paragraph':
          return `<p>${runsToHtml(block.runs)}</p>`;
        case 'heading': {
          const level = Math.min(6, Math.max(2, block.level));
          return `<h${level}>${runsToHtml(block.runs)}</h${level}>`;
        }
        case 'list': {
          const tag = block.ordered ? 'ol' : 'ul';
          return `<${tag}>${block.items.map((item) => `<li>${blocksToHtml(item.blocks)}</li>`).join('')}</${tag}>`;
        }
        case 'quote':
          return `<blockquote>${blocksToHtml(block.blocks)}</blockquote>`;
        case 'figure': {
          const images = block.images
            .filter((image) => isHttpUrl(image.src))
            .map((image) => `<img${attribute('src', image.src)}${attribute('alt', image.alt)}${attribute('width', image.width)}${attribute('height', image.height)} loading="lazy" referrerpolicy="no-referrer">`)
            .join('');
          return `<figure>${images}${block.caption.length ? `<figcaption>${runsToHtml(block.caption)}</figcaption>` : ''}</figure>`;
        }
        case 'table': {
          const rows = block.rows
            .map((row) => `<tr>${row.map((cell) => { const tag = cell.header ? 'th' : 'td'; return `<${tag}${attribute('colspan', cell.colspan)}${attribute('rowspan', cell.rowspan)}>${runsToHtml(cell.runs)}</${tag}>`; }).join('')}</tr>`)
            .join('');
          return `<table>${block.caption.length ? `<caption>${runsToHtml(block.caption)}</caption>` : ''}<tbody>${rows}</tbody></table>`;
        }
        case 'code':
          return `<pre><code>${escapeHtml(block.text)}</code></pre>`;
        case 'embed':
          return `<blockquote class="embed"><p>${runsToHtml(block.runs)}</p>${block.url && isHttpUrl(block.url) ? `<p><a${attribute('href', block.url)} rel="noopener noreferrer">View the original post</a></p>` : ''}</blockquote>`;
      }
    })
    .join('\n');
}

const STYLE = `body{margin:0;background:#fbfbfa;color:#1f2328;font:19px/1.6 Charter,Georgia,'Noto Serif',serif}
main{max-width:68ch;margin:0 auto;padding:32px 20px 64px}h1,h2,h3,h4,h5,h6{font-family:system-ui,sans-serif;line-height:1.3}
.meta{font:14px system-ui,sans-serif;color:#57606a}img{max-width:100%;height:auto}figcaption{font:14px system-ui,sans-serif;color:#57606a}
blockquote{margin-inline:0;padding-inline-start:1em;border-inline-start:3px solid #c7ccd3}pre{overflow-x:auto;background:#f0f1f3;padding:12px}
table{border-collapse:collapse;font:15px system-ui,sans-serif}th,td{border:1px solid #dfe2e6;padding:4px 8px;text-align:start}
@media (prefers-color-scheme:dark){body{background:#16181b;color:#dfe2e6}a{color:#8fb3ff}.meta,figcaption{color:#a2abb6}pre{background:#22252a}}`;

/** A self-contained HTML document of the article (no scripts: the CSP in it forbids them too). */
export function articleToHtml(article: OutlineResult): string {
  const meta = [article.byline, article.siteName, article.publishedTime?.slice(0, 10)].filter(Boolean) as string[];
  const body = article.content ? blocksToHtml(article.content) : '<p><em>The text of this article was not kept when it was saved.</em></p>';
  const source = article.url && isHttpUrl(article.url) ? `<p class="meta">Original page: <a${attribute('href', article.url)} rel="noopener noreferrer">${escapeHtml(article.url)}</a></p>` : '';
  return `<!doctype html>
<html${attribute('lang', article.lang ?? undefined)}${attribute('dir', article.dir ?? undefined)}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src https: http:; style-src 'unsafe-inline'">
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
