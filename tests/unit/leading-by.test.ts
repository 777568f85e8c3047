/**
 * A line's leading "By" (src/core/detect/name-headings.ts hasLeadingBy, withoutLeadingBy): LEADING_BY's answers,
 * with its word looked for first where it can stand (at the start, or after the line's first spaces), so that its
 * letter class is compiled only for a line that may lead with it.
 */
import { describe, expect, it } from 'vitest';
import { hasLeadingBy, LEADING_BY, withoutLeadingBy } from '../../src/core/detect/name-headings';

const LINES = [
  '',
  'By Scott Gordon',
  'by  Jane',
  'BY\tJane',
  'Posted by Jane Doe',
  'Veröffentlicht von Max',
  'Publié  par Marie',
  'Posted  by Jane',
  ' by Jane',
  'Posted, by Jane',
  'Two words by Jane',
  'Standby mode',
  'by',
  'By:Jane',
  'Ab\u0345c by Jane',
  '𝐀𝐁 by Jane',
  'Max von Trapp',
  'Nearby shops',
  'the war by proxy',
];

describe('leading "By": the answers of LEADING_BY', () => {
  it('answers as LEADING_BY does, and leaves the same rest', () => {
    for (const line of LINES) {
      expect([line, hasLeadingBy(line)]).toEqual([line, LEADING_BY.test(line)]);
      expect([line, withoutLeadingBy(line)]).toEqual([line, line.replace(LEADING_BY, '')]);
    }
  });

  it('finds the label at the start or after the first word only', () => {
    expect(hasLeadingBy('Posted by Jane Doe')).toBe(true);
    expect(hasLeadingBy('Two words by Jane')).toBe(false);
    expect(withoutLeadingBy('Von Leonora Holling')).toBe('Leonora Holling');
  });
});
