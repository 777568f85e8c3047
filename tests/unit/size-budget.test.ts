/**
 * Size budgets on a production build of the sources as they are (built by this test into a
 * folder of its own: dist/ may hold a development build, or one of other sources): the code
 * injected into a web page, the popup, and the reader page when it exists. Sizes are gzip level 9
 * of every file the page or the injection loads (scripts with their static imports,
 * stylesheets). The figures are printed for the report.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { parseSync } from 'vite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  CORE_INTERNAL_PROPERTIES,
  EAGER_COMPILE_HINT,
  PANEL_INTERNAL_PROPERTIES,
} from '../../scripts/vite/injected-scripts';
import { type Node, walkTree } from '../../scripts/vite/strip-explanations';
import { analyzeDocument } from '../../src/core/analyze';
import { fixtureHtml, fixturePages } from '../support/corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const dist = mkdtempSync(path.join(tmpdir(), 'outline-reader-size-'));

/**
 * The goal of issue #12 for what is injected into a page: core + panel at most 40 KB. Not met: the
 * budgets below hold today's figures with a little headroom, so that growth is caught while the
 * goal is open (docs/browser-speed.md tracks it); lower them as the core shrinks.
 */
export const INJECTED_GOAL_BYTES = 40 * 1024;
/**
 * What a toolbar click injects for the popup: the content script with the analysis core
 * (src/content/content-script.js), without the in-page panel. 66.9 KB when the panel was in it
 * (2026-12-03, a build with NODE_ENV=test; 65.7 KB as shipped); 49.9 KB without it, 50.9 KB after main's
 * key-point and related-stories steps (12e2ada, 15059cf); 52.8 KB with the repeat click's reuse of an
 * unchanged page's analysis (page-watch, analysis-runs: +0.7 KB), related runs judged box first
 * (+0.7 KB) and the pauses that keep the page responsive (+0.4 KB). Raised from 52 to 54 KB for
 * those, on 2026-12-04: a ratchet over what ships, not the issue's 40 KB goal, which is not met.
 * 50.9 KB (52,167 B) after s5-size: terser's and oxc's minification in turn
 * (scripts/vite/injected-scripts.ts, -1.9 KB) and the panel's prefs code moved to the panel's script.
 * 51.3 KB on main before s6-related; 51.6 KB with its related cards in the text and lines under a label
 * (+0.3 KB): raised from 51.5 to 52 KB. Seventh session (speed, issues #9/#12): the page walk keeps
 * class + id and parent per element for the passes after it, the read layer memoises the class per
 * analysis, collapseWhitespace has a fast path: 51.9 KB (+0.1 KB; the core's time 0.9× in Node side by
 * side, docs/browser-speed.md). Each such step pays in bytes, and the engineers reverted faster code
 * to stay under the last few bytes: raised from 52 to 52.5 KB for the speed work (issues #9/#12 ask
 * for speed first; the 40 KB goal stays unmet either way).
 * Eighth session: 52.7 KB with six fixes found looking at unseen pages as a user (record-id titles,
 * byline labels, article tools, sign-up box headings, initialisms in key points, a story in an
 * <aside>: +0.3 KB) and the speed work (the page scan by selector queries, the read layer's
 * attribute names: +0.2 KB): raised from 52.5 to 53 KB.
 * Ninth session, s9-size: 51.9 KB (53,162 B, from 54,017 B) with the extension build's data in fewer
 * bytes (groups without their reasons as one group, lexicon entries without their why and one kind a
 * run), the public suffixes kept by country, terser's `inline: 1`: lowered from 53 to 52 KB. Then
 * s9-relwalk, the related stage reading what the page walk read (the 100,000-element live blog about
 * 0.8 of main's time in an isolated world, both slot orders of compare-cores --isolated): 52.2 KB
 * (53,470 B), raised to 52.3 KB; with s9-eyes2's three fixes from unseen pages (a heading over a
 * left-out link list, picture credits, a gallery inside a heading: +129 B) 52.4 KB: raised to 52.5 KB.
 * Tenth session, s10-text (the cleaning's notice text gathered only where read, key points on cold code:
 * words by pattern, the Unicode-class patterns asked only of non-ASCII characters): 52.5 KB (53,764 B,
 * from 53,598 B, +166 B): raised to 52.6 KB. With the session's other merges 52.9 KB (54,170 B): over it.
 * s10-size: 51.9 KB (53,181 B, from 54,170 B, -989 B) with the classes' own members as #private names
 * (terser mangles those: -176 B) and terser's hoist_funs where it makes the file smaller
 * (scripts/vite/injected-scripts.ts: -813 B): lowered to 52 KB.
 * 52.0 KB (53,266 B) with the lead's byline rule (a declared author that is only the site's name gives way to the
 * page's byline; +85 B): raised to 52.1 KB. 52.1 KB (53,361 B) with s10-href (a measured link's weight in an array the
 * page walk fills, for the cleaning: +95 B): raised to 52.2 KB.
 * Eleventh session: seven fixes from unseen pages (a consent notice is never the article, a job board is no
 * related list, a byline line of section and date holds no name, a related title is the whole line a link
 * ends, a list of related stories leaves the bullets though an item names none, a placeholder date is no
 * date, an author box's heading is no section: +0.3 KB): raised to 52.5 KB. With s11-node (the page scan's
 * exact queries, +65 B) and s11-walk (fewer DOM reads per element in the page walk: DOM calls of the walk
 * 0.72 on corpus pages, 0.80 on the 100,000-element page; +106 B): raised to 52.6 KB. With s11-related
 * (links to other hosts judged without the URL parser, landmarks looked up only where read: the related stage
 * about 0.84 of its time on the 100,000-element page; +109 B): raised to 52.7 KB.
 * s11-size (2026-12-04): 51.6 KB (52,864 B, from 53,850 B on main e419b84: -986 B) with 126 property names only the
 * core's own code uses shortened by terser (CORE_INTERNAL_PROPERTIES, scripts/vite/injected-scripts.ts: -908 B)
 * and terser's unsafe_arrows for the content script (-78 B). With s11-related: 52,987 B: lowered to 51.8 KB.
 * 53,081 B with s11-inline (runs of links in the article's text read item by item before the label: +94 B):
 * raised to 51.9 KB. 53,210 B with s11-eyes (seven fixes from unseen pages, its language rule included: +129 B):
 * raised to 52.0 KB. s11-eyes2 (more fixes from unseen pages: a dateline of place and date is no key point, +72 B;
 * a post's filing line is no key point, +45 B; a reading control's label is no text, +13 B: 53,340 B): raised to 52.1 KB.
 * 2026-12-04 (twelfth session, lead): marks set apart around a heading's words are no text, and a bold line opening
 * with a dash is a quotation's attribution, not a heading (+68 B: 53,408 B): raised to 52.2 KB.
 * s12-eyes (2026-12-04, fixes from unseen pages: a bold line all link to the site's own page is no heading, +35 B;
 * German previous / next post labels are no related titles and the page's own title no teaser's, with related titles
 * as headings and their label left out of the outline, +87 B, less two trims of that code, -14 B; 'Category:' a
 * filing line, +3 B: 53,451 B): raised to 52.2 KB. Both merged, with the lead's 'More:' label and date-link titles
 * (+~45 B): 53,538 B: raised to 52.3 KB.
 * s12-related (2026-12-04): 53,382 B (+42 B) with the article-URL test reading a path's last two segments in place
 * (the path split only when the id rule has not decided: the split was the test's costliest line in Chromium on the
 * 100,000-element page) and no head-sequence lookup per run link when the head names none: raised to 52.15 KB.
 * With all three merged: 53,578 B: raised to 52.35 KB.
 * s12-eyes2 (2026-12-05, fixes from unseen pages: a heading of the byline's name and a date is no section, +20 B;
 * a post's notice of affiliate links or of a paid post is no key point, +27 B;
 * that heading rule trimmed, -9 B; a date field's label before its date is part of a date line, +11 B;
 * French download and share labels in the infinitive ('Télécharger', 'Partager sur …') are calls to action, +0 B: 53,652 B):
 * raised to 52.4 KB.
 * s12-size (2026-12-05): 53,375 B (from 53,603 B on main f477545, -228 B) with eight more of the core's own property
 * names shortened (-54 B, one test of the article's siblings rewritten for it), terser's unsafe and pure_getters
 * (-65 B), tagOf as localName itself (-4 B), and the related stage's debug options (explain, relatedTrace) and the
 * note / why texts only they read left out of the extension build (scripts/vite/strip-explanations.ts, -105 B):
 * lowered to 52.13 KB (53,381 B).
 * s12-eyes2 and s12-size merged: 53,429 B: set to 52.18 KB. 53,435 B with the French calls to download and share
 * narrowed to the verb ('télécharger', 'téléchargez', 'partager sur': not the noun 'Téléchargement' nor 'Partager
 * les tâches', review of s12-eyes2): 52.19 KB. 53,451 B with the teaser headings read once per item (review: each
 * item's title was cleaned twice, on every page, also with no story listed): 52.2 KB.
 * 2026-12-05 (session 13): 53,533 B with a slideshow's counter ('Image 1 of 9') out of the body (body-lines.ts,
 * its words in gallery-labels.json): 52.28 KB. 53,577 B with a story's headline link preferred to its summary
 * link (related/title.ts isBetterTitle): 52.33 KB. s13-keys: +2 B: the body's links' sites asked only of a line
 * link enough for them to matter, a paragraph's list-label rule only when a list follows it (+41 B), paid by the
 * key points' letter-case table filled as its characters are met (-39 B): 53,579 B, under 52.33 KB.
 * s13-eyes (fixes from unseen pages: a related title that is the words of a sentence linking to the story, or a
 * summary of sentences, gives way to another link's headline (the lead's rule of the same kind kept for a summary
 * cut short); a teaser's blurb is no part of its title; a label alone is no related title; a social handle given as
 * the site's name gives way to the <title>'s last part; 'RSS Feeds' furniture, Spanish 'cargar más' a load-more
 * link, German 'folgt uns' a call to action; 'von' / 'par' / 'por' before an author box's name and 'Autoren:' /
 * 'Author' alone no heading: +104 B on its own): 53,661 B merged: 52.41 KB.
 * s13-related: +52 B on its own (the related stage's tags and has-attributes of elements outside the page walk read
 * once, its attribute and pointer reads told plain from those tags: DOM reads of the stage 0.65 of main's on 60 corpus
 * pages in Chromium), paid in part by a page-index method nothing called and label values that were the default:
 * 53,724 B merged: 52.47 KB.
 * s13-size (2026-12-05): 52,926 B (from 53,451 B on main bfbe17b, -525 B) with one copy of the related stage's text
 * walkers, the heading and unread tag sets and the camelCase name test (-129 B), one loop for the related labels
 * (-14 B), the public suffixes as one string per country (-48 B), and lists of two or more strings written as one
 * string split after minifying (scripts/vite/injected-scripts.ts splitStringArrays, -334 B): lowered to 51.69 KB
 * (52,930 B).
 * All merged (the session's fixes, s13-keys, s13-eyes, s13-related and s13-size): 53,219 B: lowered to 51.98 KB.
 * 53,228 B with brackets stripped from a related title only when they enclose all of it: 51.99 KB. 53,281 B with a
 * reference mark after a sentence's stop kept with that sentence (key-points/sentence-breaks.ts): 52.04 KB.
 * 2026-12-05, s13-eyes2: 53,323 B (+104 B) with a table of contents ("Contents" over a list of the headings
 * below) left out of the outline: raised to 52.08 KB.
 * Both merged: 53,388 B: 52.14 KB. 53,392 B with the review's mend (the table-of-contents rule's own length limit,
 * no non-null assertion on a lookup that may miss): 52.15 KB.
 * Fourteenth session (2026-12-05), from 53,392 B, each measured alone on its branch, then merged:
 * - V8's eager compile hint at the top of the script (scripts/vite/injected-scripts.ts EAGER_COMPILE_HINT; the first
 *   analysis 12–18 ms faster): +22 B.
 * - s14-lead-faults: related titles cleaned of a media label with its running time ('Video 00:53'), a news flag
 *   ('BREAKING: …') and a view count in brackets ('(51817) …') +82 B; a counter ('Post Views: 111') no heading +20 B;
 *   a press office's contact label ('Pressekontakt:') no heading +28 B, paid by the news flags in French, Spanish and
 *   Italian (-25 B: no corpus page has one).
 * - s14-reader: a short line opening with the copyright sign ("© Getty Images") a picture's credit: +27 B.
 * - s14-eyes: a news dateline ('WASHINGTON (Reuters) - ') left out of a key point (key-points/dateline.ts) +90 B;
 *   'dialog' an unlikely block name +2 B; the 'publishdate' meta read as the date +7 B.
 * - s14-ux: the site header's height handed to the panel (it opens below a fixed header, not over its buttons) and the
 *   popup's "Show beside article" that leaves an open panel open: +39 B.
 * - s14-body: a share call's link line ("Partager sur Facebook") out of the body, "news-letter" a sign-up name +65 B;
 *   a gallery's button ("See album") a slideshow line +30 B.
 * - s14-faults2: an author archive's link label ('Zeige alle Beiträge von …') cut from a byline; the editors' tip
 *   ('Redaktionstipp') a box label; a filing line ('Schlagwörter : …') a call to action at any length; a heading of the
 *   title's headline without the site's name after it no section; 'créer un compte' an offer word: +101 B together.
 * All merged, with the review's mends: 53,924 B: raised to 52.67 KB. 53,903 B with one set of the share actions
 * (honest-items.ts read furniture-text.ts's instead of building its own): 52.64 KB.
 * 2026-12-05, s15-eyes: 53,976 B (+73 B) with a numeric date written with dots or dashes read day first
 * ('10.12.2022' is 10 December, not Date.parse's October 12; metadata/dates.ts): raised to 52.72 KB.
 * 2026-12-05, s15-walk: 54,000 B (+97 B) with the page walk reading an element without element children whole
 * (walk-tree.ts readLeafText: no wrapper per text node) and an element told by its tag in one read: 52.74 KB.
 * Both merged with s15-keys (key points -2 B): 54,070 B: 52.81 KB.
 * 2026-12-05, s15-eyes2: 54,014 B (+38 B) with lists typed as the site's navigation (schema.org
 *   SiteNavigationElement) no bullets: raised to 52.75 KB. 54,079 B (+65 B) with a list the body left out whole
 *   under a label of other stories in a paragraph no bullets (the breadcrumb rule's loop shared): raised to 52.82 KB.
 *   54,065 B with the site navigation's lists found among those the body left out whole (-14 B). 54,084 B (+19 B)
 *   with the <time datetime> in the <header> around a headline read as the date (replacing the article roots'
 *   <time>, never reached: the metadata is read before the roots are known) and the outline loop's bytes trimmed.
 *   53,934 B (-150 B) with the metadata's other article-root rules taken out (title, byline, dir: the analysis
 *   reads the metadata before the article is found, so they never ran): lowered to 52.68 KB. 54,068 B (+134 B)
 *   with the named references of accented letters decoded ('Redacci&oacute;n' in a JSON-LD author): raised to 52.81 KB.
 * s15-keys, s15-walk, s15-eyes and s15-eyes2 merged: 54,159 B: 52.89 KB.
 * 2026-12-05, s16-relfaults: 54,168 B (+9 B) with a teaser's subtitle (a kicker above its headline) left out of a
 * related title: raised to 52.9 KB. 54,199 B (+31 B) with a word of capitals beside a capitalised word ('BY_Landesverband')
 * no word of a headline slug: raised to 52.93 KB.
 * 2026-12-05 (sixteenth session, s16-lead): 54,173 B (+14 B) with the text of a <time> marked as the publication
 * date that declares no datetime (metadata/page-scan.ts, dates.ts): 52.91 KB. Both merged: 54,216 B: 52.95 KB.
 * 2026-12-05, s16-reader: 54,217 B (+58 B) with a short line of no sentence right before the title heading
 *   ('Politik') read as its kicker, no body text: raised to 52.95 KB. 54,274 B (+57 B) with a breadcrumb trail
 *   that ends with the headline there too, also when the title heading lies between two article parts: 53.01 KB.
 *   54,357 B (+83 B) with a prose paragraph that the next one repeats (the same first 100 letters) read once: 53.09 KB.
 *   54,420 B (+63 B) with a sibling of glued labels (a stock ticker) kept out of the article's parts: 53.15 KB.
 *   54,449 B (+29 B) with content.ts split back under 400 lines (its list-label rule in honest-items.ts): 53.18 KB.
 * s16-relfaults, s16-lead and s16-reader merged: 54,504 B: 53.23 KB. 54,513 B (+9 B) with the dateline pattern
 * written in two lines (the line length the architecture check holds): 53.24 KB.
 * 2026-12-05, s16-related: 54,519 B (+6 B) with what names an article read first in the URL test: 53.25 KB.
 *   54,539 B (+20 B) with running text judged from the page walk's measures: raised to 53.27 KB.
 * 2026-12-05 (sixteenth session, lead): 54,569 B (+30 B) with the repeated-paragraph rule asking its keys only of two
 *   paragraphs that open with the same letter (81.6 -> 22 ms on the 100,000-element live blog in Node): 53.3 KB.
 *   54,579 B (+10 B) with the slug-word test's code check asked only of a word that opens with a capital (review).
 * 2026-12-05 (seventeenth session, lead): 54,640 B (+61 B) with a kicker heading of any length that the page's title
 *   opens with ("Kicker: Headline") read as the kicker: 53.36 KB.
 *   54,646 B (+6 B) with a list that opens with a byline label alone ("Von" · name · date) read as no bullets: 53.37 KB.
 *   54,653 B (+7 B) with a list item that is a call to the reader in a button's few words no bullet: 53.38 KB.
 *   54,673 B (+20 B) with a short caption that ends with its "© …" credit read as a credit, no body text: 53.4 KB.
 * 2026-12-05, s17-furniture: 54,587 B (+8 B) with a heading that is the byline's line with its label ('Veröffentlicht
 *   von Cem Basman') no section: 53.31 KB.
 *   54,673 B (+86 B) with a heading whose class is a screen-reader-only one ('screen-reader-text', 'sr-only') left
 *   out by the page walk (page-walk.ts): 53.4 KB.
 *   54,704 B (+31 B) with a count over the comments ('36 Comments') no heading (outline-furniture.ts): 53.43 KB.
 *   54,787 B (+83 B) with a related label in the flow over items that lost their links to the related stories no
 *   section (outline-furniture.ts): 53.51 KB.
 *   54,807 B (+20 B) with 'meist-gelesen' (hyphenated) and 'Lesermeinungen' labels: 53.53 KB.
 *   54,830 B (+23 B) with a whole furniture label in the flow taking the list of links below it: 53.55 KB.
 *   54,900 B (+70 B) with the reader view leaving out the boxes the outline and the body leave out (a table and
 *   its cells kept): 53.62 KB.
 *   54,919 B (+19 B) with a related box of headlines holding the article only with its lead: 53.64 KB.
 * Both merged (seventeenth session): 55,008 B: 53.72 KB.
 * 2026-12-05, s17-eyes: 54,656 B (+77 B) with a counter before the text's first line left out ("1 interakcji"): 53.38 KB.
 *   54,706 B (+50 B) with the date an hAtom <abbr title> declares (metadata/page-scan.ts, dates.ts): 53.43 KB.
 *   54,712 B (+6 B) with a related headline cut with '...' completed from its link's title attribute: under it.
 *   54,723 B (+11 B) with "meistdiskutiert", "meistkommentiert", "most discussed" in the related lexicon: 53.45 KB.
 *   54,773 B (+50 B) with an address (mailto:, tel:) a sentence introduces with a colon kept in the body: 53.49 KB.
 *   54,790 B (+17 B) with the related stories' URLs handed to the block reader (teaser pictures): 53.51 KB.
 *   54,809 B (+19 B) with detect/content.ts split back under 400 lines (its site test and line rules in body-links.ts,
 *   body-lines.ts, furniture-blocks.ts): 53.53 KB.
 * All three merged with the lead (seventeenth session): 55,218 B: 53.93 KB. 55,258 B (+40 B) with the word count
 * and reading time of the body, the left-out boxes' words taken off: 53.97 KB.
 * 2026-12-05 (eighteenth session, lead): 55,316 B (+58 B) with an interview's bold questions as its sections: 54.02 KB.
 * 55,425 B (+109 B) with a question that opens its answer's paragraph on a line of its own: 54.13 KB. 55,446 B
 * (+21 B) with the mark before each question ('*Why now?') out of the section's name: 54.15 KB.
 * 2026-12-05, s18-eyes: 55,340 B (+82 B) with a linked point of a list whose other items link nowhere kept as text,
 *   never a promotion line or a related story (body-links.ts isPointOfPlainList): 54.05 KB.
 *   55,393 B (+53 B) with a related headline cut inside a word without an ellipsis losing to the whole: 54.1 KB.
 *   55,450 B (+57 B) with a link to the section of another link of its box (a teaser's kicker) no related story:
 *   54.15 KB.
 *   55,519 B (+69 B) with a line of the byline area that is a date alone read as the date (dates.ts): 54.22 KB.
 *   55,691 B (+172 B) with a reference list that outscores the text it closes leaving the article to the ancestor
 *   that holds that text too (article.ts, the back-matter headings in eight languages): 54.39 KB.
 *   55,760 B (+69 B) with an offer box read by its reading text (no <style> or <script> text) and 'instant access'
 *   an offer word: 54.46 KB.
 *   55,771 B (+11 B) with a bar of bracketed labels ('[Docs] [txt|pdf] [Tracker]') no key point: 54.47 KB.
 *   55,773 B (+2 B) with German 'Themen' (topics) a furniture label of the related lexicon: under it.
 * s18-eyes merged with the lead's three rules: 55,961 B: 54.65 KB.
 * 2026-12-05, s18-reader: 55,590 B (+332 B) with a byline line under the headline that no class marks ("By <a>Name</a>
 * on <date>": the names and the date; detect/metadata/byline-line.ts): 54.29 KB. 55,662 B (+72 B) with its label set
 * apart in an element of its own ("<span class=screen-reader-text>| By </span><span>Name</span>"): 54.36 KB.
 * s18-reader merged with s18-eyes and the lead: 56,395 B: 55.08 KB.
 * 2026-12-05, s18-eyes2: 55,290 B (+32 B) with a list of illustrated steps (each item text beside its photo, no link)
 *   kept by the cleaning, not dropped as a picture grid: 54.0 KB.
 *   55,309 B (+19 B) with a table of contents' numbered entries ('1.1 Der Stollen …') under a label read as the
 *   headings they name: 54.02 KB.
 *   55,341 B (+32 B) with a section's name before a title's headline ('Pressemitteilungen 2022 - Headline') cut when
 *   an h1 or another title meta states the longer part after it alone (metadata/title.ts): 54.05 KB.
 *   55,476 B (+135 B) with the page's own reading time ('Lesezeit: ca. 3 Minuten', '5 min read') no line of the body
 *   (body-lines.ts, its words in vocabulary/reading-time.json): 54.18 KB.
 *   55,496 B (+20 B) with a dateline of a month cut short ('Feb. 23, 2015 -- ') left out of a key point: 54.2 KB.
 *   55,522 B (+26 B) with a line typed as a divider ('______', '------') no line of the body: 54.23 KB.
 *   55,535 B (+13 B) with the Spanish 'las más leídas' / 'más leídos' labels read as site-wide lists: 54.24 KB.
 * s18-eyes2 merged with s18-eyes, s18-reader and the lead: 56,691 B: 55.37 KB. 56,702 B (+11 B) with the review's
 * mends (the back-matter headings as a vocabulary file; the offer box's reading text by boundedTextContent): 55.38 KB.
 * 56,773 B (+71 B) with a table of data that outscores the text it goes with giving way to the ancestor holding that
 * text (article.ts isTableOfData): 55.45 KB. 56,838 B (+65 B) with the second review's mend: the table-of-data rule
 * asks the walk's record whether the candidate holds a cell before any DOM read (a query of the whole article on every
 * page before): 55.51 KB.
 * 2026-12-05, s19-keys: 56,928 B (+90 B) with a full stop after a word before a number ending the sentence when a small
 * letter follows the number ('… gesungen. 1927 schlossen sich …', key-points/sentence-breaks.ts): 55.6 KB.
 * 56,962 B (+34 B) with an abbreviation's full stop before a bracketed aside and a small letter ('Jr. (England)
 * steigt …') inside the sentence (key-points/sentences.ts): 55.63 KB.
 * 57,035 B (+73 B) with a reply not given ('… declined to comment.') a weak key point (vocabulary/pointer-phrases.json):
 * 55.7 KB.
 * 2026-12-05 (nineteenth session, lead): 56,943 B (+105 B) with a heading that is only a web address left out of the
 * outline (outline-furniture.ts isWebAddressOnly): 55.61 KB. 57,025 B (+82 B) with a byline line of its label and a
 * name as plain text ("von Alexander Rosenkranz", byline-label.ts isLabelAndName): 55.69 KB. 57,065 B (+40 B) with
 * labels of events to come ("Termine", "Upcoming events", "Agenda") furniture in the related lexicon: 55.73 KB.
 * s19-keys merged with the lead's: 57,231 B: 55.89 KB. 57,258 B (+27 B) with German weekdays' shorthand before a date
 * ('am Mi. 5. Februar') and a question closed by '?!' weak: 55.92 KB.
 * 2026-12-05, s19-eyes2: 56,855 B (+17 B) with a block named like furniture that holds most of its part's text in
 *   prose kept by the cleaning (clean.ts NAMED_STORY_MIN_SHARE): 55.53 KB.
 *   56,891 B (+36 B) with the title again alone in a block before the text's first paragraph no line of the body
 *   (body-lines.ts isOpeningLine): 55.56 KB.
 *   56,915 B (+24 B) with a sentence going on after a quoted '!' or '?' before a lower-case word ("the 'a-ha!'
 *   moment": key-points/sentences.ts): 55.59 KB.
 *   56,945 B (+30 B) with a list that opens with a byline label and its value ("Autor: www.example.pl") no bullets
 *   (byline-label.ts isBylineLabelLine): 55.62 KB.
 *   56,979 B (+34 B) with a video's label ("Video: …", "En vidéo, …") a gallery label, no heading or bullet
 *   (vocabulary/gallery-labels.json, furniture-text.ts): 55.65 KB.
 *   57,019 B (+40 B) with a list item that holds the heading after it placed under that heading (outline.ts): 55.69 KB.
 * s19-eyes2 merged with the rest: 57,432 B: 56.09 KB.
 * 2026-12-05, s19-eyes: 56,846 B (+8 B) with a donation appeal's box ("donate") left out as a sign-up box: 55.52 KB.
 * 56,880 B (+34 B) with a breadcrumb trail whose last item, the page itself, has no separator: 55.55 KB. 56,914 B
 * (+34 B) with a JSON-LD publisher named as the page's generator ('Blogger') no site name: 55.59 KB. 56,956 B (+42 B)
 * with the line right under the headline read as the date when it is a date alone: 55.63 KB. 56,966 B (+10 B) with a
 * related block labelled by a count alone ('(32)', a blog archive's month) read as a site-wide list: 55.64 KB.
 * 57,023 B (+57 B) with the byline's line in the text ('Von Georg Kasch') no body text: 55.69 KB.
 * s19-eyes merged with the rest: 57,623 B: 56.28 KB. 57,634 B (+27 B since the review's mends) with a speaker's label of
 * a first name and a name ('Karin Fischer: …') weak as a key point: 56.29 KB. 57,642 B (+8 B) with a dateline's hyphened
 * place and a state's short name before the station ('SOUTHWEST MIAMI-DADE, FLA. (WSVN) - '): 56.3 KB. 57,712 B (+70 B)
 * with a press release's date in figures opening a paragraph ('01.02.2022 „Der …') no part of a key point: 56.36 KB.
 * 57,738 B (+26 B) with a byline line of another shape ('Autor: www.example.pl') no body text: 56.39 KB.
 * 2026-12-05, s19-eyes4: 57,704 B (+62 B) with the title cut at a separator spaced on one side only after the h1's
 * headline ('Koncesjonowana opozycja -Leszek Jażdżewski'): 56.36 KB. 57,780 B (+76 B) with one heading that holds the
 * title and a kicker no section ('… ZdK-Präsidentin "Reformstau lösen"'): 56.43 KB. 57,805 B (+25 B) with that heading
 * no reading text either and a bold line no such heading: 56.46 KB.
 * s19-eyes4 merged with the rest: 57,892 B: 56.54 KB.
 * 2026-12-05, s19-eyes3: 57,728 B (+86 B) with a full stop the headline writes inside a name ('The VW ID. SPACE
 * VIZZION') kept inside the key point's sentence (key-points/sentences.ts stopInHeadline): 56.38 KB. 57,766 B
 * (+38 B) with a site's name after a topic that an h2 states alone on a page without an h1 cut (metadata/title.ts):
 * 56.42 KB. 57,800 B (+34 B) with a block around a form left out, of less than 80 characters, the form's box (its
 * 'Sent' / 'Error' lines; detect/clean.ts): 56.45 KB. 57,808 B (+8 B) with a dateline that names the paper a story
 * was taken from 'via' the agency ('KVELLER via JTA — '): 56.46 KB.
 * s19-eyes3 merged with the rest: 58,036 B: 56.68 KB. 58,070 B (+34 B) with the final review's mends (one numeric-date
 * pattern for the body's lines and the key points' datelines; the headline's stops tested only when it writes one): 56.71 KB.
 * 2026-12-05 (twentieth session, lead): 58,409 B (+339 B) with a short sentence that opens leaning on the one before
 * ('And that means …', 'Denn …'; vocabulary/leaning-openers.json, eight languages) a weak key point: 57.05 KB.
 * 2026-12-05, s20-eyes: 58,097 B (+27 B) with a list's label in the box that holds the list too headed by the label's
 * own element, not the box (honest-items.ts ownLabelElement; ehow-1): 56.74 KB. 58,125 B (+28 B) with a name of 2–4
 * capitalised words after the h1's headline in the title, its separator lost, cut off (metadata/title.ts): 56.77 KB.
 * 58,172 B (+47 B) with a company's legal form ('Corp.', 'Inc.', 'Ltd.') before a name kept inside the key point's
 * sentence (key-points/sentences.ts COMPANY_FORMS): 56.81 KB. 58,195 B (+23 B) with a single link's label read
 * above its line inside its box when the box has none ('Tags' over a tag list: related/features.ts): 56.84 KB.
 * s20-eyes merged with the lead's: 58,538 B: 57.17 KB.
 * 2026-12-05, s20-reader: 58,150 B (+80 B) with a declared author's glued-on site name left out ('Finian Cunningham.
 * Sputnik International'; metadata/byline.ts): 56.79 KB. 58,172 B (+22 B) with an advertising label between dashes
 * or in brackets ('- Anzeige-'; body-lines.ts): 56.81 KB.
 * s20-reader merged with the rest: 58,644 B: 57.27 KB.
 * 2026-12-05, s20-eyes2: 58,103 B (+33 B) with a title that is the site's declared name giving way to the single h1
 *   (metadata/title.ts siteNameAsTitle): 56.75 KB.
 *   58,150 B (+47 B) with a one-word title meta that names the section giving way to the <title>'s headline that the
 *   h1 ends with (sectionNameAsTitle): 56.79 KB.
 *   58,195 B (+45 B) with a picture's credit marked like a byline (a credit's class, or '©' right before it) no
 *   byline (metadata/byline-elements.ts isPictureCredit): 56.84 KB.
 *   58,294 B (+99 B) with a list of one item that is one link to the site's own page (left out of the body) no
 *   bullet (outline-furniture.ts isOneLinkList): 56.93 KB.
 *   58,311 B (+17 B) with a share button's label no body line when it is not a link too ('Social Share' loose before
 *   a bar of icons; 'Print', 'E-Mail:') and after a word ('Beitrag teilen'; body-lines.ts, furniture-text.ts): 56.95 KB.
 *   58,458 B (+147 B) with a place or a name before the date under a headline (any h1) and a German month's name
 *   read ('Lübeck, 31. März 2003'; metadata/dates.ts): 57.09 KB.
 *   58,480 B (+22 B) with an h1 in a cookie notice's modal not counted by the site-name title's h1 (in Chromium
 *   the page's script adds one): 57.11 KB.
 * s20-eyes2 merged with the rest: 59,085 B: 57.71 KB. 59,117 B (+32 B) with 'or' and its kin ('Or even …', 'Oder', 'Ou')
 * among the openers that lean on the sentence before: 57.74 KB.
 * 2026-12-05, s20-eyes3: 59,154 B (+37 B) with another page of the same thread, numbered at the path's end
 *   ('…-33.html' of '…-34.html'), no related story (related/targets.ts PAGE_NUMBER): 57.77 KB.
 *   59,202 B (+48 B) with a dateline beside the h1 read after more teaser bylines than the date rules look into
 *   (metadata/dates.ts besideHeadline): 57.82 KB.
 * s20-eyes3 merged with the rest: 59,183 B: 57.8 KB.
 * 2026-12-05 s20-eyes4: 59,170 B (+53 B) with 'Iklan' an ad label and a filing line whose tags are all links ('Filed
 * under: <a>…</a> |') no body line (body-lines.ts): 57.79 KB. +6 B with a dateline's place cut short with a stop
 * ('ST. JOSEPH, Mich. (AP) — ', key-points/dateline.ts): 57.79 KB still.
 * s20-eyes4 merged with the rest: 59,237 B: 57.85 KB. 59,246 B (+9 B) with the second review's mend (a link's path
 * numbered like another page of the thread only when it starts as the page's does: related/targets.ts): 57.86 KB.
 * 2026-12-05, s21-eyes2: 59,278 B (+32 B) with a headline after a section's name that h1s state both alone
 *   ('Fachmeldungen - Headline', metadata/title.ts): 57.89 KB. 59,386 B (+108 B) with a date after its label's words
 *   ('Datum: 18.10.2021', not 'Aktualisiert am …') and the byline area one box further up (metadata/dates.ts): 58 KB.
 * 2026-12-05, s21-eyes: 59,381 B (+135 B) with the date read from a <time datetime> on the line above the h1, or from
 *   the only one after it (metadata/dates.ts): 57.99 KB. 59,411 B (+30 B) with a site-name meta that is the page's
 *   whole <title> of one part and more than four words no site name (metadata/site-name.ts): 58.02 KB.
 * s21-eyes and s21-eyes2 merged: 59,567 B: 58.18 KB.
 * 2026-12-05, s21-leftovers: 59,284 B (+38 B) with a 'Name – tagline' site name read as its name when the parts
 *   do not tell, and a hosted blog's own label as its host's name (metadata/site-name.ts): 57.9 KB. 59,288 B (+4 B)
 *   with an author's photo no picture. 59,322 B (+34 B) with an author box's label ('Über den Autor') left out
 *   with the box left out as a bio (furniture-blocks.ts labelsLeftOut): 57.93 KB.
 * s21-leftovers merged with the rest: 59,634 B: 58.24 KB.
 * 2026-12-05 s21-trailing: 59,678 B (+432 B) with the site's own lines at the body's end (a call to subscribe, to get
 * its app, to follow its channel, its comment rules) no body text (site-appeals.ts and its vocabulary): 58.28 KB.
 * s21-trailing merged with the rest: 60,097 B: 58.69 KB. 60,266 B (+169 B) with the lead's mend of its site appeals
 *   (a channel needs a channel's noun or a call to follow and a voice; a donation the reader addressed): 58.86 KB.
 * 2026-12-05, s21-eyes3: 59,744 B (+110 B) with a section's heading in a box named as its header kept
 *   (heading-wrapper.ts): 58.35 KB.
 * s21-eyes3 merged with the rest: 60,371 B: 58.96 KB.
 * 2026-12-05, twenty-second session, the lead: 60,393 B (+22 B) with a bracketed ordinal date kept in its sentence,
 *   a byline's label and a name as a heading, an author box's bullets: 58.98 KB.
 * 2026-12-05, s22-leftovers: 60,584 B (+213 B) with a CMS account's login no byline ('jdadmin', 'Super User',
 *   'KWCHCIK': metadata/byline-account.ts): 59.17 KB. 60,706 B (+122 B) with a comment policy's paragraph (up to 800
 *   characters: the site's right to cut or delete comments, their views not necessarily its own) a site's line
 *   after the text (site-appeals.ts and its vocabulary): 59.29 KB. 60,720 B (+14 B) with loose text right before the
 *   title heading read as a line of its own, so a kicker there is one ('<time>…</time> | Kicker<h1>', content.ts):
 *   59.3 KB.
 * s22-leftovers merged with the lead's rules: 60,743 B: 59.32 KB. 60,753 B (+10 B): a figure's or header's bullets
 *   stay when its text leaves the body: 59.33 KB.
 * 2026-12-05, s22-eyes: 60,478 B (+107 B) with an h2 of the title's words kept as a section when a heading of the
 *   page states more of the title (title-heading.ts): 59.07 KB. 60,537 B (+59 B) with an inline date or dateline
 *   that the sentence goes on from kept in the text (body-noise.ts): 59.12 KB. 60,660 B (+123 B) with the page's own
 *   day where a moment declared in UTC falls on the day before there (metadata/dates.ts): 59.24 KB.
 * s22-eyes merged with the rest: 61,059 B: 59.63 KB.
 * 2026-12-05, s22-eyes2: 60,428 B (+57 B) with the box around a hidden <textarea> that holds markup (a post held back
 *   until the reader consents: 'Twitter freischalten') no story (detect/embeds.ts, clean.ts): 59.02 KB.
 *   60,443 B (+15 B) with a heading's link ('<h2><a>…</a></h2>') the related story's headline over its teaser's
 *   summary linked beside it (related/title.ts): 59.03 KB.
 *   60,526 B (+83 B) with a label of other stories that ends the text ('Neueste Blogbeiträge', 'Popular this week',
 *   'Tags'), also once a box after it is left out, no body text (honest-items.ts isBoxLabel): 59.11 KB.
 * s22-eyes2 merged with the rest: 61,193 B: 59.76 KB. 61,233 B (+40 B) with a call to action after a tip's short label
 *   ('Pro tip: Learn more about …'; furniture-text.ts): 59.8 KB.
 * s22-eyes2 merged with the rest: 61,193 B: 59.76 KB.
 * 2026-12-05, s22-teasers: 61,374 B (+181 B) with a heading over cards of the site's other stories at the flow's end
 *   (each story linked twice, by its picture) no section, the cards no body text (teaser-cards.ts): 59.94 KB.
 * s22-teasers merged with the rest: 61,416 B: 59.98 KB. 61,470 B (+54 B) with a short label's list of short items
 *   a weak key point (key-points/weak.ts): 60.03 KB.
 * 2026-12-05, s22-eyes3: 61,068 B (+9 B) with a date's byline area's indentation counted as one space
 *   (metadata/dom-text.ts): 59.64 KB. 61,182 B (+114 B) with no key point from a line a hard line break cut or
 *   one that ends with a comma (key-points/index.ts): 59.75 KB. 61,270 B (+88 B) with a call to support the site's
 *   journalism as a site appeal (vocabulary/site-appeals.json): 59.84 KB. 61,321 B (+51 B) with no key point that
 *   holds a CDN's placeholder of an e-mail address (key-points/filters.ts): 59.89 KB.
 * s22-eyes3 merged with the rest: 61,764 B: 60.32 KB.
 * 2026-12-06, s23-video: 61,817 B (+53 B) with a video host's player keeping the box around it from being dropped as
 *   empty (page-walk.ts; embeds.ts isVideoPlayer), so that the reader shows it as a link: 60.37 KB.
 *   61,845 B (+28 B) with the capitals-account rule on Latin letters without their marks (byline-account.ts): 60.40 KB.
 * 2026-12-06, s23-eyes: 61,791 B (+27 B) with a short label before the title's colon dropped when the single h1
 *   states the rest alone (metadata/title.ts): 60.35 KB. 61,816 B (+25 B) with a title's short last part that opens
 *   with the host's name cut off (metadata/site-name.ts opensWithHostName): 60.37 KB. 61,819 B (+3 B) with the title
 *   handed to the block reader (analyze.ts): 60.38 KB.
 * s23-eyes merged with the rest: 61,906 B: 60.46 KB.
 * 2026-12-06, s23-eyes2: 61,830 B (+66 B) with the page's view counter no body line ('37 views', 'Post Views: 22';
 *   body-lines.ts, vocabulary/reading-time.json): 60.39 KB. 61,912 B (+82 B) with an element named as a date
 *   between the headline and the text's first paragraph read as the date (metadata/dates.ts): 60.47 KB. 61,980 B
 *   (+68 B) with a JSON-LD date that a meta writes in UTC checked against the byline's day, a byline area's boxes of
 *   one box passed through to its lines (metadata/dates.ts): 60.53 KB.
 * s23-eyes2 merged with the rest: 62,141 B: 60.69 KB.
 * 2026-12-06, s23-leftovers: 61,932 B (+165 B on main's 61,767 B) with a hand-wrapped line that the next goes on from
 *   in small letters joined with it in the body (detect/wrapped-lines.ts): 60.49 KB. 62,050 B (+118 B) with a label
 *   of some words whose list's items end its sentence ('This could occur:' · 'if …, or') no heading (honest-items.ts
 *   labelsList): 60.6 KB. 62,089 B (+39 B) with a section's name over the headline's kicker, both the text's first
 *   lines, no body text either ('Blog', 'DIY: …'; honest-items.ts kickerLines): 60.64 KB. 62,116 B (+27 B) with a
 *   pull quote's speaker named as its attribution kept (body-noise.ts speaksQuote): 60.67 KB.
 * s23-leftovers merged with the rest: 62,512 B: 61.05 KB.
 * 2026-12-06, s23-eyes4: 62,523 B (+11 B) with a date alone, perhaps after a place, on the line right above the
 *   headline read as the date (metadata/dates.ts fromLineBeforeHeadline): 61.06 KB. 62,541 B (+18 B) with a record's
 *   number ('89/2022') no heading (honest-items.ts RECORD_NUMBER): 61.08 KB. 62,671 B (+130 B) with a title meta that
 *   is the site's text for a shared link passed over for the h1 (metadata/share-text.ts): 61.21 KB.
 * 2026-12-06, s23-reltitles: 62,567 B (+55 B) with a previous / next label before a related link's headline dropped,
 *   a one-word headline after it kept (related/title.ts visibleText): 61.11 KB. 62,654 B (+87 B) with a previous / next
 *   link's headline read from the page head's <link rel="prev" title=…> (related/sequence-link.ts): 61.19 KB. 62,678 B
 *   (+24 B) with a date after a function word kept in a related title ('… to know for May 2'; related/title.ts): 61.21 KB.
 *   62,730 B (+52 B) with a bold headline opening a related link's text taken without the teaser's words after it
 *   (related/title.ts titleOfLink): 61.26 KB.
 * s23-reltitles merged with the rest: 62,880 B: 61.41 KB.
 * 2026-12-06, s23-eyes3: 62,576 B (+64 B) with a closing call to the reader (share, join, listen) no line of the text's
 *   end, a note on the article kept (site-appeals.ts, furniture-text.ts isCallToReader): 61.11 KB. 62,784 B (+208 B) with
 *   a last section that names the site and speaks to the reader left out (site-appeals.ts withoutSiteSection): 61.32 KB.
 *   62,810 B (+26 B) with a video player's length alone ('8:09') no line of the text's end (site-appeals.ts): 61.34 KB.
 *   62,826 B (+16 B) with a filing label a note, not a call to the reader (a sentence after 'Filed under:' kept): 61.36 KB.
 *   62,840 B (+14 B) with a copyright notice a note as well (an agency's '… All Rights Reserved.' kept): 61.37 KB.
 * s23-eyes3 merged with the rest: 63,249 B: 61.77 KB.
 * 2026-12-06, s23-eyes5: 63,259 B (+10 B) with a pull quote set as a heading no heading (content-kinds.ts isPullQuote):
 *   61.78 KB.
 * 2026-12-06, s23-dangling: 63,335 B (+86 B) with the headings over the site's last section left out with it and the
 *   outline's cut at it read in document order (dom.ts comesAfter, not linkedom's compareDocumentPosition): 61.86 KB.
 * s23-dangling's first commit merged with the rest: 63,381 B: 61.9 KB.
 * 2026-12-06, s23-boldheads: 63,280 B (+31 B) with bold lines shown beside one real heading, under it: 61.80 KB.
 * s23-boldheads merged with the rest: 63,417 B: 61.94 KB.
 * 2026-12-06, the review since c1629b6: 63,442 B (+25 B) with the site section's key as the read layer's nameKey and
 *   the head's prev / next links read from the <head>'s children, not a whole-document query: 61.96 KB.
 * 2026-12-06, s24-lead: 63,693 B (+251 B) with the page's own story chosen in a stack of stories (an endless scroll:
 *   stacked-articles.ts; dom.ts partingBoxes shares comesAfter's ancestor chains): 62.21 KB.
 * 2026-12-06, s24-eyes: 63,461 B (+19 B) with a separator that ends the <title> with nothing after it dropped ('Über
 *   André Loibl | '; metadata/title.ts): 61.98 KB. 63,463 B (+2 B) with a copyright notice among three parts or more
 *   of a footer's row no body line, with no year ('IMPRESSUM | DATENSCHUTZ | COPYRIGHT …'; body-lines.ts): 61.98 KB.
 *   63,532 B (+69 B) with the one heading of a rank among headings of the rank below, after the first of them, set
 *   beside them (an h2 slipped among h3s; outline.ts slippedRank): 62.05 KB.
 * s24-eyes merged with the rest: 63,805 B: 62.31 KB.
 * 2026-12-06, s24-eyes2: 63,592 B (+150 B) with an RDFa date property read where the page marks no other date, not a
 *   comment's (metadata/rdfa-date.ts, vocabulary/date-properties.json): 62.11 KB. 63,666 B (+74 B) with a heading of
 *   the flow that is all one link to another story of the site and heads nothing no section (teaser-cards.ts): 62.18 KB.
 *   63,744 B (+78 B) with a sentence naming the piece's sponsor a weak key point (vocabulary/pointer-phrases.json): 62.25 KB.
 * s24-eyes2 merged with the rest: 64,117 B: 62.62 KB.
 * 2026-12-06, s24-leftovers: 63,446 B (+4 B) with the standfirst's two options passed to the block reader; 63,457 B
 *   (+11 B) with a name whose words stand in another order the same name (read/text.ts isSameName: a byline that
 *   repeats the site's name reordered, gruene-bundestag 0579): 61.97 KB. 63,543 B (+86 B) with a link of the page's
 *   own numbered address shape a sibling article (related/targets.ts articleShape: "…/index-172.html" under "関連記事"
 *   on a page at "…/index-2726.html", zyte 85439e26): 62.06 KB. 63,606 B (+63 B) with a related title's
 *   trailing part that names the page's own site cut (related/site-suffix.ts, the title rule's stripSiteSuffix):
 *   62.12 KB. 63,653 B (+47 B) with a picture's credit after a related title's last separator cut ("| Foto:
 *   Reuters", furniture-text.ts isCreditLine): 62.17 KB.
 * s24-leftovers merged with the rest: 64,328 B: 62.83 KB.
 * 2026-12-06, s24-eyes3: 63,480 B (+38 B) with a part's lone wrappers, down its chain of lone children, read as the part
 *   (no caption or furniture by their class; content-kinds.ts partsAndLoneWrappers): 62.00 KB. 63,529 B (+49 B)
 *   with bold lines that open paragraphs, two or more, as the sections they name (content-kinds.ts openingLine): 62.05 KB.
 *   63,625 B (+96 B) with a loading notice ('Loading...', 'Lade weitere Inhalte ...') no line of the text (body-lines.ts,
 *   vocabulary/loading-notices.json): 62.14 KB.
 * s24-eyes3 merged with the rest: 64,511 B: 63.0 KB.
 * 2026-12-06, s24-keys: 63,486 B (+44 B) with a date in brackets opening a paragraph left out of its key point
 *   ('(21. November 2022) Energieverbraucher …'; key-points/dateline.ts): 62.00 KB. 64,062 B (+576 B) with a key point
 *   that opens with a pronoun or a connective pointing back weighed less until the sentence before it is taken
 *   (key-points/weak.ts leaningOf, vocabulary/pointing-openers.json, index.ts chooseSentences): 62.57 KB.
 * s24-keys merged with the rest: 65,114 B: 63.59 KB.
 * 2026-12-06, the lead: 65,206 B (+92 B) with a spaced two-letter abbreviation ('z. B.') no sentence's end and
 *   no key point that restates one taken with words added (key-points/rank.ts restates): 63.68 KB.
 * 2026-12-06, s24-sitename: 64,586 B (+75 B) with the <title>'s last part that names the host as the site's name when
 *   the page declares none, "›" a separator before it (metadata/title-site.ts): 63.08 KB. 64,640 B (+54 B) with the
 *   host as written and a name after an article ("The Times of Israel") the host's (site-name.ts namesHost,
 *   vocabulary/name-articles.json): 63.13 KB.
 * s24-sitename merged with the rest: 65,360 B: 63.83 KB.
 * 2026-12-06, s24-eyes5: 65,373 B (+13 B) with a related label over a list of the related stories' links no section
 *   ("Auch interessant:" over four of the blog's posts; outline-furniture.ts headsTeasers): 63.85 KB. 65,475 B
 *   (+102 B) with a standfirst set as the first heading, a sentence over the first section's heading, no section
 *   (detect/dek-heading.ts, trafilatura 0034): 63.95 KB.
 * 2026-12-06, s24-eyes4: 65,369 B (+9 B) with "am häufigsten gelesen" ("most often read") a site-wide list's label
 *   (related/lexicon/de.ts): 63.84 KB. 65,428 B (+59 B) with a link right after "©" a picture's credit, no related
 *   story (related/text.ts isCreditLink): 63.90 KB.
 * s24-eyes4 merged with the rest: 65,540 B: 64.01 KB.
 * 2026-12-06, s25-eyes2: 65,692 B (+152 B) with a pitch after the story that opens on the reader having liked it ("If
 *   you enjoyed this article, … Join …") a site appeal, and the heading over the site's appeals no section
 *   (vocabulary/site-appeals.json, detect/dangling-heads.ts; zyte f5c90a6d): 64.16 KB.
 * 2026-12-06, s25-eyes: 65,571 B (+37 B) with a call to follow a link, its "here" inside the sentence ('Erfahren Sie
 *   hier mehr über …', 'Click here to …'), a weak key point (vocabulary/pointer-phrases.json): 64.04 KB.
 *   65,649 B (+78 B) with an audio host's player (Spotify, SoundCloud, Bandcamp, Apple Music / Podcasts) kept as a link
 *   like a video's (vocabulary/video-embeds.json, the 'audio' group; detect/embeds.ts embedHosts): 64.12 KB.
 *   65,669 B (+20 B) with a picture's number between a credit's label and its colon ('Bild2: ©Geert Pieters …' as
 *   h6s: no sections; detect/furniture-text.ts isCreditLine): 64.13 KB.
 * 2026-12-06, s25-eyes (+135 B) and s25-eyes2 (+152 B), and the lead's (nav, related label), merged with the rest:
 *   65,855 B: 64.32 KB.
 * 2026-12-06, s25-leftovers (from 65,529 B on main): 65,675 B (+146 B) with a bold line that ends on an abbreviation's
 *   stop ("Steinkauz und Co.") or is a numbered point's title ("1. Freude und Leichtigkeit.") no sentence
 *   (content-kinds.ts isTitleWithStop, key-points/abbreviation-end.ts endsWithAbbreviation): 64.14 KB. 65,828 B
 *   (+153 B) with a name whose host spells its letters in ASCII ("Schweizer Jäger" on schweizerjaeger.ch, "ä" as
 *   "ae" or "a") and a host's name of words before the publication's ("Schweizer Jäger Online"; metadata/site-name.ts
 *   hostSpellings, vocabulary/host-letters.json): 64.29 KB.
 * 2026-12-06, s25-leftovers (+299 B) merged with the rest: 66,114 B: 64.57 KB.
 * 2026-12-06, s25-eyes3: 65,728 B (+36 B) with an h1 of a kicker and then the whole title the title's heading
 *   (detect/title-heading.ts), and a date line above the headline read past an empty share box
 *   (metadata/dates.ts; trafilatura 0676): 64.19 KB. 65,778 B (+50 B) with a long list of which few items read as
 *   headlines a menu, not related stories (related/features.ts sizeFeature; 0676's sitemap): 64.24 KB.
 * 2026-12-06, s25-eyes3 (+86 B) merged with the rest: 66,229 B: 64.68 KB.
 * 2026-12-06, s25-parity: 66,247 B (+18 B on main's 66,229 B) with a named anchor (<a name>, no href) no link text
 *   (detect/link-weight.ts; trafilatura 0436 in Chromium): 64.70 KB.
 * 2026-12-06, s25-leftovers2: 66,406 B (+292 B) with an author box told by its shape, a byline's label over a name's
 *   heading (detect/author-box.ts, byline-label.ts isPlainName; trafilatura 0039), and a picture's caption set as an
 *   italic heading under it no section, the reader's headings that are none shown as lines (detect/caption-headings.ts,
 *   the option analyze.ts passes; trafilatura 0030, 0228): 64.85 KB. 66,645 B (+239 B) with a relative pronoun
 *   opening a key point leaning at any length, on a page of unknown language too ("Which is not to say …";
 *   key-points/weak.ts, vocabulary/leaning-openers.json 'relatives'; zyte ef4e67b6): 65.09 KB.
 * 2026-12-06, s25-leftovers2 (+531 B) and s25-parity (+18 B) merged with the rest: 66,779 B: 65.22 KB.
 * 2026-12-06, s25-eyes4 (from 66,114 B on main): 66,167 B (+53 B) with a JSON-LD node typed by `type`, schema.org's
 *   alias of `@type` (metadata/json-ld.ts typeNames), and a breadcrumb's h1 stating part of the title leaving the
 *   story's h2 that states all of it out of the text too (title-heading.ts TitleRepeat); 66,258 B (+91 B) with the
 *   picture of a box named "media" and nothing else negative, no player or link in or around it, kept
 *   (boilerplate.ts isPictureBox): 64.71 KB.
 * 2026-12-06, s25-eyes4 (+144 B) merged with the rest: 66,925 B: 65.36 KB.
 * 2026-12-06, s25-eyes5: 66,971 B (+46 B) with a numeric date after more than a label's words kept as text, not a
 *   stamp (body-lines.ts isDateStamp; talent.ch 0214), and a "Label: value" line no list's label (honest-items.ts
 *   LABELLED_VALUE); 67,156 B (+185 B) with a paywall's notice at the text's end and the offer after it left out
 *   (site-appeals.ts paywallNotice, vocabulary/site-appeals.json 'paywall'; haitiantimes 0961): 65.59 KB.
 * 2026-12-06, s25-leftovers3: 67,155 B (+230 B on main's 66,925 B) with a credit's label joined by a slash to a
 *   section's name no credit ("Credits / Resources"; furniture-text.ts joinsSectionName, credits.json 'sections';
 *   trafilatura 0436), and a linked credit line that ends with its picture library left out of the body
 *   (furniture-text.ts isCreditParagraph, labels 'titelbild', 'beitragsbild'; trafilatura 0104): 65.59 KB. 67,324 B
 *   (+169 B) with the date the text opens with dating a page no markup rule dated (metadata/opening-date.ts;
 *   trafilatura 0980): 65.75 KB.
 * 2026-12-06, s25-leftovers3 (+399 B) merged with the rest: 67,514 B: 65.94 KB.
 * 2026-12-06, s25-slow2: 67,008 B (+83 B) with the date rules' byline areas read once (metadata/dom-text.ts
 *   shortSpacedTextTest, dates.ts fromBylineLines) and a related link's title text tested once (title.ts
 *   titleOfLink): 65.44 KB.
 * 2026-12-06, s25-slow2 (+83 B) merged with the rest: 67,604 B: 66.02 KB. The review's mends (the empty-box and
 *   opening-date tests read bounded text): 67,614 B (+10 B): 66.03 KB.
 * 2026-12-06 (twenty-sixth session, lead): 67,698 B (+84 B) with a <nav> left out of every attempt and a page whose
 *   text is only a form's labels told as no article (detect/form-page.ts): 66.12 KB.
 * 2026-12-06, s26-eyes2: 67,659 B (+45 B) with a bold run that ends on its own <br> opening a paragraph as a line of
 *   its own (content-kinds.ts openingLine; trafilatura 0562), and contents lists naming real headings only
 *   (outline-furniture.ts contentsItems): 66.08 KB. 67,759 B (+100 B) with the day of a date line whose clock Date.parse
 *   cannot read with it ("November 20, 2019 - 11:28 AMT": date-zones.ts dayBeforeClock; zyte d90bda7e): 66.18 KB.
 *   67,822 B (+63 B) with a site's name whose letters drawn with a stroke its host writes bare or spelled out
 *   ("Ørsted" on orsted.de: site-name.ts hostSpellings, vocabulary/host-letters.json; trafilatura 0733): 66.24 KB.
 *   67,866 B (+44 B) with a key point after a press release's place and date, the day first ("Wien, 14. Dezember
 *   2021 – "; key-points/dateline.ts; trafilatura 0562): 66.28 KB.
 * 2026-12-06, s26-eyes2 (+252 B) and the lead's <nav> rule (+84 B) merged with the rest: 67,953 B: 66.37 KB.
 * 2026-12-06, s26-eyes: 67,703 B (+5 B) with the screen-reader class test one module the page walk and the block
 *   reader share (detect/screen-reader.ts; its vocabulary + 'off-screen', bbc.com): under the ratchet. Merged with
 *   the rest: 67,958 B, under 66.37 KB.
 * 2026-12-06, s26-article: 67,716 B (+102 B) with the body reader's author-box test told by the walk's tree (walk-tree.ts
 *   secondChildTag), the furniture rules' texts normalised once (teaser-lists.ts normaliser), each paragraph's repeat
 *   key made once (honest-items.ts withoutRepeatedParagraphs) and a label line's next element asked before its words
 *   (furniture-blocks.ts labelsLeftOut); output the same on all 551 pages: 66.13 KB.
 * 2026-12-06, s26-article (+102 B) merged with the rest: 68,045 B: 66.46 KB.
 * 2026-12-06, s26-meta: 68,060 B (+102 B on main's 67,958 B) with two date rules read without a whole-page query
 *   each: the only <time datetime> after the headline from the times the byline query finds (page-scan.ts
 *   datingTimes), the element named as a date before the text by a walk from the headline (metadata/before-text.ts):
 *   66.47 KB.
 * 2026-12-06, s26-meta (+102 B) merged with the rest: 68,152 B: 66.56 KB.
 * 2026-12-06, s26-leftovers: 68,328 B (+176 B on main's 68,152 B) with a line of the story that links, written as a
 *   <div>, kept when it ends a sentence outside its links once the story has begun (detect/linked-sentence.ts;
 *   trafilatura 0159; clean.ts's counts moved to clean-counts.ts, what judging a block reads passed as one object),
 *   and a part of the title that a parallel heading completes taken for a section's heading, not the title's repeat
 *   (title-heading.ts splitsTitle; trafilatura 0715): 66.73 KB.
 * 2026-12-06, the second review's mends (one memo helper for three caches, read/memo.ts; the opening date's tests
 *   from before-text.ts and read/tags.ts): 68,311 B (-17 B): lowered to 66.72 KB.
 * 2026-12-06, s27-related: 68,442 B (+131 B) with a list nothing says is related (no related label, class words or
 *   previous / next link) listed only when most of its headlines share a term with the article's (related/topic.ts,
 *   run-score.ts SILENT; a "Features" column beside the story, zyte c7e39ac4): 66.84 KB. 68,491 B (+49 B) with a
 *   picture box's repeats of its headline (caption, overline, link) not counted in what it says (features.ts boxSays;
 *   trafilatura 0716): 66.89 KB.
 * 2026-12-06, s27-eyes: 68,326 B (+15 B) with a sentence that opens with a comma, semicolon or colon taken for no key
 *   point (key-points/filters.ts OPENS_MID_SENTENCE, +9 B) and "mathjax" among Readability's names that rescue an
 *   unlikely one (a formula's box named for its context menu, "MathJax CtxtMenu_Attached_0", +6 B): 66.73 KB.
 *   68,354 B (+28 B) with a declared description without three letters in a row taken for none ("&#xg; 😭 😭 � �",
 *   metadata/excerpt.ts; readability/005-unescape-html-entities): 66.76 KB.
 * 2026-12-06, s27-eyes (+43 B) merged with the rest: 68,538 B: 66.94 KB.
 * 2026-12-06, s27-leftovers: 68,410 B (+99 B on main's 68,311 B) with a dateline under the headline, a date and a
 *   person's name joined by a dash, bar or bullet, read as the date and the byline ("25.10.2022 - Reiner Nagel";
 *   metadata/dateline.ts; trafilatura 0778): 66.81 KB. 68,607 B (+197 B) with a picture's box of the picture, a <br>
 *   and a short line that ends no sentence left out of the body as its caption (detect/caption-box.ts, author-box.ts
 *   isBodyNoiseBlock; trafilatura 0598): 67 KB. 68,654 B (+47 B) with a block whose class names it a signature
 *   (a forum post's app signature, 'tapatalkSignatur'; body-noise.ts, vocabulary/noise-names.json 'signatures';
 *   trafilatura 0394) no body text: 67.05 KB. 68,721 B (+67 B) with a caption there that opens with the picture's
 *   number a caption whatever its end ('Abbildung 3: …'; caption-box.ts, vocabulary/figure-labels.json; 0551): 67.12 KB.
 * 2026-12-06, s27-leftovers (+429 B) merged with the rest: 68,967 B: 67.36 KB.
 * 2026-12-06, s27-headings: 68,495 B (+4 B) with <font> read as phrasing, as Readability.js reads it (a <font> run split
 *   its text block, whose box then lost its headings: readability replace-font-tags; detect/page-walk-tags.ts): 66.89 KB.
 *   68,520 B (+25 B) with <u>, <s>, <strike>, <tt>, <big>, <nobr>, <bdi>, <acronym> read as phrasing too: 66.92 KB.
 * 2026-12-06, s27-headings (+27 B) merged with the rest: 68,994 B: 67.38 KB.
 * 2026-12-06, s27-speed: 68,388 B (+77 B) with what the page walk read not read again: each text's collapsed length
 *   kept in its record for the cleaning (walk-tree.ts lengths), a link's text for the related stage (linkText): 66.79 KB.
 *   68,412 B (+24 B) with a memo's new key found by one lookup (read/memo.ts: no `has` after a miss): 66.81 KB.
 *   68,454 B (+42 B) with the paths above a small box's links compared pair by pair, no set of sliced paths made per
 *   box (related/targets.ts pathsAbove): 66.85 KB. 68,506 B (+52 B) with the article's offer words searched line by
 *   line, not in one joined copy of its whole text (furniture-blocks.ts linesHoldOfferSignals): 66.91 KB.
 * 2026-12-06, s27-speed (+184 B) merged with the rest: 69,178 B: 67.56 KB.
 * 2026-12-06, s27-keys: 69,124 B (+130 B) with a picture's caption line (a block of a picture, a line break and one
 *   italic line, no <figcaption>) a loose key point (detect/key-points/caption-line.ts; readability/medicalnewstoday
 *   took its caption as its first point): 67.51 KB. 69,351 B (+227 B) with a sentence that opens with an answer and
 *   a comma ('Well, him and the artist, …', 'Yes, …', 'Okay, …') pointing back (key-points/weak.ts,
 *   vocabulary/leaning-openers.json 'answers', eight languages; readability/article-author-tag): 67.73 KB.
 * 2026-12-06, s27-keys (+343 B) merged with the rest: 69,521 B: 67.9 KB.
 * 2026-12-06, the review's mends: 69,494 B (-27 B: key-points/caption-line.ts reads the picture and the <br> with
 *   detect/caption-box.ts lineAfterPicture instead of a copy of that walk): 67.87 KB.
 * 2026-12-06, s27-keys2: 69,888 B (+394 B) with a sentence that announces the piece ('Today, we're going to talk
 *   about …', 'In diesem Überblick …'; vocabulary/announcing-openers.json, five languages) or introduces its author
 *   ('… my name is …', vocabulary/pointer-phrases.json) a weak key point (key-points/weak.ts; zyte c582d3b7): 68.25 KB.
 * 2026-12-06, the second review's mends: 69,841 B (-47 B: the key points' caption line asks caption-headings.ts
 *   isOneItalicRun, the heading's italic test, instead of a loop of its own; one letters test for a summary): 68.21 KB.
 * 2026-12-06, s28-debt: 69,804 B (-37 B) with one implementation of each twin primitive (read/pictures.ts a box of
 *   a picture and no text, read/dom.ts hasNoText and isTextLongerThan, read/text.ts foldApostrophes, one
 *   textSimilarity, related/url.ts reading URLs and hosts with the read layer's parseUrl and bareHost): 68.17 KB.
 *   69,772 B (-32 B) with the related stage's picture tags, the teaser cards' pictures and the ASCII letter tests
 *   asked of the same (read/pictures.ts isPictureTag, holdsPicture; text.ts isAsciiLetter): 68.14 KB.
 * 2026-12-06, s28-keys: 70,228 B (+387 B) with a note about the post ('(EDIT: removed the link …)', a sentence wholly
 *   in brackets, or a note's label and a colon: 'UPDATE (Dec. 5):', 'Anm. d. Red.:'; key-points/post-note.ts,
 *   vocabulary/post-notes.json, seven languages) and a sentence that opens with an ellipsis a weak key point
 *   (readability/medium-3): 68.59 KB. 70,837 B (+609 B) with a sentence that points back from inside its opening
 *   words (a demonstrative among its 2nd to 4th words, 'In diesem Fall …', or a subject pronoun after the opening
 *   phrase's comma, 'After that, they …'; key-points/leaning-inside.ts) or opens with a pronominal adverb ('Damit …',
 *   'Dazu …'), vocabulary/pointing-openers.json 'inside', 'afterComma', eight languages: 69.18 KB. 70,925 B (+88 B)
 *   with more openings that announce the piece ('Wir zeigen euch, wie …', 'Lasst uns …', 'Let's take a look …';
 *   vocabulary/announcing-openers.json): 69.27 KB.
 * 2026-12-06, s28-keys merged with the rest: 70,821 B: 69.17 KB.
 * 2026-12-06, s28-related-speed: 69,945 B (+104 B: a list's menu verdict read once per list, related/features.ts
 *   listFeature; a kicker told by the letters and digits of a long text, related/text.ts hasTextBefore): 68.31 KB.
 * 2026-12-06, s28-related-speed merged with the rest: 70,903 B: 69.25 KB.
 * 2026-12-06, the review's mends: 70,922 B (+19 B: one isAsciiAlphanumeric shared by the label lexicon and the related
 *   stage's long-text test; the title rule's word separator a named constant): 69.27 KB.
 * 2026-12-06, the lead: 70,957 B (+35 B) with a number after a profile word a person's, not an article's id
 *   ('/users/reader123456'; related/url.ts PROFILE_NEAR_END, url-words.json profileNearEnd): 69.3 KB.
 * 2026-12-06, s28-links: 71,061 B (+104 B: the related stage reads no title past the stories the outline shows,
 *   related/stories.ts listedStories, maxStories = bounds.ts MAX_RELATED): 69.4 KB.
 * 2026-12-06, s29-segments: 71,086 B (+25 B) with the page's host read from its canonical / og:url when the address
 *   given is no web address (a saved page's file:): a "Lea también: <a>…</a>" promotion line to the site's own story
 *   goes (analyze.ts siteHost; trafilatura 0959, 0968, 0983): 69.43 KB. 71,103 B (+17 B) with the
 *   French credit's word order a credit line ('Crédit photo : …', vocabulary/credits.json; trafilatura 0190, 0267):
 *   69.44 KB. 71,124 B (+21 B) with a blog post's closing meta line naming its comments beside trackbacks, pings or
 *   the RSS feed a site's line (vocabulary/site-appeals.json; trafilatura 0140, 0149): 69.46 KB.
 * 2026-12-06, s29-big: 71,094 B (+33 B: the cleaning's code-ancestor check reads the page walk's parents, dom.ts
 *   hasNearAncestorTag's parentOf; the furniture rules read a list item's list once, teaser-lists.ts listReader):
 *   69.43 KB.
 * 2026-12-06, s29-big merged with the rest: 71,160 B: 69.5 KB.
 * 2026-12-06, s29-meta: 71,322 B (+198 B; +165 B on ac85c1d: the related stage's subtree facts kept in a typed array
 *   by the walk's place, not a plain array that fell into dictionary elements, about 70 B; a leaf the walk read whole
 *   read without a frame, about 95 B; related/subtree-facts.ts): 69.66 KB.
 * 2026-12-06, s29-meta merged with the rest: 71,358 B: 69.69 KB.
 * 2026-12-06, s29-eyes: 71,231 B (+107 B) with a table's links that are its data kept (an ingredient linked to its
 *   product beside its quantity: a small table every row of which holds an unlinked datum is no box of links,
 *   detect/clean.ts; a linked cell beside one is no promotion line, detect/body-links.ts; detect/data-table.ts
 *   isTableOfData, isCellBesideDatum; trafilatura 0328): 69.57 KB. 71,407 B (+176 B) with a blog post's meta line
 *   that writes its date in words the date where the page marks none ('Erstellt am Dienstag 6. Mai 2014 um 23:30 …',
 *   detect/metadata/post-meta-date.ts, vocabulary/dates.json postMetaClasses; trafilatura 0149, 0343): 69.74 KB.
 * 2026-12-06, s29-eyes merged with the rest: 71,638 B: 69.96 KB.
 * 2026-12-06, s29-eyes2: 71,154 B (-6 B: the caption-name test a module of its own, detect/caption-names.ts, which
 *   the block reader shares); 71,400 B (+246 B) with a connective set off by commas after the sentence's subject
 *   leaning on the sentence before as one opening it does ("Israeli courts, however, have …": key-points/
 *   leaning-inside.ts, vocabulary/leaning-openers.json 'betweenCommas', five languages; zyte 833caf3b): 69.73 KB.
 * 2026-12-06, s29-eyes2 merged with the rest: 71,855 B: 70.18 KB.
 * 2026-12-06, s29-targets: 72,135 B (+280 B: a path with no slug separator, "%", id-long number nor year before "/"
 *   told for no article in the one scan, related/url.ts mayHoldArticleName; such a plain path told before the target
 *   reader's memo, isPlainPathOfNoArticle; the text between a run's items read from the page walk's tree,
 *   related/prose-text.ts, subtree-facts.ts siblingPlaces, one generator a run; a sub-page's key prefix written once,
 *   targets.ts; the hint's tag read once, page-index.ts): 70.45 KB.
 * 2026-12-06, s30-eyes: 72,158 B (+23 B: a JSON-LD publisher that is a news agency the host is not names no site,
 *   metadata/site-name.ts with furniture-text.ts isAgencyName; zyte eecd2575, d0382c0d): 70.47 KB. 72,205 B
 *   (+47 B) with a related headline cut with "…" completed from the alt of its card's picture, or a whole one's "..."
 *   dropped (related/untruncated.ts; trafilatura 0399, zyte c90731f0, 39d5c43b): 70.52 KB.
 * 2026-12-06, s30-keys: 72,519 B (+384 B) with the headline glued before a paragraph's first sentence read off its key
 *   point (key-points/glued-headline.ts; trafilatura 0682), a demonstrative before a noun of the headline standing on
 *   its own (leaning-inside.ts namesItsNoun, the headline's stems; l-mag 0642), and a comparison without its first term
 *   leaning ("Worse than …", leaning-openers.json 'comparatives' / 'than', seven languages; medium-3): 70.82 KB.
 *   72,528 B (+9 B) with a sentence that ends with an ellipsis a weak key point (a teaser cut short "…[...]",
 *   key-points/weak.ts; bummfilm 0236): 70.83 KB. 72,533 B (+5 B) with German "Darum …" leaning as "Deshalb …" does
 *   (leaning-openers.json; bundespraesident 0379): 70.84 KB.
 * 2026-12-06, s30-keys merged with the rest: 72,582 B: 70.89 KB.
 * 2026-12-06, s30-walk: 72,433 B (+298 B) with which attributes an element has read once by the page walk
 *   (getAttributeNames, read/attribute-names.ts and attribute-bits.ts, the walk tree's `attributes` column) and an
 *   attribute's value asked only of an element that has it (the walk's hidden, role, byline and href reads, the related
 *   stage's class-word climb, accessible names, landmark roles and a link's rel, the body reader's itemprop): 70.74 KB.
 * 2026-12-06, s30-walk merged with the rest: 72,843 B: 71.14 KB.
 * 2026-12-06, s30-node: 72,162 B (+27 B: no box asked for a <time datetime> on a page that has none,
 *   metadata/dates.ts fromBylineArea, fromHeadlineHeader, fromLineBeforeHeadline read the page scan's datingTimes
 *   first): 70.48 KB.
 * 2026-12-06, s30-node merged with the rest: 72,867 B: 71.16 KB.
 * 2026-12-06, s30-leftovers: 72,175 B (+40 B: +2 B with the letter-or-digit test shared from text.ts by the outline
 *   and the block reader; +38 B for a box label closed by an ellipsis read as by a colon, honest-items.ts isBoxLabel,
 *   "You may also like..." at the text's end, zyte 35b15891): 70.49 KB.
 * 2026-12-06, s30-leftovers merged with the rest: 72,881 B: 71.18 KB.
 * 2026-12-06, s30-eyes2: 72,905 B (+38 B) with an address on this machine or an IP ("127.0.0.1", "localhost") naming no
 *   site, as a file: one does: the canonical's site is the page's own (read/site.ts namedSiteHost, analyze.ts): 71.2 KB.
 * 2026-12-06, s30-eyes2 merged with the rest: 72,922 B: 71.22 KB.
 * 2026-12-06, session 30 (the lead): 72,945 B (+23 B) with "Here's a look at …" announcing the piece
 *   (vocabulary/announcing-openers.json; readability/gitlab-blog): 71.24 KB.
 * 2026-12-06, the review's mends: 72,917 B (-28 B: one trailing-ellipsis pattern, text.ts TRAILING_ELLIPSIS, for the
 *   related titles and the box labels; the date rules' selector written once): 71.21 KB.
 * 2026-12-06, s31-keys: 73,356 B (+439 B) with three key-point rules and their phrases in eight languages
 *   (key-points/weak.ts): a sentence that sends the reader to another piece ("… wie in unserer Reportage … zu lesen
 *   war.", pointer-phrases.json), one that announces what the piece shows next ("im Folgenden", "Nachfolgend …",
 *   announcing-openers.json `follows`), a later member of a series ("Zum anderen …", leaning-openers.json `series`):
 *   71.64 KB.
 * 2026-12-06, s31-eyes: 72,939 B (+22 B) with a byline element in an <article> nested in another no byline of the
 *   page's (a teaser card's source, a comment's author: metadata/byline-elements.ts isOutOfSight; latercera 0830):
 *   71.23 KB. 73,062 B (+123 B) with a JSON-LD author given by reference ({"@id": …}, Yoast's @graph) read from the
 *   node it points to, last, when the page names no one else (metadata/json-ld.ts, byline.ts referencedByline;
 *   blog.teufel.de 0228, tierschutzpartei.de 0598, rhein-neckar-loewen.de 0682): 71.35 KB.
 * 2026-12-06, s31-eyes (+145 B) merged after s31-keys: 73,497 B: 71.78 KB.
 * 2026-12-06, s31-regex: 73,206 B (+289 B) with the expressions that hold a Unicode letter class (the costliest a cold
 *   analysis compiles) asked only after a cheap test they need has passed (a dot and no space for a web address, the
 *   label's word for a byline label, a word found first for the site's appeals: vocabulary/word-starts.ts, …), so
 *   that the seed page's first analysis compiles 25 such expressions, not 41 (1 with the `i` flag, not 12): 71.5 KB.
 * 2026-12-06, s31-regex (+289 B) merged with the rest: 73,803 B: 72.08 KB.
 * 2026-12-06, s31-leftovers: 73,037 B (+120 B) with a label whose value the body leaves out going with it ("Tempo di
 *   lettura: <span class=date>3 minuti</span>", "Published: <time>…</time>": detect/dropped-labels.ts; trafilatura
 *   0458, 0432): 71.33 KB. 73,121 B (+84 B) with related stories at an address that names no site (a copy served
 *   from this machine) judged as on the canonical's site, their URLs resolved against the address given (analyze.ts,
 *   related/targets.ts shownBase, the site test by the link's key; trafilatura 0969): 71.41 KB.
 * 2026-12-06, s31-leftovers (+204 B) merged with the rest: 74,029 B: 72.3 KB.
 * 2026-12-06, s31-cold: 74,062 B (+259 B) with more of those expressions read without their class: a dateline's words
 *   counted before DATELINE (key-points/dateline.ts mayOpenWithDateline), a sentence's first words read with the one
 *   word expression (leaning-inside.ts firstWord, secondWord), ASCII classes for a name or a segment in ASCII
 *   (byline-account, site-name's initials, related targets' numbered name; text.ts NON_ASCII), so that the seed page's
 *   first analysis compiles 14 expressions with a letter class, not 25: 72.33 KB.
 * 2026-12-06, s31-cold (+259 B) merged with the rest: 74,264 B: 72.53 KB.
 * 2026-12-06, the review's mends: 74,300 B (+36 B: the word "by" of four languages written once, byline-label.ts
 *   BY_WORDS, for the five expressions that spelled it out; built from it, they no longer minify as literals):
 *   72.56 KB.
 * 2026-12-06, s31-eyes2: 74,347 B (+47 B: a link to a person's page, /author/ /profile/ /members/, is no related
 *   story; the href parts are a vocabulary now, author-pages.json, read by the byline too): 72.61 KB.
 * 2026-12-06, s32-segments: 74,383 B (+36 B: unsubscribing is an offer's word, vocabulary/offers.json, so that a
 *   newsletter box inside the text, "Sign up … / … unsubscribe … at any time", is an offer box); 74,417 B (+34 B) with
 *   an attempt that found only furniture about the article (an author's box) losing to a shorter one when every
 *   attempt is short (detect/short-attempts.ts), and an <audio>'s or <video>'s fallback text no text (the walk's
 *   NON_CONTENT tags): 72.68 KB.
 * 2026-12-06, s32-related: 74,570 B (+223 B: a previous / next post link, rel="prev|next", is a related story whatever
 *   its address looks like, on the page's own site and no listing: related/url.ts looksLikeSequenceUrl): 72.83 KB.
 *   74,638 B (+68 B: related labels in Polish and German, "by the same author" in four languages, German
 *   "Nachfolgender Beitrag": related/lexicon): 72.89 KB.
 * 2026-12-06, s32-related (+291 B) merged with the rest: 74,708 B: 72.96 KB.
 * 2026-12-06, s32-keys: 74,421 B (+74 B: an interview's questions give no key points, key-points/index.ts; a longer
 *   opening question counts among three shorter ones, content-kinds.ts INTERVIEW_QUESTION_MAX_CHARS): 72.68 KB.
 *   74,460 B (+39 B: at most three key points from one paragraph while others have strict ones, key-points/index.ts
 *   MAX_POINTS_PER_PARAGRAPH; trafilatura 0166): 72.72 KB.
 * 2026-12-06, s32-keys (+113 B) merged with the rest: 74,813 B: 73.06 KB.
 * 2026-12-06, s32-eyes: 74,498 B (+151 B) with a linked item of a list kept as text when most of its other items are
 *   text, not links (body-links.ts isPointOfPlainList; trafilatura 0030's "Smucke Steed und die Ostsee-Lodges in
 *   Glücksburg", readability 002's "ArrayBuffer", "Blob/ File"): 72.76 KB. 74,494 B (-4 B) with the site's name
 *   read as at the canonical address when the address given names none (analyze.ts; a copy served locally, a saved
 *   page: trafilatura 0030 and 48 other pages gain it): 72.75 KB.
 * 2026-12-06, s32-eyes (+147 B) and s32-leftovers (−19 B) merged with the rest: 75,014 B: 73.26 KB.
 * 2026-12-06, s32-speed: 74,377 B (+30 B) with the article finder's attempt without class weights not run again after
 *   one over the same walk that read no class weight but 0 (article.ts, article-scores.ts weighed; output unchanged:
 *   the generated live blog's whole page cleaned twice, not three times): 72.64 KB. 74,418 B (+41 B) with a credit
 *   line's labels looked up by the line's first character (furniture-text.ts isCreditLine: 2× faster in Node on
 *   15,619 corpus lines, same answers): 72.68 KB.
 * 2026-12-06, s32-speed (+71 B) merged with the rest: 75,077 B: 73.32 KB.
 * 2026-12-07, s32-pseudo: 75,197 B (+183 B: a series of bold lines, three or more over a paragraph's worth of text
 *   each, are sections among real headings too, detect/bold-sections.ts; a list's label after one is its sibling,
 *   outline.ts; trafilatura 0599, 0788, zyte 57b4dafd): 73.44 KB.
 * 2026-12-06, s32-pseudo (+183 B) merged with the rest: 75,261 B: 73.5 KB.
 * 2026-12-07, s32-keys2: 75,758 B (+744 B: a page that declares no language has its key points' openers read in the
 *   language its first paragraphs' function words tell, vocabulary/language-markers.json, key-points/page-language.ts;
 *   "That" / "Das" before a verb point back, pointing-openers.json `beforeVerbs`; a clause without its main clause
 *   leans, leaning-openers.json `clauses`): 73.99 KB.
 * 2026-12-06, s32-keys2 (+744 B) merged with the rest: 75,992 B: 74.22 KB.
 * 2026-12-07, s32-related2: 76,282 B (+1,268 B) with 177 related labels of the "you may also like / enjoy / be
 *   interested in", "recommended for you", "similar articles" and "same category" family in 17 languages, each with its
 *   reason (related/lexicon/*.ts; iloveponysmag 0030, incurvy 0048, pocketpc 0394, lavazza 0136): 74.50 KB.
 * 2026-12-06, s32-related2 (+1,268 B) merged with the rest: 77,254 B: 75.45 KB.
 * 2026-12-07, the review's mend: 77,242 B (−12 B: the page's language read with the key points' word reader): 75.44 KB.
 * 2026-12-07, s33-size: 76,790 B (−452 B, no change of output): 38 more of the core's own property names shortened
 *   (CORE_INTERNAL_PROPERTIES: the key points', dates' and abbreviations' vocabulary keys, records' fields; −283 B),
 *   a list's reason beside it in a data file ("relativesWhy") left out as an explanation (−114 B), the related
 *   stage's last step reading its debug options from `context` so the build drops them (related/stories.ts, −55 B):
 *   lowered to 75 KB.
 * 2026-12-07, s33-segments: 77,394 B (+152 B: a date the text states is no stamp line, a run of days or a date after a
 *   deadline's label, vocabulary/stated-dates.json; dealdoktor 0316, bummfilm 0236): 75.59 KB.
 * s33-segments (stated dates) merged with the rest: 76,944 B: 75.15 KB.
 * 2026-12-07, s33-eyes: 77,273 B (+31 B: the times after the headline that all declare one moment date the article,
 *   metadata/dates.ts fromOnlyTimeAfterHeadline; anglerboard 0633): 75.47 KB.
 * 2026-12-07, s33-eyes: 77,298 B (+25 B: a box named a header that holds the headline is the article's header, its
 *   byline read in the strict pass, metadata/byline-elements.ts; bondyblog 0190): 75.49 KB.
 * s33-eyes (date, byline) merged with the rest: 77,000 B: 75.2 KB.
 * 2026-12-07, s33-leftovers: 77,316 B (+74 B) with the page's canonical or og:url read in its <body> when its <head>
 *   states none (analyze.ts pageUrlOf, BODY_ADDRESS; a local copy of zyte's Rolling Stone, BGR and Reuters pages) and
 *   the no-site host test in a module of its own (read/host.ts, for the popup and the panel): 75.51 KB.
 * s33-leftovers (page address, parse) merged with the rest: 77,064 B: 75.26 KB.
 * 2026-12-07, s33-headings: 77,128 B (+128 B) with a heading right over a form ("Kontakt", "Suche", a comment form's
 *   "Was denkst du?") the form's title, no section (detect/form-titles.ts; trafilatura 0159, 0236, 0450, 0622): 75.33 KB.
 * s33-headings (form titles) merged with the rest: 77,174 B: 75.37 KB.
 * 2026-12-07, s33-eyes2: 77,039 B (+39 B: a dialog or modal holding a form is no article text on any attempt,
 *   boilerplate.ts isFormOverlay, vocabulary/overlay-names.json; cybercook 0450): 75.24 KB.
 *   77,041 B (+2 B) with a box whose name says it holds the page ("dialog-off-canvas-main-canvas") no such dialog.
 *   77,092 B (+51 B) with a date declared as a Unix time ("<time datetime=1651035600>") read in UTC
 *   (metadata/unix-time.ts; laestrella 0963): 75.29 KB.
 * s33-eyes2 (form dialogs, Unix times) merged with the rest: 77,272 B: 75.47 KB.
 * 2026-12-07, s33-related: 77,042 B (+42 B: a cut related headline completed from a title attribute after a few
 *   lead-in words, related/untruncated.ts, kaieteurnewsonline 0839; a native-ad class word that runs on,
 *   class-hints.json, msn abd9d629): 75.24 KB. 77,084 B (+42 B: a related link's plain headline over a part classed
 *   a kicker and a headline at once, no "subheadline" a headline, related/title.ts; fitforfun 0781, ingenieur.de
 *   0765): 75.28 KB.
 * s33-related (titles, native ads) merged with the rest: 77,362 B: 75.55 KB.
 * 2026-12-07, s33-keys: 77,454 B (+454 B: a Russian page's key-point openers, "И …", "Но …", "Он …", "этот", and the
 *   pronouns written after a preposition, pl "w niej", ru "в ней", vocabulary/leaning-openers.json,
 *   pointing-openers.json, language-markers.json; zyte c4a3637c, wirtualnemedia 0502): 75.64 KB.
 * 2026-12-07, s33-keys: 77,554 B (+100 B: a German sentence that opens with a question word and has no comma, "Welche
 *   Neuerungen … plant und warum …", "Wie du … findest …", is a clause alone, key-points/weak.ts opensClause,
 *   leaning-openers.json 'clauses'; 7mind 0788): 75.74 KB.
 * 2026-12-07, s33-keys: 77,650 B (+96 B: the author's promise to the reader after what is promised, "…, das verrate
 *   ich dir jetzt.", "I'll show you", is an announcement, vocabulary/announcing-openers.json 'follows'; incurvy
 *   0048): 75.84 KB.
 * s33-keys (Russian, clauses, promises) merged with the rest: 78,038 B: 76.21 KB.
 * 2026-12-07, s33-months: 78,540 B (+502 B: a date written with a month named in French, Spanish, Italian, Portuguese,
 *   Dutch, Swedish, Polish or Czech, "7 kwietnia 2021", "7 de abril de 2021", "26, Abril, 2022", one string per
 *   language in vocabulary/dates.json monthsInOrder, metadata/month-names.ts; the first line in the box under the
 *   headline, metadata/dates.ts fromLineAfterHeadline; wsieciprawdy 0499, 100noticias 0959): 76.70 KB.
 * 2026-12-07, the thirty-fourth session's first round: 78,627 B (+87 B: one month list for dates and furniture lines
 *   with Polish, Czech and Swedish, -42 B with the guessed language in the result; 'click here' in six languages; a
 *   table of contents' entry is no key point; a lone button label no line of the text): 76.79 KB.
 * s34-relspeed merged (each list item's link share and each class string's hints read once in the related stage:
 *   reading steps -20 %, the core about 3 % faster in Node): 78,742 B (+115 B): 76.9 KB.
 * 2026-12-07, s34-size: 78,664 B (-78 B on main 42ad3eb1, no change of output: the shipped core, minified as here, gives
 *   the same result as main's on all 551 corpus pages, blocks included) with 13 more of the core's own property names
 *   shortened (CORE_INTERNAL_PROPERTIES): lowered to 76.83 KB.
 * The thirty-fourth session's second round merged: 78,946 B (+282 B: s34-related2's whole-line titles and lists of
 *   found stories out of the body +145 B, s34-keys' headline share in the key-point ranking +136 B, s34-eyes3's sign-off
 *   and publisher rules -5 B with s34-size's -78 B before them): 77.1 KB.
 * The thirty-fourth session's third round: 79,120 B (+174 B: s34-pointers' 'What this means is…' as leaning on the
 *   sentence before, vocabulary/leaning-openers.json clefts; a single link the page's menu also has is no related
 *   story, related/run-score.ts navigationKeys): 77.27 KB.
 * The thirty-fifth session's first round: 79,450 B (+330 B: s35-leftovers' pl/cs/sv weekdays and German/French clefts
 *   with one set of heading tags, s35-eyes-intl's table labels and step items, s35-eyes-en's podcast hosts and srcset,
 *   s35-content's word counts to a limit): 77.59 KB.
 * 2026-12-07, s35-size: 79,365 B (-85 B, no change of output: the shipped core, minified as here, gives the same results
 *   as main's on all 551 corpus pages, blocks included) with five more of the core's own property names shortened
 *   (CORE_INTERNAL_PROPERTIES: element, clefts, languages, parentOf, weekdays; -70 B) and the lexicon matcher's copies
 *   of an entry's why left out (scripts/vite/strip-explanations.ts stripEntryWhy; -15 B): lowered to 77.51 KB.
 * The thirty-fifth session's second and third rounds: 80,341 B (+976 B: s35-keys2's leaning connectives, pronouns and
 *   'the author' in more languages +459 B, s35-dates2's labelled date under the headline +343 B, s35-meta's dateline
 *   +145 B, s35-reader2's button pictures, menu names and colon labels +28 B): 78.46 KB.
 * 2026-12-07, s35-keys3: 80,372 B (+31 B) with German 'ihm', 'ihnen', 'dort' and Dutch 'daar', 'hem', 'hen' as words
 *   that point back (vocabulary/pointing-openers.json; key-points/leaning-inside.ts reads them in small letters only):
 *   78.49 KB.
 * 2026-12-07, the review's mend: 80,307 B (-65 B, the same output: one set of heading tags, one test of a date's
 *   opening word): lowered to 78.43 KB.
 * The thirty-sixth session: 82,968 B (+2,661 B: s36-meta2's capital bylines written as names, site names from a title's
 *   initials and service labels +558 B, s36-related4's search, forum, deal and paid-teaser vocabularies +480 B,
 *   s36-updated's last update (modifiedTime) and Scandinavian date lines +474 B, s36-reader3's trailers, disclosures,
 *   credit lists and kicker text +466 B, s36-r3's writing preamble and a headline typed again +334 B, s36-eyes-en's
 *   link notes and link spaces +116 B, s36-eyes-intl's teaser headline, fact-box figures and tag lists +104 B,
 *   s36-keys4 +66 B, s36-content-split's named parts +40 B, the review's mends and s36-feeds the rest): 81.03 KB.
 * 2026-12-07, the second review's mend: 82,951 B (-17 B, the same output: a credit's label in its own module, a
 *   key point's opening read once for every phrase list): lowered to 81.01 KB.
 */
