/** Loading pages for the CLI: local files and http(s) URLs, decoded the way a browser would. */
import { open, readFile, stat } from 'node:fs/promises';

/** A slow server must not hang a batch: give up on a URL after this long. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Refuse bodies larger than this: no article page needs more, and memory is finite. */
export const MAX_PAGE_BYTES = 50 * 1024 * 1024;
/** Bytes looked at for a `<meta charset>` (the HTML standard's prescan reads 1,024; pages put it late). */
const CHARSET_PRESCAN_BYTES = 4096;
/** Bytes looked at to tell text from binary content (executables, images, archives show it at once). */
const BINARY_SNIFF_BYTES = 8192;
/**
 * Share of control characters (other than tab, newline, form feed, carriage return, escape) in the
 * sniffed bytes above which a file is binary: text has none; a few stray bytes must not refuse a page.
 */
const MAX_CONTROL_SHARE = 0.01;
/** Stray control bytes always tolerated, however short the file. */
const TOLERATED_CONTROL_BYTES = 8;
/** What a page without a usable declaration is read as when it is not valid UTF-8 (the web's default). */
const FALLBACK_ENCODING = 'windows-1252';

const BYTE_ORDER_MARK = /^\uFEFF/;

/** A page that cannot be read, with a one-line message that names it. */
export class LoadError extends Error {}

export function isHttpSource(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/**
 * Reads a local HTML file: refuses what is missing, a directory, empty, too large or binary;
 * decodes as UTF-8 when the bytes are valid UTF-8, else by the declared charset.
 */
export async function readHtmlFile(path: string): Promise<string> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new LoadError(`${path}: is a directory, not an HTML file`);
    if (!info.isFile()) throw new LoadError(`${path}: not a regular file`);
    if (info.size === 0) throw new LoadError(`${path}: empty file`);
    if (looksBinary(await readHead(path))) throw new LoadError(`${path}: not an HTML file (binary content)`);
    if (info.size > MAX_PAGE_BYTES) throw new LoadError(`${path}: larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
    const html = decodeHtml(await readFile(path), '');
    if (!html.trim()) throw new LoadError(`${path}: empty file (only whitespace)`);
    return html;
  } catch (error) {
    if (error instanceof LoadError) throw error;
    throw new LoadError(`${path}: ${fileErrorText(error)}`);
  }
}

/** The first bytes of a file, enough to tell text from binary content. */
async function readHead(path: string): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(BINARY_SNIFF_BYTES), 0, BINARY_SNIFF_BYTES, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

function fileErrorText(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a directory, not an HTML file';
  return error instanceof Error ? error.message : String(error);
}

/** True for content with NUL bytes or more than a trace of other control characters. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, BINARY_SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    // Tab, line feed, form feed, carriage return and escape occur in text.
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d && byte !== 0x1b) control++;
  }
  return control > Math.max(TOLERATED_CONTROL_BYTES, sample.length * MAX_CONTROL_SHARE);
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
    throw new LoadError(`could not fetch ${url}: ${fetchErrorText(error)}`);
  }
  if (!response.ok) {
    throw new LoadError(`could not fetch ${url}: HTTP ${response.status} ${response.statusText}`.trim());
  }
  const type = response.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) {
    throw new LoadError(`${url} is not an HTML page (content-type: ${type})`);
  }
  const declaredLength = Number(response.headers.get('content-length') ?? 0);
  if (declaredLength > MAX_PAGE_BYTES) throw new LoadError(`${url} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  const buffer = Buffer.from(await response.arrayBuffer());
  if (buffer.byteLength > MAX_PAGE_BYTES)
    throw new LoadError(`${url} is larger than ${MAX_PAGE_BYTES / 1024 / 1024} MB`);
  if (looksBinary(buffer)) throw new LoadError(`${url} is not an HTML page (binary content)`);
  return { html: decodeHtml(buffer, type), finalUrl: response.url || url };
}

function fetchErrorText(error: unknown): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${FETCH_TIMEOUT_MS / 1000} s`;
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? error.cause.message : error.message;
}

/**
 * Decodes a page: the HTTP header's charset first (as browsers do), then valid UTF-8 as UTF-8
 * (many pages declare a charset they are not saved in), then a `<meta charset>` /
 * `http-equiv` declaration, then windows-1252.
 */
export function decodeHtml(bytes: Uint8Array, contentType: string): string {
  const fromHeader = /charset=["']?([\w.:-]+)/i.exec(contentType)?.[1];
  if (fromHeader) {
    const decoded = tryDecode(bytes, fromHeader, false);
    if (decoded !== null) return decoded;
  }
  const utf8 = tryDecode(bytes, 'utf-8', true);
  if (utf8 !== null) return utf8;
  const declared = declaredCharset(bytes);
  if (declared) {
    const decoded = tryDecode(bytes, declared, false);
    if (decoded !== null) return decoded;
  }
  return tryDecode(bytes, FALLBACK_ENCODING, false) ?? Buffer.from(bytes).toString('latin1');
}

/** The charset of a `<meta charset=…>` or `<meta http-equiv=content-type content="…; charset=…">`. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, CHARSET_PRESCAN_BYTES)).toString('latin1');
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1];
    if (label) return label;
  }
  return null;
}

function tryDecode(bytes: Uint8Array, label: string, fatal: boolean): string | null {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal });
  } catch {
    return null; // an unknown label
  }
  try {
    const text = decoder.decode(bytes).replace(BYTE_ORDER_MARK, '');
    return decoder.encoding === 'windows-1252' ? fixWindows1252(text) : text;
  } catch {
    return null; // bytes that are not valid in that encoding
  }
}

/**
 * Node 20 decodes windows-1252 (also the label for iso-8859-1, latin1 and ascii) as ISO-8859-1,
 * leaving bytes 0x80–0x9F as C1 controls: map them to the characters windows-1252 has there
 * (curly quotes, dashes, €, …). The five unassigned bytes stay as they are.
 */
const WINDOWS_1252_C1 = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

function fixWindows1252(text: string): string {
  return text.replace(/[\x80-\x9f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80] ?? c);
}
