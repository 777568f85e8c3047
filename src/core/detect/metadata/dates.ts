/**
 * The publication date: JSON-LD datePublished, article:published_time (and the Parse.ly,
 * Dublin Core and `pubdate` metas), [itemprop=datePublished], a <time> marked as the publication date (pubdate,
 * .published, .dt-published, .entry-date; its text when it declares no datetime), a <time datetime> in the byline
 * area, then the first <time datetime> in the <header> around a headline (the analysis reads the metadata before it
 * knows the article's roots), then a line of the byline area that is a date alone, the line above a headline with a
 * <time datetime>, the only <time datetime> after the headline, an element named as a date before the text, an RDFa
 * date property (./rdfa-date.ts), a blog post's meta line that writes it in words (./post-meta-date.ts). Returned in
 * ISO 8601 form when it can be read, else as written.
 */
import {
  attr,
  childElements,
  closest,
  contains,
  firstElementChild,
  hasNoText,
  localName,
  matches,
  nextElementSibling,
  parentElement,
  previousElementSibling,
  querySelector,
  textContent,
} from '../../read/dom';
import dateWords from '../vocabulary/dates.json';
import type { JsonLdArticle } from './json-ld';
import { firstMeta, type MetaValues } from './meta-tags';
import { declaredDate, type PageScan } from './page-scan';
import { hasShortText, shortSpacedTextTest } from './dom-text';
import { cleanValue } from './text';
import { isDateNamed, paragraphsAndDatesAfter } from './before-text';
import { collapseWhitespace } from '../../read/text';
import { dayBeforeClock, formatOffset, writtenOffset } from './date-zones';
import { postMetaDate } from './post-meta-date';
import { DAY_MONTH_NAME_YEAR, monthOfName } from './month-names';
import { fromUnixTime } from './unix-time';
import { BYLINE_AREA_MAX_CHARS, fromOnlyTimeAfterHeadline } from './time-after-headline';

/** Meta keys that hold the publication date, most specific first (a bare `date` last). */
const DATE_META_KEYS = [
  'article:published_time',
  'parsely-pub-date',
  'sailthru:date',
  'dc:date',
  'dcterm:date',
  'pub-date',
  'publishdate',
  'publish_date',
  'published_time',
  'date',
] as const;

/** "2021-11-01", "2021-11-01T10:52", "2021-11-01 10:52:50.123", optionally zoned ("Z", "+0100", "+01:00", " UTC"). */
const ISO_LIKE =
  /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?$/i;
/** Dates before this year are parse errors or placeholders, not publication dates of a web page. */
const EARLIEST_PLAUSIBLE_YEAR = 1990;
/** Dates more than this far in the future (ms) are placeholders; a little slack covers time zones and embargoes. */
const MAX_FUTURE_MS = 366 * 24 * 60 * 60 * 1000;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
/**
 * A numeric date written with dots or dashes ("10.12.2022, 07:00:03", "01-11-2023 10:29", "12.10.2015, 19:16 Uhr"):
 * read day first, as the conventions that write dots or dashes do (German, Dutch, Russian, …; month-first dates are
 * written with slashes). Date.parse reads "10.12.2022" as October 12.
 */
const DAY_FIRST = /^(\d\d?)([.-])(\d\d?)\2(\d{4}),? ?(\d\d:\d\d(?::\d\d)?)?(?: Uhr)?$/;

