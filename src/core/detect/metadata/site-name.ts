/**
 * The site's name: the JSON-LD publisher's name, og:site_name, then application-name
 * (only when it reads as a name, not as "Site - Tagline"). When the page's host is known and the
 * first of these has nothing to do with it, a later one, or the <title>'s last part, that spells the
 * host may overrule it: "U.S." as og:site_name beside "Headline - Reuters" on reuters.com is a section,
 * the publisher "DH News Service" beside og:site_name and "Headline | Deccan Herald" an agency. When the page declares
 * none, the <title>'s last part that names the host is the name (title-site.ts; metadata.ts asks it).
 */
import type { JsonLdArticle } from './json-ld';
import type { MetaValues } from './meta-tags';
import { cleanValue, comparable, looksLikeUrl, wordCount } from './text';
import { bareHost, siteOf } from '../../read/site';
import nameArticles from '../vocabulary/name-articles.json';
import { bare, serviceLabels, spelledOut } from '../vocabulary/host-letters.json';
import { nameKey, withoutMarks } from '../../read/text';
import { isAgencyName } from '../furniture-text';
import { NON_ASCII } from '../../text';

/**
 * How many other statements (og:site_name, application-name, the <title>'s last part) must spell the
 * host to overrule a first name unrelated to it. A site-name meta names the site, so one will do; a
 * JSON-LD publisher may rightly be an organisation or a publication on a platform ("Wikimedia Foundation,
 * Inc." on wikipedia.org, a Medium publication: Readability's choice), so two must agree.
 */
const SITE_NAME_OVERRULED_BY = 1;
const PUBLISHER_OVERRULED_BY = 2;

/** Articles a name may open with that its host leaves out ("The" of "The Times of Israel"). */
const NAME_ARTICLES: ReadonlySet<string> = new Set(nameArticles.articles);

/** An application-name longer than this (words) is a tagline or a page title, not a name. */
const MAX_APPLICATION_NAME_WORDS = 4;
/** A separator inside a name means "Site - Tagline" rather than a bare name. */
export const TITLE_SEPARATOR = / [|\-\u2013\u2014:·•] /;

function asApplicationName(value: string | undefined): string | null {
  const name = cleanValue(value);
  if (!name || TITLE_SEPARATOR.test(name) || wordCount(name) > MAX_APPLICATION_NAME_WORDS) return null;
  return name;
}

/** The letters and digits of a name, lower case, as read/text.ts compares names: "The Verge" → "theverge". */
const key = (name: string): string => nameKey(comparable(name));

/** Letters a host spells out in ASCII ("ä" as "ae"; vocabulary/host-letters.json). */
const SPELLED_OUT: Readonly<Record<string, string>> = spelledOut;
const SPELLED_OUT_LETTER = new RegExp(`[${Object.keys(spelledOut).join('')}]`, 'g');
/** Letters drawn with a stroke, which no mark is taken off: the letter under it ("ø" as "o"). */
const BARE: Readonly<Record<string, string>> = bare;
const BARE_LETTER = new RegExp(`[${Object.keys(bare).join('')}]`, 'g');
const latin = (key: string): string => withoutMarks(key).replace(BARE_LETTER, (letter) => BARE[letter]!);

/**
 * A name's key and, when it holds letters no host name writes, the keys a host spells it with: the letters spelled
 * out ("Schweizer Jäger" as schweizerjaeger.ch, trafilatura 0561) or without their marks or strokes ("jager",
 * "Ørsted" as orsted.de, trafilatura 0733).
 */
function hostSpellings(nameKey: string): string[] {
  if (!NON_ASCII.test(nameKey)) return [nameKey];
  const spelled = latin(nameKey.replace(SPELLED_OUT_LETTER, (letter) => SPELLED_OUT[letter]!));
  return [nameKey, spelled, latin(nameKey)];
}

/**
 * The host's brand as a key ("theverge" for www.theverge.com), a hosted site's own label ("alice" for
 * alice.wordpress.com: the blog's name, not the platform's), or "" when it names none.
 */
const hostKey = (hostname: string): string => {
  const site = siteOf(hostname);
  return key(site.brand ?? (site.suffix.includes('.') ? site.domain.split('.')[0]! : ''));
};