export const INJECTED_BUDGET_BYTES = 81.01 * 1024;
/**
 * Injected besides when the panel opens (the keyboard shortcut, "Show beside article"): its UI,
 * Preact and the outline's stylesheet (src/content/panel-script.js): 18.0 KB; 17.2 KB (17,597 B) since
 * it takes the host and the channel to the background from the content script (PanelDependencies)
 * instead of a copy of its own. 17.0 KB (17,414 B, from 17,637 B) since the colours of notices and the
 * popup's own button rules stay out of the stylesheet it carries (s9-size): lowered from 17.5 to 17.1 KB.
 * 17.0 KB (17,408 B, from 17,487 B) with the panel controller's own members as #private names (s10-size).
 * 17,409 B with the header's byline that repeats no site name (shared/formats/byline.ts): raised to 17.1 KB.
 * 2026-12-05, s14-ux: 17,514 B (+70 B) with three fixes a user meets: '1 word', the panel below a site header
 * fixed to the window's top, the filter finding "Here’s" from a typed "Here's": raised to 17.11 KB.
 * 2026-12-05, s15-eyes: 17,543 B (+29 B) with the header's date shown as the day the page wrote, not that day
 * in the reader's zone (ui/format.ts): raised to 17.14 KB.
 * 2026-12-05, the lead: 17,679 B (+136 B) with "more" only under a clamped text its three lines cut (measured once
 * laid out: ui/ClampedText.tsx useClampFits): raised to 17.27 KB. 17,711 B (+32 B) measured again when the
 * label's box changes size (a ResizeObserver): 17.3 KB.
 * 2026-12-05, twenty-second session, the lead: 17,753 B (+42 B) with long compounds in headings hyphenated in the
 * article's language (ui/outline.css): raised to 17.34 KB.
 * 2026-12-06, s24-leftovers: 17,800 B (+47 B) with the header's byline hidden when it repeats the site's name with
 * its words in another order (shared/formats/byline.ts through read/text.ts isSameName): raised to 17.39 KB.
 * 2026-12-06, s24-flows: 17,818 B (+18 B) with "/" and type-to-filter from a key point, where the panel opens
 * (ui/OutlineNavigator.tsx onFilterKeys): raised to 17.41 KB.
 * 2026-12-06, session 30 (the lead): 17,846 B (+28 B) with each byline separator on the span around its part, so a
 * right-to-left header puts it between the parts (ui/ArticleHeader.tsx, +7 B), and the bar's buttons tightened again
 * at the narrowest panel so the close button no longer wraps (content/panel/panel.css, +21 B): 17.43 KB.
 * 2026-12-06, s31-leftovers: 17,858 B (+12 B) with the reading tracker's line given by its caller (ui/reading-tracker.ts
 *   lineMargin: the reader's in pixels, where its jumps land; the panel's a share of the window, as before): 17.44 KB.
 * 2026-12-06, s31-firefox: 17,904 B (+58 B) with the panel's scrollbar in its palette in Firefox, which drew a white
 * track beside the dark panel (ui/theme.css, @supports (-moz-appearance: none)): 17.49 KB.
 * 2026-12-06, s31-firefox (+58 B) merged after s31-leftovers (+12 B): 17,915 B: 17.5 KB.
 * 2026-12-06, session 31 (the lead): 18,002 B (+87 B) with the reading tracker's end of the article (the last section
 *   is being read once the article's end is in the window: ui/reading-tracker.ts `end`, given by the reader): 17.59 KB.
 * 2026-12-07, s33-leftovers: 18,060 B (+58 B) with no site shown for a copy served from this machine, rather than
 *   "127.0.0.1" or "localhost" (ui/format.ts siteLabel, read/host.ts namesNoSite): 17.64 KB.
 * 2026-12-07, s33-firefox: 18,063 B (+3 B) with the panel's scroll box out of the Tab order (tabIndex -1: Firefox made
 *   it a stop of its own, a ring around the whole body; content/panel/Panel.tsx): 17.64 KB.
 * 2026-12-07, thirty-fourth session: 18,134 B (+71 B) with the page's guessed language as the panel's lang and a French
 *   space before ':' '?' '»' unbreakable in the outline's labels and key points (ui/format.ts): 17.71 KB.
 * 2026-12-07, s34-rtl: 18,259 B (+125 B) with the text's direction for a page that declares none (ui/format.ts
 *   textDirection: the share of right-to-left letters in the headline and top-level headings): 17.84 KB.
 * 2026-12-07, s35-leftovers: 18,396 B (+137 B) with the panel's own still-loading message on a page that never finishes
 *   parsing (ui/status.ts, shared with the popup): 17.97 KB.
 * 2026-12-07, s35-size: 18,069 B (-327 B, the same panel) with its own property names shortened as the core's are
 *   (scripts/vite/injected-scripts.ts PANEL_INTERNAL_PROPERTIES: its components' props, the tree rows' fields, the
 *   filter's state, -214 B; Preact's component API, which only the Preact in the panel's file reads, -113 B): 17.65 KB.
 * 2026-12-07, s35-meta: 18,103 B (+34 B) with the key point's focus ring around its "more" (ui/outline.css): 17.68 KB.
 * The thirty-sixth session: 18,396 B (+293 B: the last update in the header +135 B, the panel marking the last section
 *   at the page's bottom +101 B, its timers cleared on close +25 B, no site label for a local host's related story and
 *   the update's clock alone on the header's day): 17.97 KB.
 */