function normaliseZone(zone: string | undefined): string {
  if (!zone) return '';
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.length > 3 ? digits.slice(3) : '00'}`;
}

function isPlausible(time: number): boolean {
  return (
    !Number.isNaN(time) &&
    new Date(time).getUTCFullYear() >= EARLIEST_PLAUSIBLE_YEAR &&
    time <= Date.now() + MAX_FUTURE_MS
  );
}

/** A value that reads as a date but an implausible one (before EARLIEST_PLAUSIBLE_YEAR, or far in the future). */
function isPlaceholderDate(value: string): boolean {
  const iso = ISO_LIKE.exec(value);
  const time = iso ? Date.parse(`${iso[1]}T00:00:00Z`) : Date.parse(value);
  return !Number.isNaN(time) && !isPlausible(time);
}

/**
 * ISO 8601 form of a date string. ISO-like input is rewritten textually (so its wall-clock time
 * and zone are kept, or its lack of zone); other parseable dates ("Mon, 18 Nov 2019 16:07:38 -0600",
 * "March 11, 2015 3:46 PM") keep the wall-clock time and zone they were written with;
 * an unreadable value is returned as written.
 */
export function toIsoDate(value: string): string {
  // Rewritten year-first, then read as an ISO-like date (with the time that followed, if any).
  if (+(DAY_FIRST.exec(value)?.[3] ?? 13) < 13) return toIsoDate(value.replace(DAY_FIRST, '$4-$3-$1 $5').trim());
  const iso = ISO_LIKE.exec(value);
  const unix = iso ? null : fromUnixTime(value);
  if (unix) return isPlausible(Date.parse(unix)) ? unix : value;
  if (iso) {
    const [, date, time, zone] = iso;
    const stamp = time ? `${date}T${time.replace(',', '.')}${normaliseZone(zone)}` : date!;
    return isPlausible(Date.parse(time ? stamp : `${date}T00:00:00Z`)) ? stamp : value;
  }
  const time = Date.parse(value);
  if (!isPlausible(time)) return value;
  const offset = writtenOffset(value);
  if (offset !== null) {
    // The wall-clock time in the written zone, read through the UTC getters.
    const d = new Date(time + offset * 60_000);
    const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
    return `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${formatOffset(offset)}`;
  }
  // No zone written: Date.parse read it as local time, so the local getters give back the written wall clock.
  const d = new Date(time);
  const clock =
    d.getHours() || d.getMinutes() || d.getSeconds()
      ? `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`
      : '';
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}${clock}`;
}

/** The page's first [itemprop~="datePublished"] element, or RDFa's date element (./page-scan.ts). */
function fromMicrodata(element: Element | null): string | null {
  if (!element) return null;
  return attr(element, 'content') ?? attr(element, 'datetime') ?? declaredDate(element) ?? textContent(element);
}

/**
 * The page's first <time> marked as the publication date: HTML5 `pubdate`, hAtom / microformats2 classes,
 * WordPress's entry-date (./page-scan.ts); its datetime, else its text (the caller keeps only a readable date).
 */
function fromMarkedTimeElement(time: Element | null): string | null {
  return time ? (declaredDate(time) ?? textContent(time)) : null;
}

/** A <time> that declares a date and is not marked as the date of the last change. */
const DATING_TIME = 'time[datetime]:not([itemprop=dateModified])';

/**
 * The first <time datetime> in the <header> around a headline (an h1): an article's header holds its headline and
 * its date ("<header><time datetime=…>Veröffentlicht am 5. November 2023</time> … <h1>…</h1></header>"); one
 * marked as the date of the last change is not it. `times`: the page's (PageScan datingTimes): where it has none,
 * no box holds one, and this rule, fromBylineArea and fromLineBeforeHeadline ask the selector engine nothing.
 */
function fromHeadlineHeader(h1s: readonly Element[], times: readonly Element[]): string | null {
  for (const h1 of times.length ? h1s : []) {
    const header = closest(h1, 'header');
    const time = header && querySelector(header, DATING_TIME);
    if (time) return attr(time, 'datetime');
  }
  return null;
}

/** Byline elements looked into, first ones first (comment lists mark hundreds of "author" elements). */
const MAX_BYLINE_ELEMENTS = 20;

/**
 * The first <time datetime> in a byline area: "By Jane Doe · <time datetime=…>March 3</time>"
 * (./page-scan.ts marks bylines).
 */
function fromBylineArea(
  bylineMarked: readonly Element[],
  isShort: (area: Element) => boolean,
  times: readonly Element[],
): string | null {
  for (const byline of times.length ? bylineMarked.slice(0, MAX_BYLINE_ELEMENTS) : []) {
    for (const area of [byline, parentElement(byline)]) {
      if (!area || !isShort(area)) continue;
      // Not the date of the last change ("Last updated …", readability ehow-2).
      const time = querySelector(area, DATING_TIME);
      const value = time ? attr(time, 'datetime') : null;
      if (value?.trim()) return value;
    }
  }
  return null;
}

/** A line of the byline area that is a date alone is short ... */
export const MAX_DATE_LINE_CHARS = 40;
/** ... and writes a day and a year ("November 15, 2019", "15. November 2019", "2019-11-15"; not "© 2019"). */
const DAY_AND_YEAR = /\b\d{1,2}\b\D{1,12}\b(19|20)\d\d\b|\b(19|20)\d\d\b\D{1,12}\b\d{1,2}\b/;

