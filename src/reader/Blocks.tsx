/**
 * Renders the article's block model. Safe by construction: every text is a text node, every
 * attribute a plain string Preact sets as such; links and image sources were checked to be
 * http(s) by the core and again by the validator, and are checked once more here.
 */
import { createContext, h } from 'preact';
import { useContext, useMemo, useState } from 'preact/hooks';
import type { ArticleBlock, ArticleImage, InlineRun, MathNode } from '../core/types';
import { isHttpUrl } from '../shared/formats/markdown';
import { videoLinkText } from '../shared/formats/video';
import { runsText } from '../core/blocks/inline';
import { collapseWhitespace } from '../core/text';
import { missingPictureWords, repeatedDescriptions } from './picture-words';
import { keepMarksWithWords } from '../ui/format';

/** DOM id of a heading of the outline (the sidebar follows and jumps to these). */
export const headingDomId = (sectionId: string) => `reader-${sectionId}`;
/** DOM id of the paragraph a key point comes from. */
export const keyPointDomId = (keyPointId: string) => `reader-${keyPointId}`;

/**
 * A paragraph or heading of nothing but break marks ("***", "* * *", "___", "—") is the author's
 * section break: shown as one. One of dots only (".", a spacer some editors leave for room) shows nothing.
 */
const BREAK_MARKS = /^[\s*_~=·•◆◇⁂#—–-]+$/u;
const SPACER = /^[\s.]+$/u;

/** A paragraph's or heading's look as a break: a separator, nothing (a spacer), or undefined (it is text). */
function sectionBreak(runs: InlineRun[], key: number) {
  const text = runsText(runs);
  if (SPACER.test(text)) return null;
  return BREAK_MARKS.test(text) ? <hr key={key} class="rd-break" /> : undefined;
}

/**
 * A heading and a paragraph beside it with the same text (a slideshow's caption as headline and as
 * description) are shown once: the outline's heading, or else the paragraph.
 */
function isTwin(block: ArticleBlock, other: ArticleBlock | undefined): boolean {
  return (
    (block.kind === 'heading' ? !block.id : other?.kind === 'heading' && !!other.id) &&
    (other?.kind === 'heading' || other?.kind === 'paragraph') &&
    other.kind !== block.kind &&
    'runs' in block &&
    collapseWhitespace(runsText(other.runs)) === collapseWhitespace(runsText(block.runs))
  );
}

export interface BlocksProps {
  blocks: readonly ArticleBlock[];
  /** Paragraph index (in document order of paragraphs) → key point id, for the key points' links. */
  keyPointParagraphs?: ReadonlyMap<number, string>;
  /** The article's headline: a picture described by it alone says nothing the headline above does not. */
  title?: string;
}

/**
 * What the pictures' placeholders read (a context: figures sit at any depth of the block list): the headline,
 * lower-cased, and the pictures whose description an earlier one has.
 */
const PictureContext = createContext({ headline: '', repeated: new Set<ArticleImage>() });

export function Runs({ runs }: { runs: readonly InlineRun[] }) {
  return (
    <>
      {runs.map((run, index) => {
        switch (run.kind) {
          case 'text':
            return keepMarksWithWords(run.text);
          case 'break':
            // One empty line at most: a page's run of <br>s ("<br><br><br><br>") is no wider gap
            // between its paragraphs.
            return runs[index - 1]?.kind === 'break' && runs[index - 2]?.kind === 'break' ? null : <br key={index} />;
          case 'code':
            return <code key={index}>{run.text}</code>;
          case 'math':
            return <MathView key={index} node={run.math} />;
          case 'image':
            return <Picture key={index} image={run.image} caption="" />;
          case 'em':
            return (
              <em key={index}>
                <Runs runs={run.children} />
              </em>
            );
          case 'strong':
            return (
              <strong key={index}>
                <Runs runs={run.children} />
              </strong>
            );
          case 'link':
            return isHttpUrl(run.href) ? (
              <a key={index} href={run.href} rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
                <Runs runs={run.children} />
              </a>
            ) : (
              <Runs key={index} runs={run.children} />
            );
        }
      })}
    </>
  );
}

/**
 * A formula as MathML: its elements and attributes are the core's fixed vocabulary (checked again by the validator);
 * Preact creates the <math> and everything inside it in MathML's namespace.
 */
function MathView({ node }: { node: MathNode }) {
  const children = node.children.map((child, index) =>
    typeof child === 'string' ? child : <MathView key={index} node={child} />,
  );
  return h(node.tag, { ...node.attrs }, children);
}

/** `caption`: the figure's caption text, which may already say what the description says. */
function Picture({ image, caption }: { image: ArticleImage; caption: string }) {
  // Offline (a saved article) or gone: the picture's description takes its place, unless the
  // caption under it says it already (die-tagespost 0375's caption adds a credit) or it is a file's name
  // (dealdoktor 0316's "Picture: temp_e7bea9df-…").
  const [failed, setFailed] = useState(false);
  const { headline, repeated } = useContext(PictureContext);
  if (!isHttpUrl(image.src)) return null;
  if (failed) {
    const words = repeated.has(image) ? '' : missingPictureWords(image, caption, headline);
    return words ? <span class="rd-image-missing">{`Picture: ${words}`}</span> : null;
  }
  return (
    <img
      src={image.src}
      srcset={image.srcset}
      alt={image.alt}
      width={image.width}
      height={image.height}
      loading="lazy"
      decoding="async"
      referrerpolicy="no-referrer"
      onError={() => setFailed(true)}
    />
  );
}

/** Renders blocks; `counter` numbers paragraphs across nested blocks (for the key points' anchors). */
function BlockList({
  blocks,
  keyPoints,
  counter,
}: {
  blocks: readonly ArticleBlock[];
  keyPoints: ReadonlyMap<number, string>;
  counter: { paragraphs: number };
}) {
  return (
    <>
      {blocks.map((block, index) => {
        const twin = isTwin(block, blocks[index - 1]) || isTwin(block, blocks[index + 1]);
        switch (block.kind) {
          case 'paragraph': {
            const keyPoint = keyPoints.get(counter.paragraphs++);
            if (twin) return null;
            const asBreak = sectionBreak(block.runs, index);
            if (asBreak !== undefined) return asBreak;
            return (
              <p
                key={index}
                id={keyPoint ? keyPointDomId(keyPoint) : undefined}
                tabIndex={keyPoint ? -1 : undefined}
                class={block.standfirst ? 'rd-standfirst' : undefined}
              >
                <Runs runs={block.runs} />
              </p>
            );
          }
          case 'heading': {
            if (twin) return null;
            const asBreak = block.id ? undefined : sectionBreak(block.runs, index);
            if (asBreak !== undefined) return asBreak;
            const Tag = `h${Math.min(6, Math.max(2, block.level))}` as 'h2';
            return (
              <Tag
                key={index}
                id={block.id ? headingDomId(block.id) : undefined}
                tabIndex={block.id ? -1 : undefined}
                class="rd-heading"
              >
                <Runs runs={block.runs} />
              </Tag>
            );
          }
          case 'list': {
            const Tag = block.ordered ? 'ol' : 'ul';
            return (
              <Tag key={index}>
                {block.items.map((item, itemIndex) => (
                  <li key={itemIndex}>
                    <BlockList blocks={item.blocks} keyPoints={keyPoints} counter={counter} />
                  </li>
                ))}
              </Tag>
            );
          }
          case 'quote':
            return (
              <blockquote key={index}>
                <BlockList blocks={block.blocks} keyPoints={keyPoints} counter={counter} />
              </blockquote>
            );
          case 'figure':
            return (
              <figure key={index}>
                {block.images.map((image, imageIndex) => (
                  <Picture
                    key={imageIndex}
                    image={image}
                    caption={collapseWhitespace(runsText(block.caption)).toLowerCase()}
                  />
                ))}
                {block.caption.length > 0 && (
                  <figcaption>
                    <Runs runs={block.caption} />
                  </figcaption>
                )}
              </figure>
            );
          case 'table':
            return (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide table scrolls; the keyboard must reach it
              <div key={index} class="rd-table-wrap" tabIndex={0} role="region" aria-label="Table">
                <table>
                  {block.caption.length > 0 && (
                    <caption>
                      <Runs runs={block.caption} />
                    </caption>
                  )}
                  <tbody>
                    {block.rows.map((row, rowIndex) => (
                      <tr key={rowIndex}>
                        {row.map((cell, cellIndex) => {
                          const Cell = cell.header ? 'th' : 'td';
                          return (
                            <Cell
                              key={cellIndex}
                              colSpan={cell.colspan}
                              rowSpan={cell.rowspan}
                              id={cell.id ? headingDomId(cell.id) : undefined}
                              tabIndex={cell.id ? -1 : undefined}
                            >
                              <Runs runs={cell.runs} />
                            </Cell>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            );
          case 'code':
            return (
              // biome-ignore lint/a11y/noNoninteractiveTabindex: long code lines scroll; the keyboard must reach them
              <pre key={index} class="rd-code" tabIndex={0}>
                <code>{block.text}</code>
              </pre>
            );
          case 'embed':
            return (
              <blockquote key={index} class="rd-embed">
                <p>
                  <Runs runs={block.runs} />
                </p>
                {block.url && isHttpUrl(block.url) && (
                  <p class="rd-embed-link">
                    <a href={block.url} rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
                      View the original post
                    </a>
                  </p>
                )}
              </blockquote>
            );
          case 'video':
            return (
              isHttpUrl(block.url) && (
                <p key={index} class="rd-video">
                  <a href={block.url} rel="noopener noreferrer nofollow" referrerpolicy="no-referrer">
                    {videoLinkText(block)}
                  </a>
                </p>
              )
            );
        }
      })}
    </>
  );
}

export function ArticleBlocks({ blocks, keyPointParagraphs, title }: BlocksProps) {
  const headline = collapseWhitespace(title ?? '').toLowerCase();
  const pictures = useMemo(() => ({ headline, repeated: repeatedDescriptions(blocks) }), [headline, blocks]);
  return (
    <PictureContext.Provider value={pictures}>
      <BlockList blocks={blocks} keyPoints={keyPointParagraphs ?? new Map()} counter={{ paragraphs: 0 }} />
    </PictureContext.Provider>
  );
}
