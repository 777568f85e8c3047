/**
 * A paragraph that opens with the article's headline glued before its first sentence, a colon or a dash between them
 * ("„Kleiner“ Vorverkauf für Liga-Heimspiele gestartet: Aufgrund der aktuellen Corona-Beschränkungen …", trafilatura
 * 0682: a site that repeats the headline as the text's first words). As a key point the headline says again what the
 * reader has just read above it: the sentence is read from after the joint (still verbatim in the body).
 */

/** What joins the headline to the sentence: a colon, or a dash with a space after it; spaces around. */
const JOINT = /^\s?(?::|[–—-](?=\s))\s+/u;

/** The paragraph without the headline glued before its first sentence (the paragraph itself when none is). */
export function withoutGluedHeadline(paragraph: string, headline: string | null): string {
  // The headline compared first: the pattern is asked only of the rare paragraph that opens with it.
  if (!headline || !paragraph.startsWith(headline)) return paragraph;
  const joint = JOINT.exec(paragraph.slice(headline.length));
  return joint ? paragraph.slice(headline.length + joint[0].length) : paragraph;
}
