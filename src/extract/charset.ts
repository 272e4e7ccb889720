/**
 * HTML bytes -> text, the way browsers choose the encoding (WHATWG "encoding
 * sniffing", simplified): a byte-order mark first, then the charset of the
 * HTTP Content-Type header, then a `<meta charset>` or http-equiv declaration
 * (or an XML declaration) near the top of the page, and with none of those,
 * UTF-8 when the bytes are valid UTF-8, else Windows-1252. Declared labels
 * follow the Encoding Standard: "latin1", "iso-8859-1" and "ascii" mean
 * Windows-1252, a page that says "utf-16" in its own markup is UTF-8.
 */
import { decodeWindows1252 } from '../read/decode.js';
import { problem } from '../read/problem.js';
import type { Problem } from '../types.js';

/** Where the encoding came from. */
export type CharsetSource = 'bom' | 'header' | 'meta' | 'utf-8' | 'guess';

/** Decoded HTML and how its encoding was chosen. */
export interface DecodedHtml {
  text: string;
  /** The Encoding Standard name used (`utf-8`, `windows-1252`, `shift_jis`, ...). */
  charset: string;
  source: CharsetSource;
}

/** How far into the page a `<meta charset>` is looked for (browsers stop at 1024 bytes; pages are sloppier). */
const PRESCAN_BYTES = 4096;

const utf8Strict = new TextDecoder('utf-8', { fatal: true });

/** The charset parameter of a Content-Type value (`text/html; charset=ISO-8859-1` -> `iso-8859-1`), or null. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const match = /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType ?? '');
  return match ? match[1]!.toLowerCase() : null;
}

/** The charset declared in the first bytes of a page (`<meta charset>`, http-equiv, or `<?xml encoding>`), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1]!.toLowerCase();
  for (const meta of head.matchAll(/<meta\b[^>]*>/gi)) {
    const tag = meta[0];
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct && !/\bcontent\s*=/i.test(tag.slice(0, direct.index))) return direct[1]!.toLowerCase();
    if (/http-equiv\s*=\s*["']?content-type/i.test(tag)) {
      const inContent = /\bcontent\s*=\s*["'][^"']*charset\s*=\s*([\w.:-]+)/i.exec(tag);
      if (inContent) return inContent[1]!.toLowerCase();
    }
  }
  return null;
}

/** Decodes page bytes; `contentType` is the HTTP header when the page was fetched. Never throws. */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): DecodedHtml {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return decodeAs(bytes.subarray(3), 'utf-8', 'bom');
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes.subarray(2), 'utf-16le', 'bom');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes.subarray(2), 'utf-16be', 'bom');
  const fromHeader = supported(charsetFromContentType(contentType), false);
  if (fromHeader) return decodeAs(bytes, fromHeader, 'header');
  const fromMeta = supported(declaredCharset(bytes), true);
  if (fromMeta) return decodeAs(bytes, fromMeta, 'meta');
  try {
    return { text: utf8Strict.decode(bytes), charset: 'utf-8', source: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), charset: 'windows-1252', source: 'guess' };
  }
}

/**
 * Decodes an HTML input (a .html/.htm file, or anything fetched with a
 * Content-Type) for the read stage when its encoding is declared as
 * something other than UTF-8; returns undefined when the ordinary UTF-8
 * reading applies, so binary and empty files keep their usual problems.
 */
export function decodeHtmlInput(
  path: string,
  bytes: Uint8Array,
  contentType?: string,
): { text: string; note?: Problem } | undefined {
  // Only pages: a .txt file that quotes a <meta charset> is still read as text.
  if (contentType === undefined && !/\.x?html?$/i.test(path)) return undefined;
  const declared =
    supported(charsetFromContentType(contentType), false) ?? supported(declaredCharset(bytes), true);
  if (!declared || declared === 'utf-8') return undefined;
  const decoded = decodeHtml(bytes, contentType);
  if (decoded.text.includes('\uFFFD')) {
    const note = problem(
      path,
      'encoding',
      `declares ${decoded.charset} but has bytes that are not ${decoded.charset}; they were replaced with \uFFFD`,
      'Check the page in a browser; save it again as UTF-8 if the text looks wrong',
    );
    return { text: decoded.text, note };
  }
  return { text: decoded.text };
}

/** The Encoding Standard name for `label` if this runtime can decode it, else null. */
function supported(label: string | null, inMarkup: boolean): string | null {
  if (!label) return null;
  let name: string;
  try {
    name = new TextDecoder(label).encoding;
  } catch {
    // An unknown label is ignored, as browsers ignore it, and the next source decides.
    return null;
  }
  // A page cannot declare UTF-16 in markup it could read as ASCII: browsers take UTF-8.
  if (inMarkup && name.startsWith('utf-16')) return 'utf-8';
  return name;
}

function decodeAs(bytes: Uint8Array, charset: string, source: CharsetSource): DecodedHtml {
  if (charset === 'windows-1252') return { text: decodeWindows1252(bytes), charset, source };
  return { text: new TextDecoder(charset).decode(bytes), charset, source };
}

function latin1(bytes: Uint8Array): string {
  return String.fromCharCode(...bytes);
}

/** Windows-1252, which the Encoding Standard also uses for "latin1", "iso-8859-1" and "ascii". */
export { decodeWindows1252 };