export const PANEL_BUDGET_BYTES = 17.97 * 1024;
/**
 * Both, what opening the panel in a fresh page injects: 68.9 KB, a little more than the one file
 * they were (the helpers both use, the host and messaging, are in both, and gzip shares no context);
 * 70.8 KB on 2026-12-04 (see INJECTED_BUDGET_BYTES); 68.1 KB (69,764 B) after s5-size (the panel
 * no longer carries the host and extension-API code a second time: in both files now are only
 * src/shared/error-text.ts and the panel slot's key).
 */
// 68.5 KB on main before s6-related, 68.8 KB with it (see INJECTED_BUDGET_BYTES): raised from 68.5 to 69 KB.
// 69.1 KB (70,785 B) after the seventh session's speed work (see INJECTED_BUDGET_BYTES): raised to 69.5 KB.
// 69.9 KB after the eighth session's fixes and speed work (see INJECTED_BUDGET_BYTES): raised to 70 KB.
// 68.9 KB (70,576 B, from 71,654 B) after s9-size (see INJECTED_BUDGET_BYTES, PANEL_BUDGET_BYTES): lowered to 69 KB;
// 69.2 KB with s9-relwalk, 69.3 KB with s9-eyes2 (see INJECTED_BUDGET_BYTES): raised to 69.5 KB.
// 69.5 KB (71,178 B, from 71,012 B) with s10-text (see INJECTED_BUDGET_BYTES): raised to 69.6 KB.
// 68.9 KB (70,589 B, from 71,657 B) after s10-size (see INJECTED_BUDGET_BYTES, PANEL_BUDGET_BYTES): lowered to 69 KB.
// 69.0 KB (70,675 B) with the lead's byline rules (+86 B; the session started at 71,012 B): raised to 69.1 KB.
// 69.1 KB (70,770 B) with s10-href (see INJECTED_BUDGET_BYTES): raised to 69.2 KB.
// With the eleventh session's seven fixes from unseen pages (+0.3 KB, see INJECTED_BUDGET_BYTES): raised to 69.5 KB;
// with s11-node and s11-walk (+171 B) to 69.6 KB; with s11-related (+109 B) to 69.7 KB.
// 68.6 KB (70,273 B, from 71,259 B on main e419b84: -986 B) after s11-size (see INJECTED_BUDGET_BYTES); with s11-related
// 70,396 B: lowered to 68.8 KB. 70,490 B with s11-inline: raised to 68.9 KB; 70,619 B with s11-eyes: 69.0 KB;
// with s11-eyes2 (see INJECTED_BUDGET_BYTES): 69.1 KB. 70,827 B with the twelfth session's heading marks and
// attribution lines (see INJECTED_BUDGET_BYTES): 69.2 KB; 70,860 B with s12-eyes alone (2026-12-04, see
// INJECTED_BUDGET_BYTES): 69.2 KB; both merged: 69.3 KB.
// with s11-eyes2 (see INJECTED_BUDGET_BYTES): 69.1 KB. With s12-related (+42 B, see INJECTED_BUDGET_BYTES): 69.15 KB.
// All three merged (70,985 B): 69.35 KB. With s12-eyes2 (2026-12-05, see INJECTED_BUDGET_BYTES): 69.4 KB.
// s12-size (2026-12-05): 70,755 B (from 71,010 B, -255 B: the core -228 B, the panel 17,407 -> 17,380 B with terser's
// unsafe and pure_getters, see INJECTED_BUDGET_BYTES): lowered to 69.1 KB (70,758 B).
// s12-eyes2 and s12-size merged: 70,809 B: set to 69.15 KB; 70,815 B with the review's narrowing: 69.16 KB;
// 70,831 B with the teaser headings read once (see INJECTED_BUDGET_BYTES): 69.18 KB.
// 2026-12-05: 70,913 B with the slideshow counter rule (see INJECTED_BUDGET_BYTES): 69.26 KB; 70,957 B with the
// headline link over the summary link: 69.3 KB; s13-keys (see INJECTED_BUDGET_BYTES): 70,959 B, under it;
// s13-eyes merged (see INJECTED_BUDGET_BYTES): 71,041 B: 69.38 KB.
// s13-related merged (see INJECTED_BUDGET_BYTES): 71,104 B: 69.44 KB.
// s13-size (2026-12-05): 70,306 B (from 70,831 B, -525 B: the core's, see INJECTED_BUDGET_BYTES; the panel unchanged):
// lowered to 68.66 KB (70,307 B).
// All merged (see INJECTED_BUDGET_BYTES): 70,599 B: lowered to 68.95 KB; 70,608 B with the brackets rule: 68.96 KB.
// 70,672 B with the related list's "Show N more" (the panel 17,380 -> 17,444 B): 69.02 KB; 70,725 B with the
// reference marks kept with their sentence: 69.07 KB.
// 2026-12-05, s13-eyes2's table of contents (see INJECTED_BUDGET_BYTES): 70,703 B: raised to 69.05 KB.
// Both merged: 70,832 B: 69.18 KB. 70,843 B with the review's mend and Spanish 'También lea:' as a promo prefix: 69.19 KB.
// Fourteenth session (2026-12-05): the core's changes (see INJECTED_BUDGET_BYTES) and the panel's (see
// PANEL_BUDGET_BYTES), all merged: 71,438 B: raised to 69.77 KB; 71,417 B with one set of the share actions: 69.75 KB.
// 2026-12-05, s15-eyes: 71,519 B with the header's date as the day the page wrote (see PANEL_BUDGET_BYTES) and
// numeric dates with dots or dashes read day first (see INJECTED_BUDGET_BYTES): 69.85 KB.
// 2026-12-05, s15-walk (see INJECTED_BUDGET_BYTES): 71,514 B: 69.85 KB. Both merged: 71,613 B: 69.94 KB.
// 2026-12-05, s15-eyes2 (see INJECTED_BUDGET_BYTES): 71,557 B: 69.88 KB; 71,622 B: 69.95 KB; 71,627 B with the header's date;
// 71,477 B without the metadata's article-root rules: 69.81 KB; 71,611 B with accented letters' references: 69.94 KB.
// All four merged: 71,702 B: 70.03 KB.
// 2026-12-05, s16-relfaults (see INJECTED_BUDGET_BYTES): 71,711 B: 70.04 KB; 71,742 B: 70.07 KB.
// 2026-12-05, s16-lead: 71,716 B with the marked <time>'s text: 70.04 KB. Both merged: 71,759 B: 70.08 KB.
// 2026-12-05, s16-reader (see INJECTED_BUDGET_BYTES): 71,760 B: 70.08 KB; 71,817 B with the breadcrumb trail: 70.14 KB;
// 71,900 B with a repeated paragraph read once: 70.22 KB; 71,963 B with a glued sibling left out: 70.28 KB;
// 71,992 B with content.ts split: 70.31 KB. The three merged: 72,047 B: 70.36 KB;
// 72,056 B with the dateline in two lines: 70.37 KB.
// 2026-12-05, s16-related (see INJECTED_BUDGET_BYTES): 72,062 B: 70.38 KB; 72,082 B: 70.4 KB.
// 72,112 B with the repeated-paragraph rule's first-letter test: 70.43 KB.
// 72,122 B with the slug-word test's code check asked only of a word opening with a capital (review): 70.44 KB.
// 2026-12-05 (seventeenth session, lead): 72,183 B with a long kicker that the title opens with: 70.5 KB.
// 72,196 B with a byline set as a list and a button's call to the reader no bullets: 70.51 KB.
// 72,216 B with a short caption that ends with its "© …" credit read as a credit: 70.53 KB.
// 2026-12-05, s17-furniture (see INJECTED_BUDGET_BYTES): 72,130 B: 70.44 KB.
// 72,216 B with a screen-reader-only heading left out: 70.53 KB.
// 72,247 B with a count over the comments no heading: 70.56 KB.
// 72,330 B with a related label over items that lost their links: 70.64 KB.
// 72,350 B with hyphenated 'meist-gelesen' labels: 70.66 KB.
// 72,373 B with a whole furniture label taking its list of links: 70.68 KB.
// 72,443 B with the reader leaving out the outline's furniture boxes: 70.75 KB.
// 72,462 B with a related box of headlines holding the article only with its lead: 70.77 KB.
// Both merged: 72,551 B: 70.86 KB.
// 2026-12-05, s17-eyes: 72,199 B with a counter before the text's first line left out: 70.51 KB;
// 72,249 B with the date an hAtom <abbr title> declares: 70.56 KB; 72,255 B with a related headline cut with '...'
// completed from its link's title: 70.57 KB; 72,266 B with three site-wide labels in the related lexicon: 70.58 KB;
// 72,316 B with an address a sentence introduces kept in the body: 70.63 KB; 72,333 B with the related stories'
// URLs handed to the block reader: 70.64 KB; 72,352 B with detect/content.ts split back under 400 lines: 70.66 KB.
// All merged: 72,761 B: 71.06 KB. 72,801 B with the body's word count: 71.1 KB.
// 2026-12-05 (eighteenth session, lead): 72,859 B with an interview's bold questions as its sections: 71.16 KB.
// 72,968 B with a question that opens its answer's paragraph on a line of its own: 71.26 KB; 72,989 B with the
// mark before each question out of the section's name: 71.28 KB.
// 2026-12-05, s18-eyes: 73,316 B (+515 B, the core's seven rules of this branch, the panel unchanged): 71.6 KB.
// Merged with the lead's three rules: 73,504 B: 71.79 KB.
// 2026-12-05, s18-reader (see INJECTED_BUDGET_BYTES): 73,133 B with the byline line under the headline: 71.42 KB;
// 73,205 B with its label set apart in an element: 71.49 KB.
// All merged: 73,938 B: 72.21 KB.
// 2026-12-05, s18-eyes2: 72,833 B with a list of illustrated steps kept (see INJECTED_BUDGET_BYTES): 71.13 KB.
// 72,852 B with a table of contents' numbered entries read as its headings: 71.15 KB. 72,884 B with a section's name
// cut before a title's headline stated alone: 71.18 KB. 73,019 B with the page's reading time no body line: 71.31 KB.
// 73,039 B with a dateline of a short month's name left out of a key point: 71.33 KB. 73,065 B with a divider line
// no body line: 71.36 KB. 73,078 B with Spanish 'most read' labels: 71.37 KB.
// s18-eyes2 merged with the rest: 74,234 B: 72.5 KB. 74,245 B with the review's mends: 72.51 KB.
// 74,316 B with a table of data giving way to the text it goes with: 72.58 KB. 74,381 B with the second review's
// mend (the walk's record asked first): 72.64 KB.
// 2026-12-05, s19-keys: 74,471 B with a sentence ending before a number after a word (+90 B): 72.73 KB.
// 74,505 B with an abbreviation going on into a bracketed aside (+34 B): 72.76 KB.
// 74,578 B with a reply not given a weak key point (+73 B): 72.83 KB.
// Nineteenth session: with a heading that is only a web address no section (+105 B): 72.75 KB; with a byline line
// of label and plain name (+82 B): 72.83 KB; with labels of events to come (+40 B): 72.87 KB.
// s19-keys merged with the lead's: 74,774 B: 73.03 KB; with weekdays' shorthand and '?!' (+27 B): 73.06 KB.
// s19-eyes2: +17 B with a furniture-named block holding most of its part's prose kept: 72.66 KB. +36 B with the
// title again alone in a block before the text no body line: 72.7 KB. +24 B with a sentence going on after a
// quoted '!' before a lower-case word: 72.72 KB. +30 B with a list opening with "Autor: value" no bullets: 72.75 KB.
// +34 B with a video's label ('En vidéo, …') no heading: 72.79 KB. +40 B with a list item holding a heading placed
// under it: 72.82 KB.
// s19-eyes2 merged with the rest: 74,975 B: 73.22 KB.
// 2026-12-05, s19-eyes: 74,389 B with a donation appeal left out as a sign-up box: 72.65 KB. 74,423 B with a
// breadcrumb trail that ends with the page itself: 72.68 KB. 74,457 B with a publisher named as the page's
// generator no site name: 72.72 KB. 74,499 B with a date alone under the headline read as the date: 72.76 KB.
// 74,509 B with a block labelled by a count alone read as a site-wide list: 72.77 KB. 74,566 B with the byline's
// line in the text no body text: 72.82 KB.
// s19-eyes merged with the rest: 75,166 B: 73.41 KB; with a speaker's label of two names weak: 73.42 KB; with a
// dateline's hyphened place (+8 B): 73.43 KB; with a date in figures opening a paragraph (+70 B): 73.5 KB; with a
// byline line of another shape no body text (+26 B): 73.52 KB.
// dateline's hyphened place (+8 B): 73.43 KB.
// 2026-12-05, s19-eyes4: +62 B with the title cut at a separator spaced on one side only: 73.49 KB; +76 B with
// one heading that holds the title and a kicker no section: 73.56 KB; +25 B with it no reading text: 73.59 KB.
// s19-eyes4 merged with the rest: 75,435 B: 73.67 KB.
// 2026-12-05, s19-eyes3: a stop the headline writes inside a name kept in the sentence (+86 B): 73.52 KB. A site's
// name after an h2's topic cut (+38 B): 73.56 KB. A form's box left out with it (+34 B): 73.6 KB.
// A dateline's 'via' (+8 B): 73.61 KB.
// s19-eyes3 merged with the rest: 75,579 B: 73.81 KB; with the final review's mends (+34 B): 73.85 KB.
// 2026-12-05 (twentieth session, lead): +339 B with a short sentence leaning on the one before a weak key point: 74.18 KB.
// 2026-12-05, s20-eyes: a list's label in its list's box headed by its own element (+27 B): 75,640 B: 73.87 KB.
// A site's name after the h1's headline in the title, its separator lost (+28 B): 73.9 KB. A company's legal form
// before a name inside the sentence (+47 B): 73.95 KB. A single link's label above its line in its box (+23 B): 73.98 KB.
// s20-eyes merged with the lead's: 76,081 B: 74.3 KB.
// 2026-12-05, s20-reader: 75,693 B with a declared author's glued-on site name left out (+80 B): 73.92 KB. An
// advertising label between dashes (+22 B): 73.95 KB.
// s20-reader merged with the rest: 76,187 B: 74.41 KB.
// 2026-12-05, s20-eyes2: a title that is the site's declared name gives way to the h1 (+33 B): 73.89 KB.
// A one-word title meta naming the section gives way to the <title>'s headline (+47 B): 73.93 KB.
// A picture's credit marked like a byline no byline (+45 B): 73.98 KB.
// A list of one link to the site's own page no bullet (+99 B): 74.07 KB.
// A share button's label not a link no body line either (+17 B): 74.09 KB.
// A place and a date under a headline, a German month's name read (+147 B): 74.23 KB.
// An h1 in a cookie notice not counted for the site-name title (+22 B): 74.26 KB.
// s20-eyes2 merged with the rest: 76,628 B: 74.84 KB. 'Or' among the leaning openers (+32 B): 74.87 KB.
// 2026-12-05, s20-eyes3: another page of the thread no related story, a dateline beside the h1 read (+85 B): 74.95 KB.
// s20-eyes3 merged with the rest: 76,726 B: 74.93 KB.
// 2026-12-05 s20-eyes4: 'Iklan' an ad label, a filing line of links no body line (+53 B): 76,713 B, 74.92 KB.
// A dateline's place cut short with a stop ('ST. JOSEPH, Mich. (AP) — '; +6 B): 76,719 B, 74.93 KB.
// s20-eyes4 merged with the rest: 76,780 B: 74.99 KB. The second review's mend (+9 B): 76,789 B, 75 KB.
// 2026-12-05 s21-eyes2: a headline after a section's name that h1s state both alone (+32 B): 76,821 B, 75.03 KB.
// A date after its label's words, the byline area one box further up (+108 B): 76,929 B, 75.13 KB.
// 2026-12-05, s21-eyes: a date on the line above the h1 or the only one after it (+135 B): 75.14 KB.
// A site-name meta that is the page's whole <title> of one part no site name (+30 B): 75.17 KB.
// s21-eyes and s21-eyes2 merged: 77,110 B, 75.31 KB.
// 2026-12-05, s21-leftovers: a 'Name – tagline' site name read as its name (+38 B): 76,827 B, 75.03 KB.
// An author's photo no picture of the story (+4 B): 76,831 B, 75.03 KB. An author box's label left out with the box
// (+34 B): 76,865 B, 75.06 KB.
// s21-leftovers merged with the rest: 77,177 B, 75.37 KB.
// 2026-12-05 s21-trailing: the site's own lines at the body's end no body text (+432 B): 77,221 B, 75.42 KB.
// s21-trailing merged with the rest: 77,640 B, 75.83 KB. The site appeals' mend (+169 B): 77,809 B, 75.99 KB.
// "more" only under a text its clamp cuts (the panel +136 B): 77,945 B, 76.12 KB.
// 2026-12-05, s21-eyes3: a section's heading in a box named as its header kept (+110 B): 77,287 B, 75.48 KB.
// s21-eyes3 merged with the rest: 78,050 B, 76.23 KB. The clamp measured again on a resize (+32 B): 78,082 B,
// 76.26 KB.
// 2026-12-05, twenty-second session: long compounds in headings hyphenated (the panel +42 B): 78,124 B, 76.30 KB.
// The lead's three rules (the core +22 B): 78,146 B, 76.32 KB.
// 2026-12-05, s22-leftovers: a CMS account's login no byline (+213 B): 78,295 B, 76.46 KB. A comment policy's
// paragraph a site's line after the text (+122 B): 78,417 B, 76.58 KB. A kicker as loose text before the title
// heading (+14 B): 78,431 B, 76.6 KB.
// s22-leftovers merged with the lead's work: 78,496 B, 76.66 KB. A figure's bullets kept (+10 B): 78,506 B, 76.67 KB.
// 2026-12-05, s22-eyes: 78,188 B (+106 B in the core: an h2 of the title's words kept as a section), 76.36 KB.
// 78,247 B (+59 B in the core: an inline dateline the sentence goes on from kept), 76.42 KB. 78,370 B (+123 B in
// the core: the page's own day for a moment declared in UTC), 76.54 KB.
// s22-eyes merged with the rest: 78,812 B, 76.97 KB.
// 2026-12-05, s22-eyes2: a held-back post's placeholder no story (+57 B): 78,138 B, 76.31 KB. A heading's link the
// related story's headline (+15 B): 78,153 B, 76.33 KB. A label of other stories ending the text (+83 B): 78,236 B,
// 76.41 KB.
// s22-eyes2 merged with the rest: 78,946 B, 77.1 KB. A call after a tip's label (+40 B): 78,986 B, 77.14 KB.
// s22-eyes2 merged with the rest: 78,946 B, 77.1 KB.
// 2026-12-05, s22-teasers: 79,127 B (+181 B in the core: a heading over cards of other stories at the flow's end no
// section, the cards no body text), 77.28 KB.
// s22-teasers merged with the rest: 79,169 B, 77.32 KB. A label's list a weak key point (+54 B): 79,223 B, 77.37 KB.
// 2026-12-05, s22-eyes3: 78,821 B (+9 B in the core: a date's byline area's indentation as one space), 76.98 KB.
// 78,935 B (+114 B in the core: no key point from a line a hard line break cut), 77.09 KB. 79,023 B (+88 B in the
// core: a call to support the site's journalism as a site appeal), 77.18 KB. 79,074 B (+51 B in the core: no key
// point with a placeholder e-mail address), 77.23 KB.
// s22-eyes3 merged with the rest: 79,517 B, 77.66 KB.
// 2026-12-06, s23-video: 79,570 B (+53 B in the core: a video player's box kept by the page walk), 77.71 KB.
// 79,598 B (+28 B in the core: capitals of a byline's account counted on Latin letters without marks), 77.74 KB.
// 2026-12-06, s23-eyes: a label before the title's colon dropped (+27 B in the core): 79,544 B, 77.69 KB. A suffix
// opening with the host's name cut off (+25 B in the core): 79,569 B, 77.71 KB.
// s23-eyes merged with the rest: 79,659 B, 77.8 KB.
// 2026-12-06, s23-eyes2: 79,583 B (+66 B in the core: the page's view counter no body line), 77.72 KB.
// 79,665 B (+82 B in the core: an element named as a date between the headline and the text), 77.8 KB.
// 79,733 B (+68 B in the core: a JSON-LD date written in another zone than a meta's UTC clock), 77.87 KB.
// s23-eyes2 merged with the rest: 79,894 B, 78.03 KB.
// 2026-12-06, s23-leftovers: 79,685 B (+165 B in the core: hand-wrapped lines joined in the body), 77.82 KB.
// 79,803 B (+118 B in the core: a lead-in label no heading), 77.94 KB. 79,842 B (+39 B: two kicker lines), 77.98 KB.
// 79,869 B (+27 B in the core: a pull quote's speaker kept), 78 KB.
// s23-leftovers merged with the rest: 80,265 B, 78.39 KB.
// 2026-12-06, s23-eyes4: 80,276 B (+11 B in the core: a date alone on the line above the headline), 78.4 KB.
// 80,294 B (+18 B in the core: a record's number no heading), 78.42 KB. 80,424 B (+130 B in the core: a title meta
// that is the site's text for a shared link passed over), 78.55 KB.
// 2026-12-06, s23-reltitles: 80,320 B (+55 B in the core: a previous / next label before a related headline), 78.44 KB.
// 80,407 B (+87 B in the core: a previous / next link's headline from the page head's rel=prev link), 78.53 KB.
// 80,431 B (+24 B in the core: a date after a function word kept in a related title), 78.55 KB.
// 80,483 B (+52 B in the core: a bold headline opening a related link's text), 78.6 KB.
// s23-reltitles merged with the rest: 80,633 B, 78.75 KB.
// 2026-12-06, s23-eyes3: 80,329 B (+64 B in the core: a closing call to the reader no text), 78.45 KB.
// 80,537 B (+208 B in the core: the site's own last section no text), 78.65 KB.
// 80,563 B (+26 B in the core: a video player's length at the text's end no text), 78.68 KB.
// 80,579 B (+16 B in the core: a filing label no call to the reader), 78.7 KB.
// 80,593 B (+14 B in the core: a copyright notice no call to the reader), 78.71 KB.
// s23-eyes3 merged with the rest: 81,002 B, 79.11 KB.
// 2026-12-06, s23-eyes5: 81,012 B (+10 B, a pull quote set as a heading no heading): 79.12 KB.
// 2026-12-06, s23-dangling: 81,088 B (+86 B in the core, see INJECTED_BUDGET_BYTES): raised to 79.19 KB.
// s23-dangling's first commit merged with the rest: 81,134 B, 79.24 KB.
// 2026-12-06, s23-boldheads: 81,033 B (+31 B in the core: bold lines beside one real heading, under it), 79.14 KB.
// s23-boldheads merged with the rest: 81,170 B, 79.27 KB.
// The review since c1629b6: 81,195 B (+25 B in the core), 79.3 KB.
// 2026-12-06, s24-lead: 81,446 B (+251 B in the core: the page's own story in a stack of stories), 79.54 KB.
// 2026-12-06, s24-eyes: 81,216 B (+21 B in the core: a dangling <title> separator, a footer's copyright row; see
// INJECTED_BUDGET_BYTES), 79.32 KB. 81,285 B (+69 B in the core: an h2 slipped among h3s set beside them), 79.38 KB.
// s24-eyes merged with the rest: 81,558 B, 79.65 KB.
// 2026-12-06, s24-eyes2: 81,345 B (+150 B in the core: an RDFa date property where the page marks no other), 79.44 KB.
// 81,419 B (+74 B in the core: another story's linked headline heading nothing no section), 79.52 KB.
// 81,497 B (+78 B in the core: a sentence naming the piece's sponsor a weak key point), 79.59 KB.
// s24-eyes2 merged with the rest: 81,870 B, 79.96 KB.
// 2026-12-06, s24-leftovers: 81,257 B (core +15 B, panel +47 B: a name's words in another order the same name), 79.36 KB.
// 81,343 B (+86 B in the core: a link of the page's own numbered address shape a sibling article), 79.44 KB.
// 81,406 B (+63 B in the core: a related title's trailing site name cut), 79.5 KB.
// 81,453 B (+47 B in the core: a picture's credit after a related title cut), 79.55 KB.
// s24-leftovers merged with the rest: 82,128 B, 80.21 KB.
// 2026-12-06, s24-eyes3: 81,233 B (+38 B in the core: a part's lone wrappers no caption by their class), 79.33 KB.
// 81,282 B (+49 B in the core: bold lines opening paragraphs as sections), 79.38 KB.
// 81,378 B (+96 B in the core: a loading notice no line of the text), 79.48 KB.
// s24-eyes3 merged with the rest: 82,311 B, 80.39 KB.
// 2026-12-06, s24-flows: 82,146 B (panel +18 B: "/" and type-to-filter from a key point), 80.23 KB.
// s24-flows merged with the rest: 82,329 B, 80.4 KB.
// 2026-12-06, s24-keys: 81,239 B (+44 B in the core: a date in brackets opening a key point left out), 79.34 KB.
// 81,815 B (+576 B in the core: a key point that points back weighed less), 79.9 KB.
// s24-keys merged with the rest: 82,932 B, 80.99 KB.
// 2026-12-06, the lead: 83,024 B (+92 B in the core: 'z. B.', a restated key point), 81.08 KB.
// 2026-12-06, s24-sitename: 82,386 B (+75 B in the core: the <title>'s last part naming the host as the site's name
// where the page declares none; see INJECTED_BUDGET_BYTES), 80.46 KB. 82,440 B (+54 B in the core: the host as
// written, a name after an article the host's), 80.51 KB.
// s24-sitename merged with the rest: 83,178 B, 81.23 KB.
// 2026-12-06, s24-eyes5: 83,191 B (+13 B in the core: a related label over a list of the related stories' links no
// section; see INJECTED_BUDGET_BYTES), 81.25 KB. 83,293 B (+102 B in the core: a standfirst set as the first
// heading no section), 81.35 KB.
// 2026-12-06, s24-eyes4: 83,187 B (+9 B in the core: "am häufigsten gelesen" a site-wide list's label; see
// INJECTED_BUDGET_BYTES), 81.24 KB. 83,246 B (+59 B in the core: a link right after "©" a picture's credit), 81.30 KB.
// s24-eyes4 merged with the rest: 83,358 B, 81.41 KB.
// 2026-12-06, s25-eyes2: 83,510 B (+152 B in the core: a pitch opening on the reader having liked the story a site
// appeal, the heading over the site's appeals no section; see INJECTED_BUDGET_BYTES), 81.56 KB.
// 2026-12-06, s25-eyes: 83,389 B (+37 B in the core: a call to follow a link, its "here" inside the sentence, a weak
// key point; see INJECTED_BUDGET_BYTES), 81.44 KB. 83,467 B (+78 B in the core: an audio host's player kept as a
// link), 81.52 KB. 83,487 B (+20 B in the core: a picture's number between a credit's label and its colon), 81.54 KB.
// 2026-12-06, s25-eyes (+135 B) and s25-eyes2 (+152 B), and the lead's (nav, related label), merged with the rest: 83,673 B, 81.72 KB.
// 2026-12-06, s25-leftovers (from 83,347 B on main): 83,493 B (+146 B in the core: a bold line ending on an
// abbreviation's stop or a numbered point's title no sentence; see INJECTED_BUDGET_BYTES), 81.54 KB. 83,646 B (+153 B
// in the core: a name its host spells in ASCII, a host's name of words before the publication's), 81.69 KB.
// 2026-12-06, s25-leftovers (+299 B) merged with the rest: 83,932 B, 81.97 KB.
// 2026-12-06, s25-eyes3: 83,546 B (+36 B in the core: a kicker and the title in one h1, a date line past an empty
// box; see INJECTED_BUDGET_BYTES), 81.59 KB. 83,596 B (+50 B in the core: a long list of few headlines a menu),
// 81.64 KB.
// 2026-12-06, s25-eyes3 (+86 B) merged with the rest: 84,047 B, 82.08 KB.
// 2026-12-06, s25-parity: 84,065 B (+18 B in the core: a named anchor no link text; see INJECTED_BUDGET_BYTES), 82.10 KB.
// 2026-12-06, s25-leftovers2: 84,224 B (+292 B in the core: an author box by its shape, caption headings; see
// INJECTED_BUDGET_BYTES), 82.25 KB. 84,463 B (+239 B in the core: a relative pronoun opening a key point leans), 82.49 KB.
// 2026-12-06, s25-leftovers2 (+531 B) and s25-parity (+18 B) merged with the rest: 84,597 B, 82.62 KB.
// 2026-12-06, s25-eyes4: 84,076 B (+144 B in the core: a JSON-LD `type`, a title heading after a part of the title,
// a picture's "media" box; see INJECTED_BUDGET_BYTES), 82.11 KB.
// 2026-12-06, s25-eyes4 (+144 B) merged with the rest: 84,743 B, 82.76 KB.
// 2026-12-06, s25-eyes5: 84,974 B (+231 B in the core: a date a line mentions, a "Label: value" line no list's label,
// a paywall's notice; see INJECTED_BUDGET_BYTES), 82.99 KB.
// 2026-12-06, s25-leftovers3: 84,973 B (+230 B in the core: "Credits / Resources" no credit, a linked credit ending with
// its picture library no body text; see INJECTED_BUDGET_BYTES), 82.99 KB. 85,142 B (+169 B in the core: the date the
// text opens with), 83.15 KB.
// 2026-12-06, s25-leftovers3 (+399 B) merged with the rest: 85,332 B, 83.34 KB.
// 2026-12-06, s25-slow2: 84,826 B (+83 B in the core: byline areas and link titles read once; see
// INJECTED_BUDGET_BYTES), 82.84 KB.
// 2026-12-06, s25-slow2 (+83 B) merged with the rest: 85,422 B, 83.42 KB. The review's mends: 85,432 B, 83.43 KB.
// 2026-12-06 (twenty-sixth session, lead): 85,516 B (+84 B: the <nav> rule and the form page, see INJECTED_BUDGET_BYTES),
// 83.52 KB.
// 2026-12-06, s26-eyes2: 85,477 B (+45 B in the core: a bold run ending on its own <br> a line of its own, contents
// lists naming real headings only; see INJECTED_BUDGET_BYTES), 83.48 KB. 85,577 B (+100 B in the core: the day of a
// date line before a clock Date.parse cannot read), 83.58 KB. 85,640 B (+63 B in the core: a name's letters drawn with
// a stroke as its host writes them), 83.64 KB. 85,684 B (+44 B in the core: a press release's dateline, the day
// first, out of its key point), 83.68 KB.
// 2026-12-06, s26-eyes2 (+252 B) and the lead's <nav> rule (+84 B) merged with the rest: 85,771 B, 83.77 KB.
// 2026-12-06, s26-eyes: 85,521 B (+5 B in the core: the screen-reader class test shared; see INJECTED_BUDGET_BYTES),
// under the ratchet.
// 2026-12-06, s26-eyes (+5 B) merged with the rest: 85,776 B, 83.77 KB.
// 2026-12-06, s26-article: 85,534 B (+102 B in the core: the body reader's and furniture rules' reads made once; see
// INJECTED_BUDGET_BYTES), 83.53 KB.
// 2026-12-06, s26-article (+102 B) merged with the rest: 85,863 B, 83.86 KB.
// 2026-12-06, s26-meta: 85,878 B (+102 B in the core: two date rules without a whole-page query each; see
// INJECTED_BUDGET_BYTES), 83.87 KB.
// 2026-12-06, s26-meta (+102 B) merged with the rest: 85,970 B, 83.96 KB.
// 2026-12-06, s26-leftovers: 86,146 B (+176 B in the core: linked sentences written as <div>s, a title's parts as
// parallel headings; see INJECTED_BUDGET_BYTES), 84.13 KB. The second review's mends: 86,129 B (-17 B), 84.12 KB.
// 2026-12-06, s27-related: 86,260 B (+131 B in the core: a list nothing says is related must be on the article's
// topic; see INJECTED_BUDGET_BYTES), 84.24 KB. 86,309 B (+49 B in the core: a card's headline repeats not counted in
// what its box says), 84.29 KB.
// 2026-12-06, s27-eyes: 86,144 B (+15 B in the core: a key point's opening comma, the "mathjax" name; see
// INJECTED_BUDGET_BYTES), 84.13 KB. 86,172 B (+28 B in the core: a description of no word is none), 84.16 KB.
// 2026-12-06, s27-eyes (+43 B) merged with the rest: 86,356 B, 84.34 KB.
// 2026-12-06, s27-leftovers: 86,228 B (+99 B in the core: a dateline of date and name under the headline; see
// INJECTED_BUDGET_BYTES), 84.21 KB. 86,425 B (+197 B in the core: a picture's caption after a <br> in its box no body
// text), 84.4 KB. 86,472 B (+47 B in the core: a block named a signature no body text), 84.45 KB. 86,539 B (+67 B in
// the core: a caption opening with the picture's number), 84.52 KB.
// 2026-12-06, s27-leftovers (+429 B) merged with the rest: 86,785 B, 84.76 KB.
// 2026-12-06, s27-headings: 86,313 B (+4 B in the core: <font> read as phrasing; see INJECTED_BUDGET_BYTES), 84.30 KB.
// 86,338 B (+25 B in the core: <u>, <s> and the old inline tags read as phrasing too), 84.32 KB.
// 2026-12-06, s27-headings (+27 B) merged with the rest: 86,812 B, 84.78 KB.
// 2026-12-06, s27-speed: 86,206 B (+77 B in the core: the walk's record read again, see INJECTED_BUDGET_BYTES), 84.19 KB.
// 86,230 B (+24 B: a memo's miss told by one lookup), 84.21 KB. 86,272 B (+42 B: pathsAbove), 84.25 KB.
// 86,324 B (+52 B: the offer words searched line by line), 84.31 KB.
// 2026-12-06, s27-speed (+184 B) merged with the rest: 86,996 B, 84.96 KB.
// 2026-12-06, s27-keys: 86,942 B (+130 B in the core: a picture's caption line a loose key point,
//   key-points/caption-line.ts), 84.91 KB. 87,169 B (+227 B: a sentence that opens with an answer and a comma points
//   back, key-points/weak.ts), 85.13 KB.
// 2026-12-06, s27-keys (+343 B) merged with the rest: 87,339 B, 85.3 KB.
// 2026-12-06, the review's mends: 87,312 B (-27 B in the core), 85.27 KB.
// 2026-12-06, s27-keys2: 87,706 B (+394 B in the core: a sentence announcing the piece or introducing its author a
//   weak key point, key-points/weak.ts), 85.66 KB.
// 2026-12-06, the second review's mends: 87,659 B (-47 B in the core), 85.61 KB.
// 2026-12-06, s28-debt: 87,590 B (-69 B in the core: one implementation of each twin primitive), 85.54 KB.
// 2026-12-06, s28-keys: 88,046 B (+387 B in the core: a note about the post or a sentence that opens with an ellipsis
//   a weak key point, key-points/post-note.ts), 85.99 KB. 88,655 B (+609 B in the core: a sentence that points back
//   from inside its opening words or opens with a pronominal adverb, key-points/leaning-inside.ts), 86.58 KB. 88,743 B
//   (+88 B in the core: more announcing openers, vocabulary/announcing-openers.json), 86.67 KB.
// 2026-12-06, s28-keys merged with the rest: 88,639 B, 86.57 KB.
// 2026-12-06, s28-related-speed: 87,763 B (+104 B in the core: listFeature once per list, hasTextBefore), 85.71 KB.
// 2026-12-06, s28-related-speed merged with the rest: 88,721 B, 86.65 KB.
// 2026-12-06, the review's mends: 88,740 B (+19 B in the core), 86.67 KB.
// 2026-12-06, the lead: 88,775 B (+35 B in the core: a profile's number is no article's id, related/url.ts), 86.7 KB.
// 2026-12-06, s28-links: 88,879 B (+104 B in the core: no related title read past MAX_RELATED stories), 86.8 KB.
// 2026-12-06, s29-segments: 88,904 B (+25 B in the core: the page's host from its canonical URL when the address
//   given is no web address, analyze.ts), 86.83 KB. 88,921 B (+17 B in the core: 'Crédit photo : …' a credit line),
//   86.84 KB. 88,942 B (+21 B in the core: a post's meta line naming comments and trackbacks a site's line), 86.86 KB.
// 2026-12-06, s29-big: 88,912 B (+33 B in the core: the code-ancestor check by the walk's parents, a list item's list
//   read once), 86.83 KB.
// 2026-12-06, s29-big merged with the rest: 88,978 B, 86.9 KB.
// 2026-12-06, s29-meta: 89,140 B (+198 B in the core: the related stage's subtree facts in a typed array, leaves read
//   without a frame), 87.06 KB.
// 2026-12-06, s29-meta merged with the rest: 89,176 B, 87.09 KB.
// 2026-12-06, s29-eyes: 89,049 B (+107 B in the core: a table's links that are its data kept, detect/data-table.ts
//   isTableOfData and isCellBesideDatum; see INJECTED_BUDGET_BYTES), 86.97 KB. 89,225 B (+176 B in the core: a blog
//   post's meta line's date, detect/metadata/post-meta-date.ts), 87.14 KB.
// 2026-12-06, s29-eyes merged with the rest: 89,456 B, 87.36 KB.
// 2026-12-06, s29-eyes2: 89,218 B (+240 B in the core: a connective set off by commas after the subject leans,
//   key-points/leaning-inside.ts; the caption-name test a module of its own, -6 B), 87.13 KB.
// 2026-12-06, s29-eyes2 merged with the rest: 89,673 B, 87.58 KB.
// 2026-12-06, s29-targets: 89,953 B (+280 B in the core: plain paths of no article told in one scan and before the
//   target reader's memo, related/url.ts; the text between a run's items read from the walk's tree,
//   related/prose-text.ts; see INJECTED_BUDGET_BYTES), 87.85 KB.
// 2026-12-06, s30-eyes: 89,976 B (+23 B in the core: an agency's name as the JSON-LD publisher names no site,
//   metadata/site-name.ts; see INJECTED_BUDGET_BYTES), 87.87 KB. 90,023 B (+47 B in the core: a related headline
//   completed from its card's picture, related/untruncated.ts), 87.92 KB.
// 2026-12-06, s30-keys: 90,337 B (+384 B in the core: a glued headline, a demonstrative before a noun of the headline,
//   a comparison without its first term, key-points/; see INJECTED_BUDGET_BYTES), 88.22 KB. 90,346 B (+9 B in the core:
//   a sentence that ends with an ellipsis a weak key point), 88.23 KB. 90,351 B (+5 B in the core: German "Darum …"
//   leans), 88.24 KB.
// 2026-12-06, s30-keys merged with the rest: 90,400 B, 88.29 KB.
// 2026-12-06, s30-walk: 90,251 B (+298 B in the core: which attributes an element has read once by the page walk,
//   an attribute's value asked only of an element that has it; see INJECTED_BUDGET_BYTES), 88.14 KB.
// 2026-12-06, s30-walk merged with the rest: 90,668 B, 88.55 KB.
// 2026-12-06, s30-node: 89,980 B (+27 B in the core: no box asked for a <time> on a page that has none,
//   metadata/dates.ts; see INJECTED_BUDGET_BYTES), 87.88 KB.
// 2026-12-06, s30-node merged with the rest: 90,692 B, 88.57 KB.
// 2026-12-06, session 30 (the lead): 90,713 B (+28 B in the panel: the byline separators, the bar at the narrowest
//   panel; see PANEL_BUDGET_BYTES), 88.59 KB.
// 2026-12-06, s30-leftovers: 89,993 B (+40 B in the core: an ellipsis closing a box label; see INJECTED_BUDGET_BYTES),
//   87.89 KB.
// 2026-12-06, s30-leftovers merged with the rest: 90,727 B, 88.61 KB.
// 2026-12-06, s30-eyes2: 90,730 B (+38 B in the core: an IP / localhost address names no site, read/site.ts
//   namedSiteHost; see INJECTED_BUDGET_BYTES), 88.61 KB.
// 2026-12-06, s30-eyes2 merged with the rest: 90,768 B, 88.65 KB.
// 2026-12-06, session 30 (the lead): 90,791 B (+23 B in the core: "Here's a look at …" announces), 88.67 KB.
// 2026-12-06, the review's mends: 90,763 B (-28 B in the core; see INJECTED_BUDGET_BYTES), 88.64 KB.
// 2026-12-06, s31-keys: 91,202 B (+439 B in the core: three key-point rules; see INJECTED_BUDGET_BYTES), 89.07 KB.
// 2026-12-06, s31-eyes: 90,785 B (+22 B in the core: a nested <article>'s byline; see INJECTED_BUDGET_BYTES),
//   88.66 KB. 90,908 B (+123 B in the core: a JSON-LD author given by reference), 88.78 KB.
// 2026-12-06, s31-eyes (+145 B) merged after s31-keys: 91,343 B, 89.21 KB.
// 2026-12-06, s31-regex: 91,052 B (+289 B in the core: letter-class expressions asked after a cheap test; see
//   INJECTED_BUDGET_BYTES), 88.92 KB.
// 2026-12-06, s31-regex (+289 B) merged with the rest: 91,649 B, 89.51 KB.
// 2026-12-06, s31-leftovers: 90,883 B (+120 B in the core: a label goes with its value; see INJECTED_BUDGET_BYTES),
//   88.76 KB. 90,895 B (+12 B in the panel: the tracker's line given by its caller; see PANEL_BUDGET_BYTES), 88.77 KB.
//   90,979 B (+84 B in the core: related stories at an address naming no site; see INJECTED_BUDGET_BYTES), 88.85 KB.
// 2026-12-06, s31-leftovers (+204 B) merged with the rest: 91,887 B, 89.74 KB.
// 2026-12-06, s31-firefox: 91,260 B (+58 B in the panel: its scrollbar in its palette in Firefox; see
//   PANEL_BUDGET_BYTES), 89.13 KB.
// 2026-12-06, s31-firefox (+58 B in the panel) merged with the rest: 91,944 B, 89.79 KB.
// 2026-12-06, session 31 (the lead): 92,031 B (+87 B in the panel: the tracker's article end), 89.88 KB.
// 2026-12-06, s31-cold: 91,908 B (+259 B in the core: letter-class expressions read without their class; see
//   INJECTED_BUDGET_BYTES), 89.76 KB.
// 2026-12-06, s31-cold (+259 B) merged with the rest: 92,266 B, 90.11 KB.
// 2026-12-06, the review's mends: 92,302 B (+36 B in the core: BY_WORDS), 90.14 KB.
// 2026-12-06, s31-eyes2: 92,349 B (+47 B in the core: author pages are no related story; see INJECTED_BUDGET_BYTES),
//   90.19 KB.
// 2026-12-06, s32-segments: 92,419 B (+70 B in the core: unsubscribing an offer's word, +36 B; a short attempt of
//   furniture only loses, and media fallback text, +34 B), 90.26 KB.
// 2026-12-06, s32-related: 92,572 B (+223 B in the core: previous / next post links with short addresses; see
//   INJECTED_BUDGET_BYTES), 90.41 KB. 92,640 B (+68 B in the core: related labels; see INJECTED_BUDGET_BYTES), 90.47 KB.
// 2026-12-06, s32-related (+291 B) merged with the rest: 92,710 B, 90.54 KB.
// 2026-12-06, s32-keys: 92,423 B (+74 B in the core: an interview's questions give no key points; see
//   INJECTED_BUDGET_BYTES), 90.26 KB. 92,462 B (+39 B in the core: at most three key points from one paragraph),
//   90.30 KB.
// 2026-12-06, s32-keys (+113 B) merged with the rest: 92,815 B, 90.64 KB.
// 2026-12-06, s32-eyes: 92,500 B (+151 B in the core: a linked point of a list of text items; see
//   INJECTED_BUDGET_BYTES), 90.34 KB.
// 2026-12-06, s32-eyes (+147 B) and s32-leftovers (−19 B) merged with the rest: 93,016 B, 90.84 KB.
// 2026-12-06, s32-speed: 92,379 B (+30 B in the core: an attempt that repeats one is not run; see
//   INJECTED_BUDGET_BYTES), 90.22 KB. 92,420 B (+41 B in the core: credit labels by their first character), 90.26 KB.
// 2026-12-06, s32-speed (+71 B) merged with the rest: 93,079 B, 90.9 KB.
// 2026-12-07, s32-pseudo: 93,199 B (+183 B in the core: a series of bold lines as sections among real headings; see
//   INJECTED_BUDGET_BYTES), 91.02 KB.
// 2026-12-06, s32-pseudo (+183 B) merged with the rest: 93,263 B, 91.08 KB.
// 2026-12-07, s32-keys2: 93,760 B (+744 B in the core: key points' openers on pages of no declared language, "That" /
//   "Das" before a verb, clauses alone; see INJECTED_BUDGET_BYTES), 91.57 KB.
// 2026-12-06, s32-keys2 (+744 B) merged with the rest: 93,994 B, 91.8 KB.
// 2026-12-07, s32-related2: 94,284 B (+1,268 B in the core: the "you may also like" family of related labels in 17
//   languages; see INJECTED_BUDGET_BYTES), 92.08 KB.
// 2026-12-06, s32-related2 (+1,268 B) merged with the rest: 95,256 B, 93.03 KB.
// 2026-12-07, the review's mend: 95,244 B (−12 B in the core), 93.02 KB.
// 2026-12-07, s33-size: 94,792 B (−452 B in the core, the panel unchanged; see INJECTED_BUDGET_BYTES), 92.58 KB.
// 2026-12-07, s33-segments: 95,396 B (+152 B in the core: stated dates; see INJECTED_BUDGET_BYTES), 93.17 KB.
// s33-segments (stated dates) merged with the rest: 94,946 B, 92.73 KB.
// 2026-12-07, s33-eyes: 95,275 B (+31 B in the core: the times after the headline that declare one moment; see
//   INJECTED_BUDGET_BYTES), 93.05 KB. 95,300 B (+25 B in the core: the byline in a header box that holds the
//   headline), 93.07 KB.
// s33-eyes (date, byline) merged with the rest: 95,002 B, 92.78 KB.
// 2026-12-07, s33-leftovers: 95,376 B (+74 B in the core: the page's address read in its <body>; +58 B in the panel: no
//   site shown for a local copy's host; see INJECTED_BUDGET_BYTES, PANEL_BUDGET_BYTES), 93.15 KB.
// s33-leftovers (page address, parse) merged with the rest: 95,124 B, 92.9 KB.
// 2026-12-07, s33-headings: 95,130 B (+128 B in the core: a heading over a form is its title; see
//   INJECTED_BUDGET_BYTES), 92.91 KB.
// s33-headings (form titles) merged with the rest: 95,234 B, 93.01 KB.
// 2026-12-07, s33-eyes2: 95,041 B (+39 B: a dialog holding a form is no article text; see INJECTED_BUDGET_BYTES),
//   92.82 KB. 95,094 B (+53 B: the page-wrapper guard and a date declared as a Unix time; see
//   INJECTED_BUDGET_BYTES), 92.87 KB.
// s33-eyes2 (form dialogs, Unix times) merged with the rest: 95,332 B, 93.1 KB.
// 2026-12-07, s33-related: 95,044 B (+42 B in the core: a cut related headline after a title's lead-in, native-ad
// class words; see INJECTED_BUDGET_BYTES), 92.82 KB. 95,086 B (+42 B in the core: a teaser's plain headline over a
// kicker named a headline too; see INJECTED_BUDGET_BYTES), 92.86 KB.
// s33-related (titles, native ads) merged with the rest: 95,422 B, 93.19 KB.
// 2026-12-07, s33-keys: 95,456 B (+454 B in the core: a Russian page's key-point openers; see
//   INJECTED_BUDGET_BYTES), 93.22 KB. 95,556 B (+100 B in the core: a German question word opening a clause alone),
//   93.32 KB. 95,652 B (+96 B in the core: the author's promise to the reader as an announcement), 93.42 KB.
// s33-keys (Russian, clauses, promises) merged with the rest: 96,098 B, 93.85 KB.
// s33-firefox merged after it (the panel +3 B): 96,101 B, still 93.85 KB.
// 2026-12-07, s33-months: 96,603 B (+502 B in the core: month names in eight more languages, the first line in the
//   box under the headline; see INJECTED_BUDGET_BYTES), 94.34 KB.
// 2026-12-07, the thirty-fourth session's first round: 96,761 B (core +87 B, panel +71 B; see above), 94.5 KB.
// s34-relspeed merged: 96,876 B, 94.61 KB.
// 2026-12-07, s34-size: 96,798 B (core -78 B, panel unchanged; see INJECTED_BUDGET_BYTES), 94.53 KB.
// The thirty-fourth session's second round merged: 97,080 B (the core +282 B, see above), 94.81 KB.
// The thirty-fourth session's third round: 97,254 B (the core +174 B, see above), 94.98 KB.
// 2026-12-07, s34-rtl: 97,379 B (the panel +125 B, see PANEL_BUDGET_BYTES), 95.1 KB.
// The thirty-fifth session's first round: 97,846 B (core +330 B, panel +137 B; see above), 95.56 KB.
// 2026-12-07, s35-size: 97,434 B (core -85 B, panel -327 B; see above), 95.16 KB.
// The thirty-fifth session's second and third rounds: 98,444 B (core +976 B, panel +34 B; see above), 96.14 KB.
// 2026-12-07, s35-keys3: 98,475 B (core +31 B), 96.17 KB.
// 2026-12-07, the review's mend: 98,410 B (core -65 B), 96.11 KB.
// The thirty-sixth session: 101,364 B (core +2,661 B, panel +293 B; see above), 98.99 KB.
// 2026-12-07, the second review's mend: 101,347 B (core -17 B), 98.98 KB.
export const INJECTED_WITH_PANEL_BUDGET_BYTES = 98.98 * 1024;
/**
 * Injected besides, only when the reader view opens or an outline is saved with its text: the
 * article's block reader (src/content/article-blocks.js): 12.2 KB on 2026-12-04; 8.9 KB (9,067 B) since
 * the vocabularies of the modules it takes one function from are no longer carried along
 * (scripts/vite/injected-scripts.ts: pure built-in constructors, terser before oxc). 9.0 KB
 * (9,256 B, from 9,331 B) with terser's `inline: 1` (s9-size): lowered from 9.2 to 9.1 KB. 9.0 KB
 * (9,175 B, from 9,273 B) with the block reader's own members as #private names (s10-size).
 * 9,258 B (from 9,202 B) with s11-eyes2's filing lines ('Filed under: …', 'Tags: …') among the calls to action
 * (the block reader carries that vocabulary): raised to 9.1 KB. 2026-12-05: 9,352 B with the slideshow counter
 * rule (body-lines.ts; the block reader carries it too): 9.14 KB. 9,266 B with s13-size (string lists written as one
 * string split, see INJECTED_BUDGET_BYTES): lowered to 9.05 KB. 2026-12-05 (s14-reader): 9,300 B with an outline
 * heading that is all one in-page link (its own anchor) shown in the reader: raised to 9.1 KB. 2026-12-05 (s14-body):
 * 9,344 B with a share call's link line and a gallery's button ("See album") out of the body (body-lines.ts, which the
 * block reader carries): raised to 9.2 KB. All merged: 9,345 B: 9.13 KB.
 * 2026-12-05, s15-eyes: 9,448 B (+103 B) with a line under a picture that repeats its description as its caption,
 * and a lazy <img>'s description kept beside its bare <noscript> copy (blocks/units.ts): raised to 9.23 KB.
 * 9,444 B with numeric references decoded in a description (blocks/images.ts; '&apos;' left to the DOM's own
 * decoding) and the noscript copy's description filled in place.
 * 2026-12-05, s15-walk: 9,357 B (+12 B) with the read layer's tag read that tells other nodes without a second read
 * and its text and child reads given a known plainness (see INJECTED_BUDGET_BYTES): 9.14 KB. Both merged: 9,455 B:
 * 9.24 KB.
 * 2026-12-05 (sixteenth session): 9,506 B (+51 B) with lines that are all links to places on the page (a table of
 * contents) left out of the reader, so they no longer take the headings they name (blocks/units.ts): 9.29 KB.
 * 2026-12-05 (seventeenth session, lead): 9,518 B (+12 B, the minifier's names) with the long-kicker rule: 9.3 KB.
 * 2026-12-05, s17-tables: 9,618 B (+112 B) with the outline's headings the body leaves out shown all the same when
 * mostly a link or in a box the body leaves out once the text has begun (blocks/read-blocks.ts): raised to 9.4 KB.
 * 9,695 B (+77 B) with a heading inside a table cell read as a line of the cell, and a cell that is or holds one of
 * the outline's headings carrying its id (blocks/read-blocks.ts): raised to 9.47 KB. Merged with the lead's
 * rule: 9,704 B: 9.48 KB.
 * 2026-12-05, s17-eyes: 9,555 B (+49 B) with a lazy attribute's JSON settings read for the address quoted in them
 * (blocks/images.ts): 9.34 KB. 9,568 B (+13 B) with an image declared glyph-sized (a bullet, an icon) no figure: 9.35 KB.
 * 7,458 B (-2,110 B) with the block reader taking its tag sets from detect/content-kinds.ts, not through
 * detect/content.ts (whose module code came with them): lowered to 7.29 KB. 7,487 B (+29 B) with a picture inside a
 * link to a related story left out as that story's teaser: 7.32 KB. 7,501 B (+14 B) with the no-break spaces that open
 * a line left out (blocks/inline.ts): 7.33 KB.
 * All merged (the tables rules and the lead's on the smaller reader): 7,680 B: 7.5 KB.
 * 7,757 B (+77 B) with a caption's or a cell's block edges ending its line once, a credit's label ("Foto:") keeping
 * its value on its line in a caption (blocks/units.ts endLine): 7.58 KB. 7,779 B (+22 B) with the review's mend: a
 * line's end looks back at most 40 characters (it read the whole line back at every block edge): 7.6 KB.
 * 2026-12-05, s18-reader: 8,020 B (+241 B) with an outline heading the body leaves out for where it stands shown when
 * it stands over its section's text (blocks/section-heads.ts): 7.84 KB. 8,077 B (+57 B) with a <pre> that holds an
 * outline heading read as the page's blocks, not as code: 7.89 KB. 8,108 B (+31 B) with the review's mends (the
 * bounded text's skip of script and style text, which the block reader carries with read/dom.ts): 7.92 KB.
 * 2026-12-05, s19-eyes: 8,258 B (+150 B) with a picture that white space alone surrounds kept (not a teaser's or a
 * vector icon) and a picture's crops right after it read once (blocks/units.ts): 8.07 KB. 8,271 B (+13 B) with a
 * donation appeal's box left out as a sign-up box (vocabulary/noise-names.json): 8.08 KB. 8,361 B (+90 B) with an
 * ordered list's items that each open with their own number alone read without it (blocks/units.ts): 8.17 KB.
 * 2026-12-05, s20-reader: 8,527 B (+166 B) with a teaser item's picture amid white space left out (an empty link
 * laid over it, a headline beside it that its description repeats, a mail link around it: blocks/teaser-picture.ts):
 * 8.33 KB. 8,611 B (+84 B) with a picture's copy that has its size in its file name ("bag-200x135.jpg") after the
 * picture read once (blocks/units.ts): 8.41 KB. 8,758 B (+147 B) with a gallery's counter under its picture ("3 / 12",
 * or the count its heading states) no paragraph (blocks/units.ts): 8.56 KB. 8,774 B (+16 B) with a banner's strip (at
 * most 100 px high, 5 times as wide) no picture (blocks/images.ts): 8.57 KB. 8,784 B (+10 B) with the final review's
 * mend (a teaser picture's ancestor read only until it is too long: teaser-picture.ts): 8.58 KB.
 * 2026-12-05, s20-eyes3: 8,913 B (+139 B) with a paragraph's lines of prose on either side of a single break read as
 * two paragraphs (blocks/inline.ts proseParagraphs): 8.71 KB.
 * s20-eyes3 merged with the rest: 8,918 B: 8.71 KB.
 * 2026-12-05, s21-leftovers: 9,046 B (+128 B) with a picture described by a byline's name alone, declared at most
 * 260 px wide, no picture of the story (an author's avatar: blocks/units.ts): 8.83 KB. 9,191 B (+145 B) with an
 * icon not declared larger than 64 px, told by its address ('smilies/icon_wink.gif', 'rating_on.gif') or a glyph as its
 * description, no picture (blocks/images.ts): 8.98 KB.
 * 2026-12-05, s21-reader2: 9,405 B (+212 B on main's 9,193 B) with a lazy loader's placeholder file ('placeholder.gif')
 * no picture's address, the address an attribute of the loader's own names taken instead ('data-lg'), and a
 * <noscript> copy past an empty box to its <img> (blocks/images.ts, units.ts): 9.19 KB. 9,436 B (+31 B) with a size
 * declared far under every width the srcset states read as a lazy placeholder's shape (blocks/images.ts): 9.22 KB.
 * 9,557 B (+121 B) with a picture whose address states an icon's size ('-45x45.jpg', '?w=45', '/s45/', 'w_45') and
 * that neither its declared size nor its srcset makes larger no picture (blocks/images.ts): 9.34 KB.
 * 2026-12-05, the review since 40a11a7: 9,590 B (+34 B) with a picture file's types written once
 * (blocks/picture-type.ts), the patterns built from it: 9.37 KB.
 * 2026-12-05, s22-leftovers: 9,601 B (+11 B) with an icon told by its class ('<img class="icon">', 'wp-smiley') as
 * by its address (blocks/images.ts): 9.38 KB.
 * 2026-12-05, s22-eyes: 9,655 B (+65 B) with an inline date or dateline that the sentence goes on from kept in the
 * text (body-noise.ts, which the block reader shares): 9.43 KB.
 * s22-eyes merged with the rest: 9,665 B: 9.44 KB.
 * 2026-12-05, s22-eyes2: 9,680 B (+90 B) with a caption's parts in inline elements of their own set apart by a space
 * ('… in 2023. Credit Jeon …', 'Credit Kevin Frayer'; blocks/units.ts readCaption): 9.46 KB.
 * s22-eyes2 merged with the rest: 9,757 B: 9.53 KB. 9,761 B (+4 B) with a lazy loader's own attribute read once,
 *   not twice (the review since 366796d): 9.54 KB.
 * 2026-12-06, s23-video: 10,289 B (+528 B) with embedded videos as links (a video host's <iframe>, a <video> with
 *   controls and no streaming manifest; blocks/elements.ts videoOf, the hosts' vocabulary and the hidden-element test
 *   it needs): 10.05 KB.
 * 2026-12-06, s23-eyes: 9,809 B (+48 B) with a heading that states the title before the text begins not repeated
 *   (blocks/read-blocks.ts): 9.58 KB.
 * s23-eyes merged with the rest: 10,333 B: 10.1 KB.
 * 2026-12-06, s23-leftovers: 9,992 B (+231 B on main's 9,761 B) with the hand-wrapped lines the body joined one line
 *   of the reader too (blocks/inline.ts joinedLines, detect/wrapped-lines.ts): 9.76 KB. 10,022 B (+30 B) with a pull
 *   quote's speaker named as its attribution kept (body-noise.ts, which the block reader shares): 9.79 KB.
 * s23-leftovers merged with the rest: 10,592 B: 10.35 KB.
 * 2026-12-06, s24-leftovers: 11,054 B (+462 B) with the standfirst printed under the headline, outside the text, shown
 *   first in the reader (blocks/standfirst.ts: a bounded walk after the page's first h1s, the hidden-element test):
 *   10.8 KB. The core +4 B (the two options it passes), under its ratchet.
 * 2026-12-06, s25-eyes: 11,139 B (+85 B) with an audio host's player (Spotify, SoundCloud, Bandcamp, Apple Music /
 *   Podcasts) a link like a video's, the hosts' vocabulary it reads (vocabulary/video-embeds.json): 10.88 KB.
 * 2026-12-06, s25-leftovers2: 11,176 B (+37 B) with a heading the outline takes for no section's (a credit, a
 *   caption) shown as a line, and a gallery's count under a label so shown no text (blocks/heading-block.ts,
 *   units.ts isGalleryCounter): 10.92 KB.
 * 2026-12-06 (twenty-sixth session, lead): 11,636 B (+460 B) with the lead picture that stands before the text in
 *   the page's <article> shown first (blocks/lead-picture.ts; 62 corpus pages gain it): 11.37 KB.
 * 2026-12-06, s26-eyes: 11,894 B (+258 B) with a label for screen readers only no reader text, in captions ("Media
 *   caption", "Credit") and in the text ("(link is external)"), read for the body as a permalink's symbol is and not
 *   shown (blocks/read-blocks.ts, units.ts; detect/screen-reader.ts and the class vocabulary it reads), and a picture
 *   box between two parts of the article (its lead picture between the standfirst and the text) shown where it
 *   stands, not after the last line (blocks/between-parts.ts; ekbo.de, trafilatura 0621): 11.62 KB.
 * 2026-12-06, the review's mend: 11,912 B (+18 B) with a logo told by the word, not the letters inside another
 *   ("catalogo": blocks/lead-picture.ts): 11.64 KB.
 * 2026-12-06, s27-eyes: 12,514 B (+602 B) with a page's formulas (<math>, and the MathML copy MathJax and KaTeX keep
 *   beside their drawing) read as MathML's presentation elements and layout attributes (blocks/math.ts and its
 *   vocabulary, blocks/mathml.json; readability/mathjax showed none of its formulas): 12.23 KB.
 *   12,587 B (+73 B) with a data table's pictures shown in their cells (blocks/units.ts addInlineImages; the ticks of
 *   readability/keep-tabular-data's table of finished steps, Wikipedia's infobox logos and flags): 12.30 KB.
 * 2026-12-06, s27-leftovers: 12,224 B (+312 B) with a picture's caption after a <br> in the picture's box shown as the
 *   figure's caption (blocks/units.ts, the shape test of detect/caption-box.ts; trafilatura 0598): 11.94 KB.
 *   12,272 B (+48 B) with a block whose class names it a signature left out (detect/body-noise.ts, which the block
 *   reader shares; trafilatura 0394): 11.99 KB. 12,377 B (+105 B) with a caption there that opens with the picture's
 *   number ('Abbildung 3: …') one whatever its end (detect/caption-box.ts, vocabulary/figure-labels.json): 12.09 KB.
 * 2026-12-06, s27-leftovers merged with the rest: 13,015 B (the gallery counter's test a module of its own,
 *   blocks/gallery-counter.ts, so that units.ts stays under 400 lines): 12.71 KB.
 * 2026-12-06, the review's mends: 13,039 B (+24 B: detect/caption-box.ts's walk to the caption's line a function of
 *   its own, lineAfterPicture, which the key points share): 12.74 KB.
 * 2026-12-06, s28-debt: 13,056 B (+17 B gzipped, -92 B minified) with the block reader's picture boxes and text
 *   lengths read by the read layer's shared tests (read/pictures.ts holdsPicture, read/dom.ts hasNoText and
 *   isTextLongerThan) instead of copies of their own: the mangled names shift, and gzip finds a little less to share
 *   (blocks/between-parts.ts, lead-picture.ts, section-heads.ts, teaser-picture.ts): 12.75 KB.
 * 2026-12-06, s29-eyes2: 13,341 B (+285 B) with a picture's caption in a box named for captions, no <figure>
 *   ("<div class=wp-caption><img><p class=wp-caption-text>…", a wf_caption span) shown as the figure's caption
 *   (detect/caption-box.ts isNamedCaptionBox, and the caption-name test it shares with the outline's furniture rules,
 *   detect/caption-names.ts; zyte 359fee22 and 11 other corpus pages showed the picture without it): 13.03 KB.
 * 2026-12-06, s30-walk: 13,355 B (+14 B) with the furniture-name test's itemprop asked only of an element that has one,
 *   when its caller knows (detect/body-noise.ts isBodyNoiseCandidate's `bits`, read/attribute-bits.ts): 13.05 KB.
 * 2026-12-06, s30-leftovers: 13,353 B (+12 B) with a heading of no letter or digit ("*", "* * *") a line of the
 *   reader, as it is no section of the outline (blocks/heading-block.ts; trafilatura 0310): 13.05 KB.
 * 2026-12-06, s30-leftovers merged with the rest: 13,367 B: 13.06 KB.
 * 2026-12-07, s34-size: 13,351 B (-16 B, the same blocks on all 551 corpus pages) with terser's `unsafe_arrows` for the
 *   block reader as for the core (scripts/vite/injected-scripts.ts: it holds no Preact, no function called with `new`):
 *   13.04 KB.
 */
