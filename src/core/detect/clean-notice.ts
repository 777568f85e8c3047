/**
 * The short text of a block while cleaning (./clean.ts) reads it: enough to tell a block that is
 * only an advertising label or a loading notice, gathered bottom-up without re-reading subtrees.
 */
import { WHITESPACE_TO_REPLACE } from '../read/text';
import { collapseWhitespace } from '../text';

/** AD_WORDS and LOADING_WORDS match whole texts this short or shorter: a longer text is neither. */
export const MAX_NOTICE_CHARS = 40;

/** `text` appended to a notice text (see Frame.noticeText); null once the whole is longer than MAX_NOTICE_CHARS. */
export function appendNoticeText(notice: string | null, text: string | null): string | null {
  if (notice === null || text === null) return null;
  if (!text) return notice;
  // Answered by counting visible characters where possible: building and collapsing strings for
  // every text of every block was the largest cost of cleaning in a browser profile.
  if (notice.length + text.length > MAX_NOTICE_CHARS && keptChars(text, keptChars(notice, 0)) > MAX_NOTICE_CHARS)
    return null;
  // Only white space other than one plain space is replaced: a text with none (most texts of a line: a
  // link's, a word or two between them) is joined as it is, where replacing each space built a copy.
  const joined = notice + text.replace(WHITESPACE_TO_REPLACE, ' ');
  if (joined.length <= MAX_NOTICE_CHARS) return joined; // collapsing never lengthens a text
  return collapseWhitespace(joined).length > MAX_NOTICE_CHARS ? null : joined;
}

/**
 * `kept` plus the characters of the text that collapseWhitespace surely keeps (printable ASCII
 * other than the space, letters of the Latin, Greek, Cyrillic and CJK blocks: none of them
 * whitespace, invisible or a joining mark), counted until past MAX_NOTICE_CHARS. A lower bound.
 */
function keptChars(text: string, kept: number): number {
  for (let i = 0; i < text.length && kept <= MAX_NOTICE_CHARS; i++) {
    const code = text.charCodeAt(i);
    if ((code > 0x20 && code < 0x7f) || (code >= 0xc0 && code < 0x300) || (code >= 0x370 && code < 0x530)) kept++;
    else if (code >= 0x3040 && code <= 0x9fff) kept++;
  }
  return kept;
}
