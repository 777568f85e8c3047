/**
 * The time zone written after a date's time ("-06:00", "+0100", "GMT+0000", "8:15 pm CST") and its ISO 8601 form
 * (./dates.ts toIsoDate keeps the wall-clock time and the zone a date was written with); the day before a clock
 * that Date.parse cannot read with it (./dates.ts dateLine).
 */
const pad = (n: number) => String(n).padStart(2, '0');

/** UTC offsets (minutes) of the zone abbreviations that news sites write after a time. */
const ZONE_OFFSETS: Record<string, number> = {
  Z: 0,
  UT: 0,
  UTC: 0,
  GMT: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};
/** A numeric offset at the end ("+0100", "-06:00", "GMT+0000", optionally followed by "(Zone Name)"). */
const TRAILING_OFFSET = /(?:GMT|UTC)?\s*([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/i;
const ZONE_ABBREVIATION = /\b(Z|UTC?|GMT|[ECMP][SD]T)\b/;

/** The offset (minutes east of UTC) written in a free-form date, or null when it names none. */
export function writtenOffset(value: string): number | null {
  const numeric = TRAILING_OFFSET.exec(value);
  if (numeric) return (numeric[1] === '-' ? -1 : 1) * (Number(numeric[2]) * 60 + Number(numeric[3]));
  const abbreviation = ZONE_ABBREVIATION.exec(value);
  return abbreviation ? (ZONE_OFFSETS[abbreviation[1]!.toUpperCase()] ?? null) : null;
}

export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'Z';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * The day, ending on its year ("November 20, 2019", "20.11.2019"), then a separator or none, the clock's preposition
 * perhaps ("April 21, 2015, at 11:29 a.m."), then a clock: hours and minutes, perhaps seconds, am/pm, a zone's
 * abbreviation or "Uhr".
 */
const CLOCK = /\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[aApP]\.?[mM]\.?)?\s*(?:\p{Lu}{2,5}|Uhr)?$/u;
const DAY_THEN_CLOCK = new RegExp(
  `^(.*?\\b\\d{4})\\s*(?:[-–—|,·@/]\\s*)?(?:(?:at|um|à|às|alle|om) )?${CLOCK.source}`,
  'u',
);

/**
 * A date line's day before the clock that ends it, where Date.parse cannot read the two together: a dash between
 * them, or a zone it does not know ("November 20, 2019 - 11:28 AMT", "20.11.2019 | 14:05 Uhr"); else null.
 */
export function dayBeforeClock(line: string): string | null {
  return DAY_THEN_CLOCK.exec(line)?.[1] ?? null;
}
