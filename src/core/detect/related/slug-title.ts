/** A related story's title from its URL's slug: the last resort. */
/** A readable title from the URL's slug, the last resort ("/world/china-hosts-forum/" → "China hosts forum"). */
export function titleFromUrl(url: string): string {
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean);
    const slug = [...segments].reverse().find((segment) => /[a-z].*[-_].*[a-z]/i.test(segment)) ?? '';
    const words = decodeURIComponent(slug)
      .replace(/\.[a-z]{2,5}$/i, '')
      .split(/[-_]+/)
      .filter((word) => !/^\d+$/.test(word) || word.length < 5);
    const text = words.join(' ').trim();
    return text ? text[0]!.toUpperCase() + text.slice(1) : '';
  } catch {
    return '';
  }
}