/**
 * Whether `name`, or its part before a tagline, spells the host's own name: "The Verge" for
 * www.theverge.com, "Vox" for vox.com, "LinkNaija | News platform" for linknaija.com.
 */
export function namesHost(name: string, hostname: string): boolean {
  const host = hostKey(hostname);
  // The host as written ("www.siegessaeule.de": trafilatura 0641), a name after an article ("The Times of Israel").
  const [first = '', ...rest] = bareHost(name.split(TITLE_SEPARATOR)[0]!).split(' ');
  const keys = [key([first, ...rest].join(' ')), NAME_ARTICLES.has(first) ? key(rest.join(' ')) : ''];
  return (
    host.length > 1 &&
    keys.some((nameKey) => hostSpellings(nameKey).some((spelled) => spelled === host || spelled === `${host}com`))
  );
}

/** A title's last part of more words than this is no site's name, whatever word opens it. */
const MAX_HOST_LED_NAME_WORDS = 3;

/**
 * Whether a title's short last part opens with the host's own name, as words of their own, before its publication's
 * ("sheego ♥ Magazin" on sheego.de, "heise online" on heise.de, "Schweizer Jäger Online" on schweizerjaeger.ch).
 */
export function opensWithHostName(name: string, hostname: string): boolean {
  const host = hostKey(hostname);
  const words = name.split(/\s+/);
  if (host.length <= 1 || words.length > MAX_HOST_LED_NAME_WORDS) return false;
  for (let count = 1; count <= words.length; count++)
    if (hostSpellings(key(words.slice(0, count).join(' '))).includes(host)) return true;
  return false;
}

/** A word's first letter, the rest of the word and what follows it up to the next word; in ASCII, the same. */
export const INITIAL = /(\p{L})\p{L}*\P{L}*/gu;
export const ASCII_INITIAL = /([A-Za-z])[A-Za-z]*[^A-Za-z]*/g;

const initialsOf = (name: string): string => name.replace(NON_ASCII.test(name) ? INITIAL : ASCII_INITIAL, '$1');

/** Fewer letters than this in a host's name, and a name's initials may spell it by chance. */
const MIN_INITIALS_HOST_LENGTH = 3;

/**
 * Whether a name of words spells the host with its initials: "Rhein Neckar Zeitung" for rnz.de, "Wall Street Journal"
 * for wsj.com.
 */
export function initialsSpellHost(name: string, hostname: string): boolean {
  const host = hostKey(hostname);
  return host.length >= MIN_INITIALS_HOST_LENGTH && wordCount(name) > 1 && key(initialsOf(name)) === host;
}

/**
 * Whether a name has to do with the host at all: one key holds the other ("The Detroit News",
 * "detroitnews.com") or its initials are the host's ("Wall Street Journal", "wsj.com").
 */
function relatesToHost(name: string, hostname: string): boolean {
  const host = hostKey(hostname);
  return (
    !host ||
    key(initialsOf(name)) === host ||
    hostSpellings(key(name)).some((nameKey) => nameKey.includes(host) || (!!nameKey && host.includes(nameKey)))
  );
}

/**
 * A name made of parts ("Achtsam durch die Krise | Die FURCHE", "News zu VR, AR und KI | MIXED.de") of which
 * exactly one has to do with the host is that part: the others are a page title or a tagline. When more than
 * one does, or none, sites write "Name – tagline" ("ingenieur.de - Jobbörse und …", "fboës - Der Blog"): the first
 * part, unless it opens the <title> too (a page's title given as the site's name).
 */
function hostPart(name: string, hostname: string, documentTitle: string): string {
  const parts = name.split(TITLE_SEPARATOR).map((part) => part.trim());
  if (parts.length < 2) return name;
  const related = parts.filter((part) => relatesToHost(part, hostname));
  if (related.length === 1) return related[0]!;
  return documentTitle.startsWith(parts[0]!) ? name : parts[0]!;
}

