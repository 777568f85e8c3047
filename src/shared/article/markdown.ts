/**
 * The whole article as Markdown: its header, then its blocks (paragraphs with links and emphasis,
 * headings, nested lists, quotes, figures, tables, code, embedded posts). Page text is escaped;
 * only http(s) links and images are written out.
 */
import type { ArticleBlock, InlineRun, OutlineResult } from '../../core/types';
import { escapeMarkdown, isHttpUrl, updateNote } from '../formats/markdown';
import { shownByline } from '../formats/byline';
import { videoLinkText } from '../formats/video';
import { mathText } from '../../core/blocks/math';

/** A URL inside (…) of a Markdown link: spaces and parentheses encoded so that it ends where it should. */
function linkTarget(url: string): string {
  return url.replace(/[ ()<>]/g, (char) => encodeURIComponent(char));
}

export function runsToMarkdown(runs: readonly InlineRun[]): string {
  return runs
    .map((run) => {
      switch (run.kind) {
        case 'text':
          return escapeMarkdown(run.text);
        case 'break':
          return '  \n';
        case 'code': {
          const fence = run.text.includes('`') ? '``' : '`';
          return `${fence}${run.text.replace(/\n/g, ' ')}${fence}`;
        }
        case 'math':
          return escapeMarkdown(mathText(run.math));
        case 'image':
          return isHttpUrl(run.image.src) ? `![${escapeMarkdown(run.image.alt)}](${linkTarget(run.image.src)})` : '';
        case 'em':
          return wrap('_', runsToMarkdown(run.children));
        case 'strong':
          return wrap('**', runsToMarkdown(run.children));
        case 'link': {
          const text = runsToMarkdown(run.children);
          return isHttpUrl(run.href) ? `[${text}](${linkTarget(run.href)})` : text;
        }
      }
    })
    .join('');
}

/** Emphasis markers around the text, with its outer spaces kept outside (Markdown ignores "_ x_"). */
function wrap(marker: string, text: string): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  const lead = text.slice(0, text.indexOf(trimmed));
  const trail = text.slice(lead.length + trimmed.length);
  return `${lead}${marker}${trimmed}${marker}${trail}`;
}

function indent(text: string, prefix: string, first = prefix): string {
  return text
    .split('\n')
    .map((line, index) => (index === 0 ? first : line ? prefix : '') + line)
    .join('\n');
}

function tableCell(runs: readonly InlineRun[]): string {
  return (
    runsToMarkdown(runs)
      .replace(/ {2}\n/g, ' ')
      .replace(/\n/g, ' ')
      .trim() || ' '
  );
}

export function blocksToMarkdown(blocks: readonly ArticleBlock[]): string {
  const out: string[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'paragraph':
        out.push(runsToMarkdown(block.runs));
        break;
      case 'heading':
        out.push(`${'#'.repeat(Math.min(6, Math.max(2, block.level)))} ${tableCell(block.runs)}`);
        break;
      case 'list':
        out.push(
          block.items
            .map((item, index) => {
              const marker = block.ordered ? `${index + 1}. ` : '- ';
              return indent(blocksToMarkdown(item.blocks).replace(/\n\n+/g, '\n'), ' '.repeat(marker.length), marker);
            })
            .join('\n'),
        );
        break;
      case 'quote':
        out.push(indent(blocksToMarkdown(block.blocks), '> ').replace(/\n(?=\n)/g, '\n>'));
        break;
      case 'figure': {
        const images = block.images
          .filter((image) => isHttpUrl(image.src))
          .map((image) => `![${escapeMarkdown(image.alt)}](${linkTarget(image.src)})`);
        const caption = block.caption.length ? `_${runsToMarkdown(block.caption).trim()}_` : '';
        out.push([...images, caption].filter(Boolean).join('\n'));
        break;
      }
      case 'table': {
        const [head, ...rest] = block.rows;
        if (!head) break;
        const width = Math.max(...block.rows.map((row) => row.length));
        type Row = readonly { runs: InlineRun[] }[];
        const cell = (cells: Row, index: number) => (cells[index] ? tableCell(cells[index]!.runs) : ' ');
        const row = (cells: Row) =>
          `| ${Array.from({ length: width }, (_, index) => cell(cells, index)).join(' | ')} |`;
        const lines = [row(head), `|${' --- |'.repeat(width)}`, ...rest.map(row)];
        if (block.caption.length) lines.push('', `_${runsToMarkdown(block.caption).trim()}_`);
        out.push(lines.join('\n'));
        break;
      }
      case 'code': {
        const longest = Math.max(2, ...(block.text.match(/`+/g) ?? []).map((run) => run.length));
        const fence = '`'.repeat(longest + 1);
        out.push(`${fence}${block.language ?? ''}\n${block.text}\n${fence}`);
        break;
      }
      case 'embed':
        out.push(
          indent(
            runsToMarkdown(block.runs) +
              (block.url && isHttpUrl(block.url) ? `\n\n[View the original post](${linkTarget(block.url)})` : ''),
            '> ',
          ),
        );
        break;
      case 'video':
        if (isHttpUrl(block.url)) out.push(`[▶ ${escapeMarkdown(videoLinkText(block))}](${linkTarget(block.url)})`);
        break;
    }
  }
  return out.filter((part) => part.trim()).join('\n\n');
}

/** The whole article: title, byline line, source, then the text (or a note when the text was not kept). */
export function articleToMarkdown(article: OutlineResult): string {
  const meta = [
    shownByline(article.byline, article.siteName),
    article.siteName,
    article.publishedTime?.slice(0, 10),
    updateNote(article.modifiedTime),
  ]
    .filter(Boolean)
    .map((part) => escapeMarkdown(part!));
  const lines = [`# ${escapeMarkdown(article.title || 'Untitled article')}`, ''];
  if (meta.length) lines.push(`_${meta.join(' · ')}_`, '');
  if (article.url && isHttpUrl(article.url)) lines.push(`<${linkTarget(article.url)}>`, '');
  lines.push(
    article.content ? blocksToMarkdown(article.content) : '_The text of this article was not kept when it was saved._',
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
