/**
 * The date of the last change (src/core/detect/metadata/updated.ts): declared (JSON-LD dateModified, the metas, a
 * <time itemprop=dateModified>) or a labelled line under the headline, kept only when later than the publication.
 */
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { dateLine } from '../../src/core/detect/metadata/dates';
import { laterChange } from '../../src/core/detect/metadata/updated';
import { isDateOnly } from '../../src/core/detect/furniture-text';
import { outlineDocument } from '../../src/core/index';
import type { OutlineResult } from '../../src/core/types';
import { p } from './fixtures/prose';

const ARTICLE = `${p(0)}${p(1)}${p(2)}${p(3)}`;

function dates(head: string, underHeadline = ''): Pick<OutlineResult, 'publishedTime' | 'modifiedTime'> {
  const html = `<!DOCTYPE html><html><head><title>Harbour plan approved</title>${head}</head><body><main><article><h1>Harbour plan approved</h1>${underHeadline}${ARTICLE}</article></main></body></html>`;
  const { publishedTime, modifiedTime } = outlineDocument(parseHTML(html).document as unknown as Document);
  return { publishedTime, modifiedTime };
}

const jsonLd = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (property: string, content: string) => `<meta property="${property}" content="${content}">`;

describe('the date of the last change', () => {
  it("reads JSON-LD's dateModified beside its datePublished", () => {
    const head = jsonLd({
      '@type': 'NewsArticle',
      datePublished: '2024-05-03T09:00:00+02:00',
      dateModified: '2024-05-03T14:05:00+02:00',
    });
    expect(dates(head)).toEqual({
      publishedTime: '2024-05-03T09:00:00+02:00',
      modifiedTime: '2024-05-03T14:05:00+02:00',
    });
  });

  it('reads article:modified_time and og:updated_time', () => {
    const published = meta('article:published_time', '2024-05-03T09:00:00Z');
    expect(dates(published + meta('article:modified_time', '2024-05-04T08:00:00Z')).modifiedTime).toBe(
      '2024-05-04T08:00:00Z',
    );
    expect(dates(published + meta('og:updated_time', '2024-05-05T08:00:00Z')).modifiedTime).toBe(
      '2024-05-05T08:00:00Z',
    );
  });

  it('reads a <time itemprop=dateModified>, which is no publication date', () => {
    const line =
      '<p class="byline">By <a href="/jane">Jane Doe</a> <time datetime="2024-05-03">3 May</time> · Updated <time itemprop="dateModified" datetime="2024-05-06">6 May</time></p>';
    expect(dates('', line)).toEqual({ publishedTime: '2024-05-03', modifiedTime: '2024-05-06' });
  });

  it('gives none for a save in the minutes after the publication, nor for one before it', () => {
    const published = meta('article:published_time', '2024-05-03T09:00:00Z');
    expect(dates(published + meta('article:modified_time', '2024-05-03T09:04:10Z')).modifiedTime).toBeUndefined();
    expect(dates(published + meta('article:modified_time', '2024-05-02T09:00:00Z')).modifiedTime).toBeUndefined();
    expect(dates(published + meta('article:modified_time', '2024-05-03T09:30:00Z')).modifiedTime).toBe(
      '2024-05-03T09:30:00Z',
    );
  });

  it('gives none without a publication date to be later than', () => {
    expect(dates(meta('article:modified_time', '2024-05-04T08:00:00Z')).modifiedTime).toBeUndefined();
  });

  it('reads a line under the headline that a last change label opens, in its languages', () => {
    const published = '<p class="date"><time datetime="2024-05-03">3 May 2024</time></p>';
    expect(dates('', `${published}<p>Updated 4 May 2024, 14:05</p>`).modifiedTime).toBe('2024-05-04T14:05:00');
    expect(dates('', `${published}<p>Aktualisiert am 05.05.2024</p>`).modifiedTime).toBe('2024-05-05');
    expect(dates('', `${published}<div><span>Last updated:</span> <span>6 May 2024</span></div>`).modifiedTime).toBe(
      '2024-05-06',
    );
    // A line that a publication label opens is no change's; and the publication date stays the publication's.
    expect(dates('', `${published}<p>Published 7 May 2024</p>`)).toEqual({ publishedTime: '2024-05-03' });
  });

  it('compares days where either date has no clock', () => {
    expect(laterChange('2024-05-03', '2024-05-03T18:00:00Z')).toBeNull();
    expect(laterChange('2024-05-03T23:00:00Z', '2024-05-04')).toBe('2024-05-04');
    expect(laterChange('2024-05-03', 'not a date')).toBeNull();
  });

  it("is read by the publication date's line reader only when asked for a change", () => {
    expect(dateLine('Updated 4 May 2024')).toBeNull();
    expect(dateLine('Updated 4 May 2024', true)).toBe('2024-05-04');
    expect(dateLine('4 May 2024', true)).toBeNull();
    expect(dateLine('mis à jour le 4 mai 2024', true)).toBe('2024-05-04');
  });
});

describe('Scandinavian date lines', () => {
  it('read "kl." / "klo" as the clock\'s marker, with the weekdays and months of Danish and Norwegian', () => {
    for (const line of [
      'Söndag 2 mars 2025 kl 10:32',
      'söndag 2 mars 2025 kl. 10:32',
      'søndag 2. marts 2025 kl. 10.32',
      'lørdag 1. mars 2025 kl. 10.32',
      'tirsdag 4. desember 2025',
    ])
      expect(isDateOnly(line), line).toBe(true);
    // The marker makes no other words a date's.
    expect(isDateOnly('Kl 10 i parken')).toBe(false);
  });
});

describe('a clock written without a zone', () => {
  it('is compared with a zoned one only beyond any zone offset', () => {
    expect(laterChange('2023-11-08T23:30:59', '2023-11-09T05:30:59Z')).toBeNull();
    expect(laterChange('2023-11-08T23:30:59', '2023-11-10T05:30:59Z')).toBe('2023-11-10T05:30:59Z');
    expect(laterChange('2023-11-08T09:00:00', '2023-11-08T09:30:00')).toBe('2023-11-08T09:30:00');
  });
});