/**
 * A declared name that is the page's <title> itself, longer than a name (MAX_APPLICATION_NAME_WORDS) and of one part,
 * is the page's title written into the site's field ("Crocs: Wie die Schuhbrand … Rekordumsätze macht": trafilatura
 * 0892). One of parts ("Achtsam durch die Krise | Die FURCHE") may hold the name: hostPart reads it.
 */
const isPageTitle = (name: string, documentTitle: string): boolean =>
  wordCount(name) > MAX_APPLICATION_NAME_WORDS && !TITLE_SEPARATOR.test(name) && key(name) === key(documentTitle);

/** Host labels that name a service or a section of a site, not a site (vocabulary/host-letters.json). */
const SERVICE_LABELS: ReadonlySet<string> = new Set(serviceLabels);

/**
 * Whether a name is only a service's label of the host in front of the site's own domain ("Hosted" on hosted.ap.org,
 * zyte e7994d55): it names a part of the site, not the site. A label that is a brand ("Tone Deaf" on
 * tonedeaf.thebrag.com) names a site of its own.
 */
function namesSubdomain(name: string, hostname: string | null | undefined): boolean {
  const host = hostname ? bareHost(hostname) : '';
  const label = key(name);
  return SERVICE_LABELS.has(label) && host.slice(0, -siteOf(host).domain.length).split('.').includes(label);
}

/** A name's letters, digits and spaces as written: "Barron's" and "Barrons" are one name, "Factorio.com" another. */
const lettersOf = (name: string): string => name.replace(/[^\p{L}\p{N} ]/gu, '');

/**
 * `hostname`: the page's, when known; `documentTitle`: the <title> as shown. A name the <title>'s last part writes with
 * the same letters in the same case, only with marks between them, is written as there, for people to read:
 * "Barron's" for the publisher "Barrons" (zyte f8ff621a).
 */
export function extractSiteName(
  meta: MetaValues,
  jsonLd: JsonLdArticle | null,
  hostname?: string | null,
  documentTitle = '',
): string | null {
  const name = declaredSiteName(meta, jsonLd, hostname, documentTitle);
  const titlePart = documentTitle.split(TITLE_SEPARATOR).pop()!.trim();
  return name && titlePart !== name && lettersOf(titlePart) === lettersOf(name) ? titlePart : name;
}

function declaredSiteName(
  meta: MetaValues,
  jsonLd: JsonLdArticle | null,
  hostname: string | null | undefined,
  documentTitle: string,
): string | null {
  // A publisher named as the software that made the page ("Blogger" on a blog of its) names the platform.
  let publisher = cleanValue(jsonLd?.publisherName);
  if (publisher && key(meta.get('generator') ?? '').startsWith(key(publisher))) publisher = null;
  // A publisher that is a news agency the host is not names the story's source, not the site that shows it
  // ("Associated Press" on mysanantonio.com and timesunion.com, zyte eecd2575, d0382c0d): the site's own meta is next.
  if (publisher && hostname && isAgencyName(publisher) && !relatesToHost(publisher, hostname)) publisher = null;
  const declared = [
    publisher,
    cleanValue(meta.get('og:site_name')),
    asApplicationName(meta.get('application-name')),
  ].filter(
    (name): name is string =>
      !!name && !looksLikeUrl(name) && !isPageTitle(name, documentTitle) && !namesSubdomain(name, hostname),
  );
  const titlePart = documentTitle.split(TITLE_SEPARATOR).pop()!.trim();
  let first = declared[0] ?? null;
  // A social account's handle ("@politifact") is the site's account, not its name as the site writes it: the
  // <title>'s last part when it names the site ("… | PolitiFact West Virginia"), else the handle's name.
  if (first?.[0] === '@')
    first = hostname && titlePart !== documentTitle && relatesToHost(titlePart, hostname) ? titlePart : first.slice(1);
  if (!first || !hostname) return first;
  if (relatesToHost(first, hostname)) return hostPart(first, hostname, documentTitle);
  const witnesses = [...declared.slice(1), titlePart].filter((name) => namesHost(name, hostname));
  const needed = first === publisher ? PUBLISHER_OVERRULED_BY : SITE_NAME_OVERRULED_BY;
  return witnesses.length >= needed ? witnesses[0]! : hostPart(first, hostname, documentTitle);
}
