/**
 * A date declared as a Unix time ("<time datetime=1651035600>Creado 27/04/2022 00:00</time>"): not the ISO form HTML
 * asks for, but what some publishing systems write. Seconds (10 digits) or milliseconds (13) since 1970, in UTC.
 */
const UNIX_TIME = /^(\d{10})(\d{3})?$/;

/** The moment as an ISO 8601 date in UTC, or null when the value is no Unix time. */
export function fromUnixTime(value: string): string | null {
  const digits = UNIX_TIME.exec(value);
  return digits ? new Date(+digits[1]! * 1000 + +(digits[2] ?? 0)).toISOString().replace('.000Z', 'Z') : null;
}
