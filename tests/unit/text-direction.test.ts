/** The article's text direction for the UI's `dir` attributes (ui/format.ts textDirection). */
import { describe, expect, test } from 'vitest';
import type { OutlineSection } from '../../src/core/types';
import { textDirection } from '../../src/ui/format';

const section = (text: string, bullets: string[] = [], children: OutlineSection[] = []): OutlineSection => ({
  id: 'h0',
  level: 2,
  text,
  bullets,
  children,
});

const article = (title: string, outline: OutlineSection[] = [], dir: 'ltr' | 'rtl' | null = null) => ({
  dir,
  title,
  outline,
});

describe('textDirection', () => {
  test("the page's declaration wins over its letters", () => {
    expect(textDirection(article('الأخبار اليوم', [], 'ltr'))).toBe('ltr');
    expect(textDirection(article('Today’s news', [], 'rtl'))).toBe('rtl');
  });

  test('undeclared: Arabic, Hebrew and Persian text reads right to left, Latin and Cyrillic left to right', () => {
    expect(textDirection(article('الحكومة تعلن خطة جديدة للنقل العام'))).toBe('rtl');
    expect(textDirection(article('הממשלה הודיעה על תוכנית חדשה'))).toBe('rtl');
    expect(textDirection(article('دولت طرح تازه‌ای برای حمل و نقل اعلام کرد'))).toBe('rtl');
    expect(textDirection(article('The government announces a new transport plan'))).toBe('ltr');
    expect(textDirection(article('Правительство объявило новый план'))).toBe('ltr');
  });

  test('a brand name or a number at the start does not turn the direction (unlike dir="auto", the first letter)', () => {
    expect(textDirection(article('iPhone 16: آبل تكشف عن هاتفها الجديد في مؤتمر'))).toBe('rtl');
    expect(textDirection(article('2024 — الانتخابات'))).toBe('rtl');
    expect(textDirection(article('Google et ses concurrents: عرب'))).toBe('ltr');
  });

  test('the headings count with the headline: a product name over an Arabic outline reads right to left', () => {
    const outline = [section('مقدمة الخطة', [], [section('Specs')]), section('تفاصيل الخطة الجديدة')];
    expect(textDirection(article('Galaxy S24', outline))).toBe('rtl');
    expect(textDirection(article('Galaxy S24', [section('Overview'), section('الخطة')]))).toBe('ltr');
  });

  test('no letter at all: no direction (the caller keeps its own default)', () => {
    expect(textDirection(article('2024 — 15:30', [section('1.')]))).toBeNull();
    expect(textDirection(article(''))).toBeNull();
  });

  test('reads a bounded sample: a long left-to-right tail after right-to-left text does not outvote it', () => {
    const arabic = 'يقرأ هذا النص من اليمين إلى اليسار '.repeat(15);
    const english = Array.from({ length: 200 }, (_, index) => section(`An English heading number ${index}`));
    expect(textDirection(article(arabic, english))).toBe('rtl');
  });
});