/**
 * A child of a byline area that is a date alone, where no <time> declares one: "<h6>By Carrie Arnold</h6>
 * <p><em>November 15, 2019</em></p>". The area reaches one box further up here, as short: the name's link may sit in
 * a box of its own beside the date's ("<p><span>Von</span> <span><a class=author-link>…</a></span> <span>publiziert
 * am …</span></p>", zyte 57b4dafd). Boxes of one box each are passed through to their lines ("<div class=author_date>
 * <div class=row><div class=col>…<span>Nov 19, 2019, 10:31 pm CST</span>", zyte 06ee193d).
 */
function fromBylineLines(bylineMarked: readonly Element[], isShort: (area: Element) => boolean, read: Set<Element>) {
  for (const byline of bylineMarked.slice(0, MAX_BYLINE_ELEMENTS)) {
    const parent = parentElement(byline);
    for (const area of [byline, parent, parent && parentElement(parent)]) {
      // An area read before with no date (another byline's, or in the first pass) gives none again.
      if (!area || read.has(area) || !isShort(area)) continue;
      let lines = childElements(area);
      while (lines.length === 1 && childElements(lines[0]!).length) lines = childElements(lines[0]!);
      for (const line of lines) {
        const text = dateLine(textContent(line).trim());
        if (text) return text;
      }
      read.add(area);
    }
  }
  return null;
}

/**
 * The byline elements beside a headline (an h1's siblings), wherever they stand in the page's list: teaser lists
 * before the article may mark more bylines than MAX_BYLINE_ELEMENTS ("<span class=dateline>Sunday, Feb 1, 2015 11:57
 * AM UTC</span> <h1>…</h1>" after 24 teasers' bylines: readability salon-1).
 */
function besideHeadline(bylineMarked: readonly Element[], h1s: readonly Element[]): Element[] {
  const parents = new Set(h1s.map(parentElement));
  return bylineMarked.filter((byline) => parents.has(parentElement(byline)));
}

/** A place or a name before the date: one to three words of letters, then a comma ("Lübeck, ", "Jane Doe, "). */
export const DATELINE_PLACE = /^\p{Lu}[\p{L}.'-]*(?: [\p{L}.'-]+){0,2}, /u;

/**
 * The line right under a headline (an h1; the first may be a skip link's) when it is a date alone ("<h1>…</h1><div
 * class=…>October 12, 2017</div>"), or a place and a date ("Lübeck, 31. März 2003": a speech, bundespraesident.de,
 * trafilatura 0379); or the first line in that box.
 */
function fromLineAfterHeadline(h1s: readonly Element[]): string | null {
  for (const h1 of h1s) {
    const box = nextElementSibling(h1);
    // Or the first line in that box, beside share buttons: "<div><div>opublikowano: 7 kwietnia 2021</div><div
    // class=social>…" (trafilatura 0499).
    for (const line of box ? [box, firstElementChild(box)] : []) {
      const text = line ? textContent(line).trim() : '';
      const date = text && (dateLine(text) ?? dateLine(text.replace(DATELINE_PLACE, '')));
      if (date) return date;
    }
  }
  return null;
}

/** Empty boxes skipped between a headline and the date line above it. */
const MAX_EMPTY_BEFORE_HEADLINE = 2;

/**
 * The line right above a headline (an h1) when it is a short one with a <time datetime>: "<p class=info><time
 * datetime=…>31.01.2022</time></p><h1>…" (trafilatura 0687), a kicker's "<time …>01.02.2022</time> | Meeting <h1>";
 * else when it is a date alone, perhaps after a place, as under it: "<div class=…><p>02.12.2022</p></div><h1>" in
 * the headline's box (zvei.org, trafilatura 0742), "<span>Bonn,&nbsp;11.10.2021</span><h1>" (thw.de, 0589).
 */
