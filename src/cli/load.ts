/** Loading pages for the CLI: local files (always read as UTF-8) and http(s) URLs. */
import { readFile } from 'node:fs/promises';
import { parseHTML } from 'linkedom';

/** A slow server must not hang a batch: give up on a URL after this long. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Refuse bodies larger than this: no article page needs more, and memory is finite. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;

const BYTE_ORDER_MARK = /^\uFEFF/;

export function isHttpSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** Reads a local HTML file as UTF-8 whatever it declares (see the corpus notes). */
export async function readHtmlFile(path: string): Promise<string> {
  const bytes = await readFile(path);
  if (bytes.byteLength > MAX_PAGE_BYTES) throw new Error(`${path} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  return bytes.toString('utf8').replace(BYTE_ORDER_MARK, '');
}

/** Fetches a page with Node's own fetch, with a timeout and clear errors. Returns the final URL too. */
export async function fetchHtml(url: string): Promise<{ html: string; finalUrl: string }> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const cause = error instanceof Error && error.name === 'TimeoutError'
      ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s`
      : error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error);
    throw new Error(`could not fetch ${url}: ${cause}`);
  }
  if (!response.ok) throw new Error(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new Error(`${url} is not an HTML page (content-type: ${type})`);
  const declaredLength = Number(response.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_PAGE_BYTES) throw new Error(`${url} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const buffer = Buffer.from(await response.arrayBuffer());
  if (buffer.byteLength > MAX_PAGE_BYTES) throw new Error(`${url} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  return { html: decodeHtml(buffer, type), finalUrl: response.url || url };
}

/** Decodes with the charset from the HTTP header or a <meta charset>, falling back to UTF-8. */
function decodeHtml(buffer: Buffer, contentType: string): string {
  const fromHeader = /charset=["']?([\w-]+)/i.exec(contentType)?.[1];
  const head = buffer.subarray(0, 2048).toString('latin1');
  const fromMeta = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  for (const label of [fromHeader, fromMeta, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(buffer).replace(BYTE_ORDER_MARK, '');
    } catch {
      // Unknown label: try the next one.
    }
  }
  return buffer.toString('utf8');
}

/** Builds a standard DOM Document from HTML text (linkedom: fast, and parses every corpus page). */
export function parseDocument(html: string): Document {
  // linkedom needs a root element to build a document; an empty file is still a (blank) page.
  const text = html.trim() ? html : '<!DOCTYPE html><html><head></head><body></body></html>';
  return parseHTML(text).document as unknown as Document;
}
