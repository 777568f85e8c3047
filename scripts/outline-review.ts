/**
 * Outline review over a fixed sample of the corpus: prints each sampled page's outline compactly
 * (for reading by eye) and counts classes of outline failures (for comparing before / after).
 *
 *   npx tsx scripts/outline-review.ts [--sample design|check] [--print] [--items] [--json]
 *
 * The sample: each page's key "<set>/<slug>" is hashed (SHA-256, first 8 hex digits, mod 1000);
 * bucket 0–74 is the DESIGN sample (rules are written while looking at these pages), bucket
 * 500–574 the CHECK sample (looked at only through the counts below, and a few pages at the end).
 * Both take about 7.5 % of each set: ~40 pages each of readability + zyte + trafilatura.
 *
 * The counts use an audit vocabulary of their own (below), broader than and separate from the
 * rules in src/core, so that a rule is not graded by itself, plus the ground truth where it speaks:
 * - trafilatura `without` pieces (boilerplate the set's authors marked) found in an outline item;
 * - outline items that are the title of a labelled related story (a teaser list in the outline);
 * - readability items that are in Readability's expected headings / bullets (content: an item of
 *   the outline that is there is not furniture; `--items` lists the flagged ones per page).
 * Reads ../shared/corpus (not part of the repository): says so and stops when it is absent.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { outlineSource } from '../src/cli/outline';
import type { OutlineResult, OutlineSection } from '../src/core/types';

const corpusRoot = resolve(import.meta.dirname, '../../shared/corpus');
const SETS = ['readability', 'zyte', 'trafilatura'];
/** Hash buckets (of 1000) of each sample. */
const SAMPLES: Record<string, [number, number]> = { design: [0, 75], check: [500, 575] };

const args = process.argv.slice(2);
const sampleName =
  args[args.indexOf('--sample') + 1] && args.includes('--sample') ? args[args.indexOf('--sample') + 1]! : 'design';
const print = args.includes('--print');
const listItems = args.includes('--items');
const asJson = args.includes('--json');

if (!existsSync(corpusRoot)) {
  console.error(`outline-review: no corpus at ${corpusRoot} (../shared is not part of the repository); nothing to do.`);
  process.exit(0);
}
const range = SAMPLES[sampleName];
if (!range) throw new Error(`unknown sample ${sampleName} (design or check)`);

function bucket(key: string): number {
  return Number.parseInt(createHash('sha256').update(key).digest('hex').slice(0, 8), 16) % 1000;
}

const pages = SETS.flatMap((set) =>
  readdirSync(join(corpusRoot, set))
    .sort()
    .filter((slug) => {
      const b = bucket(`${set}/${slug}`);
      return b >= range[0] && b < range[1];
    })
    .map((slug) => ({ set, slug, dir: join(corpusRoot, set, slug) })),
);

