/**
 * Month names, the one reader of them: a date written with one where Date.parse reads English ones only ("31. März
 * 2003", "7 kwietnia 2021", "7 de abril de 2021"), and the words a date line is made of (../furniture-text.ts). They
 * are ../vocabulary/dates.json monthsInOrder, one string per language (a month's forms joined by '/'), split here once.
 */
import dateWords from '../vocabulary/dates.json';

/** Each month name's form (lower case) to its month (1 to 12). */
const MONTH_OF = new Map<string, number>();
for (const names of Object.values(dateWords.monthsInOrder)) {
  names.split(' ').forEach((forms, index) => {
    for (const form of forms.split('/')) MONTH_OF.set(form, index + 1);
  });
}

/** Whether a lower-case word is a month's name, in any of the languages ("march", "sept", "kwietnia", "září"). */
export const isMonthName = (word: string): boolean => MONTH_OF.has(word);

/**
 * Whether a text may open a date: with no word before its figures, or with a month's name, or one of `alsoWords` (lower
 * case): "31. Oktober 2023", "April 17, 2015" do; "On April 12, 2015, …" and "der Veranstaltung: 3.4.2022" do not.
 */
export function opensLikeDate(text: string, alsoWords?: ReadonlySet<string>): boolean {
  const word = /^\p{L}+/u.exec(text)?.[0]?.toLowerCase();
  return !word || isMonthName(word) || !!alsoWords?.has(word);
}

/** The month (1 to 12) a name writes, in any case ("Abril", "kwietnia"); else undefined. */
export const monthOfName = (name: string): number | undefined => MONTH_OF.get(name.toLowerCase());

const JOIN = `(?:(?:${dateWords.monthJoins.join('|')}) )?`;
/** A day, a month's name and a year, alone: "7. dubna 2021", "7 de abril de 2021", "26, Abril, 2022". */
export const DAY_MONTH_NAME_YEAR = new RegExp(`^(\\d{1,2})[.,]? ${JOIN}(\\p{L}+),? ${JOIN}(\\d{4})$`, 'u');
