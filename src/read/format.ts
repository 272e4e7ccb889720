/**
 * Which reader a file goes to: by extension first, then by what the text
 * looks like, so files without an extension and stdin work too.
 */
import type { InputFormat } from '../types.js';

/** Extensions a folder walk picks up (files without an extension are read too). */
export const READABLE_EXTENSIONS = ['.txt', '.text', '.html', '.htm', '.jsonl', '.json', '.md'] as const;

const BY_EXTENSION: Record<string, InputFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
  '.json': 'jsonl',
};

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
// Markup that can only be a page; used on .txt files, which may start with "<" in prose.
const DOCUMENT_START = /^<(?:!doctype\s+html|html)[\s>]/i;
// Any tag or comment; good enough for files that say nothing by their name.
const TAG_START = /^<(?:!doctype|!--|\?xml|[a-z][a-z0-9-]*[\s>/])/i;
const MULTINEWS_SEPARATOR = '|||||';

/** The lower-cased extension of `path`, with its dot, or '' (dotfiles have none). */
export function extensionOf(path: string): string {
  const name = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True when a folder walk should read a file with this name. */
export function isReadableName(path: string): boolean {
  const ext = extensionOf(path);
  return ext === '' || (READABLE_EXTENSIONS as readonly string[]).includes(ext);
}

/** The format of `text` read from `path` (`-` for stdin). */
export function detectFormat(path: string, text: string): InputFormat {
  const ext = extensionOf(path);
  const known = BY_EXTENSION[ext];
  if (known) return known;
  const begin = text.search(/\S/);
  if (begin < 0) return 'text';
  const start = text.slice(begin, begin + 4096);
  const lineEnd = text.indexOf('\n', begin);
  const firstLine = text.slice(begin, lineEnd < 0 ? text.length : lineEnd).trimEnd();
  if (looksLikeMultiNews(text, firstLine)) return 'multinews';
  if (TEXT_EXTENSIONS.has(ext)) return DOCUMENT_START.test(start) ? 'html' : 'text';
  if (TAG_START.test(start)) return 'html';
  if (firstLine.startsWith('{') && isJsonObject(text, firstLine)) return 'jsonl';
  return 'text';
}

/** Multi-News raw lines join documents with `|||||`; its files also spell newlines `NEWLINE_CHAR`. */
function looksLikeMultiNews(text: string, firstLine: string): boolean {
  if (firstLine.includes(MULTINEWS_SEPARATOR)) return true;
  return text.includes(MULTINEWS_SEPARATOR) && text.includes('NEWLINE_CHAR');
}

function isJsonObject(text: string, firstLine: string): boolean {
  // The first line alone for JSON Lines; the whole text for one pretty-printed object.
  for (const candidate of [firstLine, text]) {
    try {
      const value: unknown = JSON.parse(candidate);
      if (typeof value === 'object' && value !== null) return true;
    } catch {
      // not JSON on its own; try the next reading
    }
  }
  return false;
}