/** Audit words (lower case, matched in an item): what a reader would call furniture in an outline. */
const AUDIT: Record<string, RegExp> = {
  paywall:
    /\babo\b|abonn|subscri|\d\s?(€|eur)\b|€\s?\d|\$\s?\d+(\.\d\d)?\s?(\/|per|a)\s?(mo|month|week)|\/\s?monat|pro monat|per month|premium|registrier|kostenlos testen|free trial|jetzt testen|log ?in\b|sign in|anmelden|einloggen|already a subscriber|bereits abonnent|s'abonner|abonnez|suscr[ií]b/,
  share:
    /^(share|teilen|verlinken|tweet|twittern|print|drucken|e-?mail|mail|facebook|twitter|whatsapp|linkedin|pinterest|xing|telegram|reddit|copy link|link kopieren|kommentieren|partager|imprimer|compartir|condividi|stampa|merken|speichern|save|bookmark)\b/,
  newsletter: /newsletter|sign up for|inscrivez|anmeldung zum/,
  follow: /^(follow|folgen sie|folge uns|suivez|síguenos|seguici)\b/,
  teaserHeading:
    /^(weitere artikel|weitere|mehr zum thema|mehr aus|mehr von|das könnte|auch interessant|lesen sie auch|read more|more from|more stories|related|you may also|you might also|recommended|empfohlen|meistgelesen|most read|most popular|popular|trending|latest|neueste|top stories|à lire aussi|lire aussi|dans la même rubrique|te puede interesar|más noticias|leggi anche)/,
  authorBox:
    /^(about the author|über den autor|über die autorin|zur person|à propos de l'auteur|sobre el autor|author)\b/,
  credit: /^(foto|photo|bild|image|picture|credit|quelle)s?\s*[:/©]|©|\bgetty images\b|\bdpa\b|\breuters\b|\bimago\b/,
};
/** A key point of fewer words than this is weak: it cannot carry the story. */
const WEAK_KEY_POINT_WORDS = 8;
const QUOTE_ONLY = /^["“„«‘'].*["”“»’']$/u;

interface PageCounts {
  items: number;
  headings: number;
  bullets: number;
  keyPoints: number;
  classes: Record<string, number>;
  flagged: string[];
}

const norm = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();

function flatten(sections: OutlineSection[], out: { kind: 'H' | 'B'; text: string; depth: number }[] = [], depth = 0) {
  for (const section of sections) {
    if (section.text) out.push({ kind: 'H', text: section.text, depth });
    for (const bullet of section.bullets) out.push({ kind: 'B', text: bullet, depth: depth + 1 });
    flatten(section.children, out, depth + 1);
  }
  return out;
}

function countPage(result: OutlineResult, expected: Record<string, unknown>): PageCounts {
  const items = flatten(result.outline);
  const classes: Record<string, number> = {};
  const flagged: string[] = [];
  const add = (name: string, text: string): void => {
    classes[name] = (classes[name] ?? 0) + 1;
    flagged.push(`${name}: ${text.slice(0, 90)}`);
  };
  const segments = expected.segments as { with: string[]; without: string[] } | undefined;
  const without = (segments?.without ?? []).map(norm).filter((piece) => piece.length >= 4);
  const relatedTitles = new Set(
    ((expected.related as { expected?: { title?: string }[] } | undefined)?.expected ?? [])
      .map((story) => norm(story.title ?? ''))
      .filter((title) => title.length >= 12),
  );
  const ourRelated = new Set(result.related.map((story) => norm(story.title)).filter((title) => title.length >= 12));
  const expectedItems = new Set(
    [
      ...((expected.headings as { text: string }[] | null) ?? []).map((heading) => heading.text),
      ...((expected.bullets as string[] | null) ?? []),
    ].map(norm),
  );
  for (const item of items) {
    const text = norm(item.text);
    if (expectedItems.has(text)) continue; // the ground truth says it is content
    const audit = Object.entries(AUDIT).find(([, pattern]) => pattern.test(text));
    if (audit && (audit[0] !== 'share' || text.length <= 40) && (audit[0] !== 'paywall' || text.length <= 200))
      add(audit[0], item.text);
    else if (without.some((piece) => text.includes(piece) || (piece.includes(text) && text.length >= 8)))
      add('gtWithout', item.text);
    else if ([...relatedTitles].some((title) => text.includes(title)) || [...ourRelated].some((t) => text.includes(t)))
      add('teaserItem', item.text);
  }
  for (const point of result.keyPoints) {
    const text = point.text.trim();
    if (text.split(/\s+/).length < WEAK_KEY_POINT_WORDS) add('kpShort', text);
    else if (QUOTE_ONLY.test(text)) add('kpQuote', text);
  }
  return {
    items: items.length,
    headings: items.filter((item) => item.kind === 'H').length,
    bullets: items.filter((item) => item.kind === 'B').length,
    keyPoints: result.keyPoints.length,
    classes,
    flagged,
  };
}

function printPage(set: string, slug: string, result: OutlineResult): void {
  console.log(
    `\n=== ${set}/${slug}  (${result.wordCount} words${result.found ? '' : `, NOT FOUND: ${result.reason}`})`,
  );
  console.log(`# ${result.title}`);
  for (const item of flatten(result.outline)) {
    const text = item.text.length > 110 ? `${item.text.slice(0, 107)}…` : item.text;
    console.log(`${'  '.repeat(item.depth)}${item.kind === 'H' ? '## ' : '- '}${text}`);
  }
  for (const point of result.keyPoints) console.log(`  KP: ${point.text.slice(0, 160)}`);
  console.log(
    `  related: ${result.related.length}${result.related.length ? ` (${result.related[0]!.title.slice(0, 50)} …)` : ''}`,
  );
}

const totals: Record<string, number> = {};
const perPage: Record<string, PageCounts> = {};
for (const { set, slug, dir } of pages) {
  const result = await outlineSource(join(dir, 'source.html'), null);
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Record<string, unknown>;
  if (print) printPage(set, slug, result);
  const counts = countPage(result, expected);
  perPage[`${set}/${slug}`] = counts;
  for (const key of ['items', 'headings', 'bullets', 'keyPoints'] as const)
    totals[key] = (totals[key] ?? 0) + counts[key];
  for (const [name, count] of Object.entries(counts.classes)) totals[name] = (totals[name] ?? 0) + count;
  if (listItems && counts.flagged.length) console.log(`${set}/${slug}\n  ${counts.flagged.join('\n  ')}`);
}
if (asJson) console.log(JSON.stringify({ sample: sampleName, pages: pages.length, totals, perPage }));
else {
  const bySet = SETS.map((set) => `${set} ${pages.filter((page) => page.set === set).length}`).join(', ');
  console.log(`\nsample=${sampleName} pages=${pages.length} (${bySet})`);
  console.log(
    Object.entries(totals)
      .map(([name, count]) => `${name}=${count}`)
      .join('  '),
  );
}