// 2026-12-07, s34-reader: 13,467 B (+116 B after s34-size's -16 B: a figcaption closed after its figure, a one-item
//   list wrapping a post, the lead picture's caption across a loader's text, an image of height 0), 13.16 KB.
// The thirty-fifth session's first round: 13,583 B (+116 B: s35-eyes-en's srcset read as the HTML standard reads it and
//   podcast hosts' players, s35-leftovers' heading levels from the read layer), 13.27 KB.
// 2026-12-07, s35-size: 13,580 B (-3 B: its own last-picture field named `from`, so that the core may shorten
//   `element`), 13.27 KB.
// 2026-12-07, s35-reader2: 13,780 B (+200 B: a print button's picture in a link that goes nowhere is no picture, a
//   paragraph's first line repeating the picture's description is its caption, blocks/caption-line.ts), 13.46 KB.
// The thirty-sixth session: 14,017 B (+237 B: s36-r3's headline typed again before the text +201 B, s36-reader3's
//   picture description without its credit and control characters), 13.69 KB.
export const ARTICLE_BLOCKS_BUDGET_BYTES = 13.69 * 1024;
/** The toolbar popup. */
export const POPUP_BUDGET_BYTES = 60 * 1024;
/** The reader page. */
export const READER_BUDGET_BYTES = 80 * 1024;