function fromLineBeforeHeadline(h1s: readonly Element[], times: readonly Element[]): string | null {
  for (const h1 of h1s) {
    let line = previousElementSibling(h1);
    // An empty box between them (share buttons the script fills) is skipped: "<div class=date>…</div><div
    // class=social> </div><h1>" (trafilatura 0676).
    for (let skipped = 0; line && skipped < MAX_EMPTY_BEFORE_HEADLINE && hasNoText(line); skipped++) {
      line = previousElementSibling(line);
    }
    if (!line || !hasShortText(line, MAX_DATE_LINE_CHARS)) continue;
    const time = !times.length ? null : matches(line, DATING_TIME) ? line : querySelector(line, DATING_TIME);
    const value = time
      ? attr(time, 'datetime')
      : dateLine(collapseWhitespace(textContent(line)).replace(DATELINE_PLACE, ''));
    if (value) return value;
  }
  return null;
}

/** A paragraph this long (characters) is the text's: a date named as one below it dates something else. */
const TEXT_PARAGRAPH_MIN_CHARS = 80;
/**
 * The first element named as a date alone between the first headline (an h1) and the text's first paragraph: "<h1>…
 * </h1> <figure>…</figure> <span class=meta__date>03.11.2021</span> <ul>…" (trafilatura 0579). One after the text
 * starts (a reference's, a teaser's) dates no article. Read on the few pages no rule before it dated.
 */
function fromDateNamedBeforeText(h1s: readonly Element[]): string | null {
  // A paragraph in the <header> around the headline is its lead, not the text: the date may follow it ("<header><h1>
  // …</h1><div class=teaser><p>Frankfurt/Main (dpa) - Für …</p></div><div class=ar-date>12.10.2015, 19:16 Uhr</div>
  // </header>", rnz.de, trafilatura 0019).
  const header = h1s[0] && closest(h1s[0], 'header');
  for (const element of h1s[0] ? paragraphsAndDatesAfter(h1s[0]) : []) {
    const text = textContent(element).trim();
    const date = (localName(element) !== 'p' || isDateNamed(element)) && dateLine(text);
    if (date) return date;
    if (text.length >= TEXT_PARAGRAPH_MIN_CHARS && !(header && contains(header, element))) return null;
  }
  return null;
}

/** Words that label a date (./vocabulary/dates.json fillers: "Datum", "published", "am", "on", …). */
const DATE_LABEL_WORDS = new Set(dateWords.fillers);
/** A word opening a line, perhaps with a colon ("Datum: "). */
const LABEL_WORD = /^(\p{L}+):? /u;
/** Of the label words, those of a last change ("Updated", "Stand", "mis à jour"): its date is no publication's. */
const CHANGE_WORDS = new Set(dateWords.changeLabels);

/**
 * A text when it is a date alone, short, with a day and a year, that reads as a date of the year it writes
 * (Date.parse reads "Janic Cathomen, 01.12.2021" as 2012); one of a month's name rewritten year first. Label words
 * before it go ("Datum: 18.10.2021" under the headline, zoll.de, trafilatura 0565; "publiziert am 25. September
 * 2018", zyte 57b4dafd); a last change's label dates no publication. The markup's white space reads as one space: a
 * label's <span> with the date indented on a line of its own ("veröffentlicht\n      28.01.2022 06:00", gay.ch 0639).
 * With `ofChange`, the other way round: the date a last change's label opens a line with (./updated.ts).
 */
export function dateLine(line: string, ofChange = false): string | null {
  let [text, changed] = [collapseWhitespace(line), false];
  for (let word = LABEL_WORD.exec(text); word; word = LABEL_WORD.exec(text)) {
    const lowered = word[1]!.toLowerCase();
    if (CHANGE_WORDS.has(lowered)) {
      if (!ofChange) return null;
      changed = true;
    }
    if (!DATE_LABEL_WORDS.has(lowered)) break;
    text = text.slice(word[0].length);
  }
  // `ofChange`: the date of a line a last change's label opens ("Updated 3 May 2024, 14:05"), none of another.
  if (ofChange !== changed) return null;
  const named = DAY_MONTH_NAME_YEAR.exec(text);
  const month = named && monthOfName(named[2]!);
  if (month) return `${named[3]}-${pad(month)}-${pad(+named[1]!)}`;
  const iso = text.length <= MAX_DATE_LINE_CHARS && DAY_AND_YEAR.test(text) ? toIsoDate(text) : text;
  if (iso !== text && text.includes(iso.slice(0, 4))) return text;
  // A clock after the day that Date.parse does not read with it ("November 20, 2019 - 11:28 AMT"): the day alone.
  const day = iso === text && text.length <= MAX_DATE_LINE_CHARS ? dayBeforeClock(text) : null;
  return day ? dateLine(day) : null;
}

