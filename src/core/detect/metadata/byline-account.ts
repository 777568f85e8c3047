/**
 * A CMS account's login standing for the author ("jdadmin", "Super User", "rmb8090", "KWCHCIK"): a reader is
 * better served by no byline. Told by a login's shape, not by a site's names: names are written with capitals and
 * spaces in every cased script ("Ai Weiwei", "Björk"), agencies are short or capitals ("dpa", "AFP", "Reuters"), a
 * site's domain ("kath.net") is its name; what is left in one token is an account.
 */
import bylineParts from '../vocabulary/byline-parts.json';
import { withoutMarks } from '../../read/text';
import { NON_ASCII } from '../../text';

/** Whole bylines that are an account or role ("admin", "publisher", "user"). */
const ACCOUNTS = new Set(bylineParts.accounts);
/** The last word of a two-word account ("Super User", "Site Admin"). */
const ROLES = new Set(bylineParts.accountRoles);
/** Agencies some sites write as a lower-case word of four letters or more ("dapd"). */
const LOWER_CASE_AGENCIES = new Set(bylineParts.lowerCaseAgencies);

/**
 * oneToken: one token of letters and digits, joined by stops, dashes, underscores or a slash: a login's characters.
 * domain: a domain ("kath.net", "oe24.at"), the site's name written so: its last part is a short top-level name.
 * upper, lower: a capital, a small letter. ASCII_NAME_TESTS answer the same of a name in ASCII without a Unicode class
 * to compile (text.ts NON_ASCII; tests/unit/ascii-classes.test.ts).
 */
export const NAME_TESTS = {
  oneToken: /^[\p{L}\p{N}._/-]+$/u,
  domain: /\.\p{L}{2,4}$/u,
  upper: /\p{Lu}/u,
  lower: /\p{Ll}/u,
};
export const ASCII_NAME_TESTS: typeof NAME_TESTS = {
  oneToken: /^[A-Za-z0-9._/-]+$/,
  domain: /\.[A-Za-z]{2,4}$/,
  upper: /[A-Z]/,
  lower: /[a-z]/,
};
/**
 * Letters a lower-case word needs to be a login rather than initials or an agency ("kj", "dpa", "det/dpa": each part
 * shorter keeps the byline).
 */
const MIN_LOGIN_LETTERS = 4;
/**
 * An all-capitals run-on this long with at most one vowel reads as no word and is longer than an agency's initials
 * ("KWCHCIK": a station's and a site's initials run together; "REUTERS", "UNICEF", "GESE", "PTI" stay).
 */
const MIN_CAPITALS_RUN = 6;

/** Whether a cleaned byline is an account's login or role rather than a name. */
export function isAccountName(name: string): boolean {
  const lower = name.toLowerCase();
  if (ACCOUNTS.has(lower)) return true;
  const words = lower.split(' ');
  if (words.length === 2) return ROLES.has(words[1]!);
  if (words.length > 1) return false;
  const tests = NON_ASCII.test(name) ? NAME_TESTS : ASCII_NAME_TESTS;
  if (!tests.oneToken.test(name) || tests.domain.test(name) || LOWER_CASE_AGENCIES.has(lower)) return false;
  const upper = tests.upper.test(name);
  const lowerCase = tests.lower.test(name);
  // A handle's underscore ("ThE_PaiN"). (A script without case, "史蒂文的家_藍天", "肖春芳", has neither: a name.)
  if (name.includes('_')) return upper || lowerCase;
  if (!upper)
    return lowerCase && (/\d/.test(name) || lower.split(/[./-]/).some((part) => part.length >= MIN_LOGIN_LETTERS));
  if (!lowerCase) {
    // Latin capitals, counted without their marks ("STRÖMBÄCK" has two vowels); another script's ("ИВАНОВ") a name.
    const latin = withoutMarks(name);
    return latin.length >= MIN_CAPITALS_RUN && /^[A-Z]+$/.test(latin) && (latin.match(/[AEIOUY]/g)?.length ?? 0) <= 1;
  }
  // Capitals and lower case in one token are a name's ("Björk") or a brand's ("FinanceScout24", "MoritzMeyer").
  return false;
}