function build(): void {
  execFileSync(
    'npx',
    ['vite', 'build', '--mode', 'production', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, and a build that inherits it keeps Preact's and Vite's
      // development branches (the panel's script 1.2 KB bigger, the reader page 5 KB): measure what ships.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/**
 * A script and every chunk it imports (`from"./x.js"`, `import"./x.js"`, and the dynamic
 * `import(\`./x.js\`)` the popup loads its UI with), as absolute paths.
 */
function withStaticImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  if (!file.endsWith('.js')) return;
  const code = readFileSync(file, 'utf8');
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'`](\.{1,2}\/[^"'`]+\.js)["'`]/g)) {
    withStaticImports(path.resolve(path.dirname(file), match[1]!), seen);
  }
}

/** Every file an extension page loads: its scripts (with their imports) and stylesheets. */
function pageFiles(htmlFile: string): string[] {
  const html = readFileSync(htmlFile, 'utf8');
  const seen = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+\.(?:js|css))"/g)) {
    const ref = match[1]!;
    const file = ref.startsWith('/') ? path.join(dist, ref) : path.resolve(path.dirname(htmlFile), ref);
    withStaticImports(file, seen);
  }
  return [...seen];
}

/** The self-contained scripts under dist/src/content, by file name. */
function injectedFiles(): Map<string, string> {
  const dir = path.join(dist, 'src/content');
  return new Map(
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => [name, path.join(dir, name)]),
  );
}

