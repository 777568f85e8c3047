/** The function words of stopwords.json ("the", "und", "de", …) as one set, read by every rule that asks. */
import stopwords from './stopwords.json';

export const FUNCTION_WORDS: ReadonlySet<string> = new Set(stopwords.words);