export interface DateInput {
  jsonLd: JsonLdArticle | null;
  meta: MetaValues;
  scan: Pick<
    PageScan,
    | 'firstDatePublished'
    | 'firstMarkedTime'
    | 'datingTimes'
    | 'firstRdfaDate'
    | 'firstPostMeta'
    | 'bylineMarked'
    | 'h1s'
  >;
}

/** A moment declared in UTC before this hour may fall on the day before where the page is (the Americas' evening). */
const UTC_EVENING_HOURS = 12;
/** A moment declared in UTC: its day and hour. */
const UTC_MOMENT = /^(\d{4}-\d\d-\d\d)T(\d\d):\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]00:?00)$/;
const DAY_MS = 24 * 60 * 60 * 1000;

export function extractPublishedTime(input: DateInput): string | null {
  // Declared values are returned even when unreadable (as written); markup values only when they read as dates.
  // A declared date that reads as one but cannot be a web page's ("0001-01-01T00:00:00Z", a CMS's empty
  // date) declares nothing.
  const meta = toIsoDate(cleanValue(firstMeta(input.meta, DATE_META_KEYS)) ?? '');
  const declared = cleanValue(input.jsonLd?.datePublished) ?? (meta || null);
  if (!declared || isPlaceholderDate(declared)) return markupDate(input);
  const iso = toIsoDate(declared);
  // Declared in UTC, early in the day, where the page's own markup dates it the day before ("2019-11-19T04:50:22+00:00"
  // under a byline's "<time datetime=2019-11-18>November 18, 2019", zyte d1c57d78): the page's day is the markup's.
  // So when a meta writes the JSON-LD's clock in UTC: one of them mislabels its zone ("02:15:49-06:00" beside
  // "02:15:49+00:00" over "Nov 19, 2019, 8:15 pm CST", zyte 3cb22bfa), and the markup tells which.
  const utc = UTC_MOMENT.exec(iso) ?? (meta.slice(0, 19) === iso.slice(0, 19) ? UTC_MOMENT.exec(meta) : null);
  if (!utc || +utc[2]! >= UTC_EVENING_HOURS) return iso;
  const page = markupDate(input, 1);
  const day = page && /^\d{4}-\d\d-\d\d/.exec(page)?.[0];
  return day && Date.parse(utc[1]!) - Date.parse(day) === DAY_MS ? page : iso;
}

/**
 * The publication date the page's markup gives (time elements, the byline's area, lines by the headline); from
 * `first` on, 1 to pass over microdata (a <meta itemprop> may date the text's writing, not its day on the page).
 */
function markupDate(input: DateInput, first = 0): string | null {
  const [isShort, linesRead] = [shortSpacedTextTest(BYLINE_AREA_MAX_CHARS), new Set<Element>()];
  const fromMarkup = [
    () => fromMicrodata(input.scan.firstDatePublished()),
    () => fromMarkedTimeElement(input.scan.firstMarkedTime()),
    () => fromBylineArea(input.scan.bylineMarked(), isShort, input.scan.datingTimes()),
    () => fromHeadlineHeader(input.scan.h1s, input.scan.datingTimes()),
    () => fromBylineLines(input.scan.bylineMarked(), isShort, linesRead),
    () => fromLineAfterHeadline(input.scan.h1s),
    () => fromBylineLines(besideHeadline(input.scan.bylineMarked(), input.scan.h1s), isShort, linesRead),
    () => fromLineBeforeHeadline(input.scan.h1s, input.scan.datingTimes()),
    () => fromOnlyTimeAfterHeadline(input.scan.h1s, input.scan.datingTimes()),
    () => fromDateNamedBeforeText(input.scan.h1s),
    // Last: RDFa's date is read where the page marks no other (its property's value, as microdata's).
    () => fromMicrodata(input.scan.firstRdfaDate()),
    // Then a blog post's meta line that writes its date in its words (./post-meta-date.ts).
    () => postMetaDate(input.scan.firstPostMeta(), dateLine),
  ];
  for (const read of fromMarkup.slice(first)) {
    const value = cleanValue(read());
    if (!value) continue;
    const iso = toIsoDate(value);
    if (iso !== value || ISO_LIKE.test(value)) return iso;
  }
  return null;
}