const total = (files: string[]) => files.reduce((sum, file) => sum + gzipped(file), 0);
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The production build takes about 40 s alone; on a shared machine under load (2 cores, load 20) over 3 minutes. */
const BUILD_TIMEOUT_MS = 420_000;

describe('size budgets (production build, gzipped)', () => {
  beforeAll(() => build(), BUILD_TIMEOUT_MS);
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  test('code injected into a page: the core, the panel beside it, the block reader for the reader view', () => {
    const files = injectedFiles();
    // Exactly these: any other file would be injected by no one, or uncounted here.
    expect([...files.keys()].sort()).toEqual(['article-blocks.js', 'content-script.js', 'panel-script.js']);
    const outline = gzipped(files.get('content-script.js')!);
    const panel = gzipped(files.get('panel-script.js')!);
    const blocks = gzipped(files.get('article-blocks.js')!);
    const goal = `(goal for core + panel: ${kb(INJECTED_GOAL_BYTES)})`;
    console.log(`injected by a toolbar click (core): ${kb(outline)} of ${kb(INJECTED_BUDGET_BYTES)}`);
    console.log(`injected besides when the panel opens: ${kb(panel)} of ${kb(PANEL_BUDGET_BYTES)}`);
    console.log(`core + panel: ${kb(outline + panel)} of ${kb(INJECTED_WITH_PANEL_BUDGET_BYTES)} ${goal}`);
    console.log(`injected besides for the reader view or a save: ${kb(blocks)} of ${kb(ARTICLE_BLOCKS_BUDGET_BYTES)}`);
    expect(outline).toBeLessThanOrEqual(INJECTED_BUDGET_BYTES);
    expect(panel).toBeLessThanOrEqual(PANEL_BUDGET_BYTES);
    expect(outline + panel).toBeLessThanOrEqual(INJECTED_WITH_PANEL_BUDGET_BYTES);
    expect(blocks).toBeLessThanOrEqual(ARTICLE_BLOCKS_BUDGET_BYTES);
  });

  test('the core injected for the popup holds no panel: no Preact, no panel stylesheet', () => {
    const code = readFileSync(injectedFiles().get('content-script.js')!, 'utf8');
    expect(code).not.toContain('.or-panel');
    expect(code).toContain('.or-flash'); // the jump highlight's own small stylesheet stays
    const panel = readFileSync(injectedFiles().get('panel-script.js')!, 'utf8');
    expect(panel).toContain('.or-panel');
    // The panel does not carry the analysis core (a phrase of the related-stories lexicon).
    expect(panel).not.toContain('you may also like');
  });

  test("the core starts with V8's eager compile hint (its functions nearly all run in the first analysis)", () => {
    const core = readFileSync(injectedFiles().get('content-script.js')!, 'utf8');
    expect(core.startsWith(EAGER_COMPILE_HINT)).toBe(true);
  });

  test('the block reader carries no vocabulary it never reads (a module-level Set of unread data goes)', () => {
    const blocks = readFileSync(injectedFiles().get('article-blocks.js')!, 'utf8');
    const core = readFileSync(injectedFiles().get('content-script.js')!, 'utf8');
    // The public-suffix list (src/core/read/site.ts): the core reads it, the block reader does not.
    expect(core).toContain('github.io');
    expect(blocks).not.toContain('github.io');
  });

  test('the injected code holds none of the explanations only the CLI shows', () => {
    const code = readFileSync(injectedFiles().get('content-script.js')!, 'utf8');
    // A related-stories lexicon explanation, and a data file's comment key.
    expect(code).not.toContain('offers stories linked to this one');
    expect(code).not.toContain('$comment');
    expect(code).toContain('you may also like'); // the lexicon's phrases are there
  });

  test("the core's and the panel's shortened property names are their own: no other injected file reads them, no result holds them", () => {
    const files = injectedFiles();
    // A hyphenated CSS name in an inlined stylesheet ("hyphenate-limit-chars") is one word: it reads no property.
    const words = (file: string) => new Set(readFileSync(file, 'utf8').match(/[\w$]+(?:-[\w$]+)*/g));
    const core = words(files.get('content-script.js')!);
    const panel = words(files.get('panel-script.js')!);
    const blocks = words(files.get('article-blocks.js')!);
    const keys = new Set<string>();
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === 'object')
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          collect(inner);
        }
    };
    for (const page of fixturePages('seed').slice(0, 3)) {
      const doc = parseHTML(fixtureHtml(page.name)).document;
      collect(
        JSON.parse(JSON.stringify(analyzeDocument(doc, { url: page.expected.url ?? null, content: true }).result)),
      );
    }
    expect(keys.has('title')).toBe(true); // the result's keys were read
    for (const name of CORE_INTERNAL_PROPERTIES) {
      expect(core.has(name), name).toBe(false); // shortened in the shipped core
      expect(panel.has(name) || blocks.has(name), name).toBe(false);
      expect(keys.has(name), name).toBe(false);
    }
    for (const name of PANEL_INTERNAL_PROPERTIES) {
      expect(panel.has(name), name).toBe(false); // shortened in the shipped panel
      expect(core.has(name) || blocks.has(name), name).toBe(false);
      expect(keys.has(name), name).toBe(false);
    }
  });

  test('the popup', () => {
    const files = pageFiles(path.join(dist, 'src/popup/index.html'));
    expect(files.some((file) => file.endsWith('.js'))).toBe(true);
    const size = total(files);
    console.log(`popup: ${kb(size)} of ${kb(POPUP_BUDGET_BYTES)} (${files.length} files)`);
    expect(size).toBeLessThanOrEqual(POPUP_BUDGET_BYTES);
  });

  test('the reader page, when the build has one', () => {
    const reader = ['reader.html', 'src/reader/index.html'].map((name) => path.join(dist, name)).find(existsSync);
    if (!reader) {
      console.log('reader: no reader page in this build');
      expect(existsSync(path.join(dist, 'manifest.json'))).toBe(true); // the build itself is there
      return;
    }
    const size = total(pageFiles(reader));
    console.log(`reader: ${kb(size)} of ${kb(READER_BUDGET_BYTES)}`);
    expect(size).toBeLessThanOrEqual(READER_BUDGET_BYTES);
  });
});

describe("the panel's shortened property names", () => {
  // Preact gives a DOM element's props to the element (attributes, properties, events): a shortened name there would
  // set another attribute. Component props and the rows' fields are the panel's own.
  test('are set on no DOM element in the JSX the panel is built from', () => {
    const names = new Set(PANEL_INTERNAL_PROPERTIES);
    const onElements: string[] = [];
    let elements = 0;
    for (const folder of ['src/ui', 'src/content/panel']) {
      for (const name of readdirSync(path.join(repoRoot, folder), { recursive: true, encoding: 'utf8' })) {
        if (!name.endsWith('.tsx')) continue;
        const file = path.join(folder, name);
        const { program } = parseSync(file, readFileSync(path.join(repoRoot, file), 'utf8'));
        walkTree(program, (node: Node, depth) => {
          const tag = node.type === 'JSXOpeningElement' ? (node.name as Node & { name?: string }).name : undefined;
          if (typeof tag !== 'string' || !/^[a-z]/.test(tag)) return depth;
          elements++;
          for (const attribute of node.attributes as (Node & { name?: { name?: string } })[]) {
            const prop = attribute.type === 'JSXSpreadAttribute' ? '...' : attribute.name?.name;
            if (prop === '...' || (prop && names.has(prop))) onElements.push(`${file}: <${tag} ${prop}>`);
          }
          return depth;
        });
      }
    }
    expect(elements).toBeGreaterThan(50); // the JSX was read
    expect(onElements).toEqual([]);
  });
});
