/**
 * A forgiving HTML tokenizer that allocates almost nothing: it reports tags
 * and text as offsets into the source string, so a page can be measured and
 * cut before any DOM is built (building linkedom nodes is what makes
 * extraction slow). It follows the HTML tokenizer where it matters for
 * offsets: raw-text elements (script, style, title, ...) end only at their
 * own end tag, attribute values are quoted only right after `=`, and a tag
 * left open at the end of the input ends the input. It runs in linear time
 * on any input.
 */

/** Attributes the extractor reads; everything else is skipped without a copy. */
export const KEPT_ATTRIBUTES = new Set([
  'aria-hidden',
  'aria-modal',
  'charset',
  'class',
  'content',
  'datetime',
  'hidden',
  'href',
  'http-equiv',
  'id',
  'itemprop',
  'itemtype',
  'lang',
  'name',
  'property',
  'pubdate',
  'rel',
  'role',
  'style',
  'type',
]);

/** The kept attributes of a tag, raw (entities not decoded), names lower-cased. */
export type Attributes = Record<string, string>;

/** What the tokenizer reports, in document order. */
export interface TokenHandler {
  /** A start tag spanning `[start, end)`; `selfClosing` when written `<x/>`. */
  open(name: string, attributes: Attributes, start: number, end: number, selfClosing: boolean): void;
  /** An end tag spanning `[start, end)`. */
  close(name: string, start: number, end: number): void;
  /** Character data `[start, end)` (entities not decoded). */
  text(start: number, end: number): void;
  /** The content `[start, end)` of a raw-text element opened just before (script, style, title, ...). */
  raw(name: string, start: number, end: number): void;
}

/** Elements whose content is not markup: it runs to their own end tag. */
export const RAW_TEXT = new Set([
  'script',
  'style',
  'title',
  'textarea',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'plaintext',
]);

const GT = 62; // >
const SLASH = 47;
const EQ = 61;
const BANG = 33;
const QUESTION = 63;
const DQ = 34;
const SQ = 39;

const rawEnds = new Map<string, RegExp>();
// The longest kept attribute name ("aria-hidden").
const MAX_KEPT_NAME = 12;

/** True for `data-...`, the commonest attribute on modern pages and never read. */
function isDataAttribute(html: string, at: number): boolean {
  return (html.charCodeAt(at) | 32) === 100 && html.startsWith('ata-', at + 1);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Tokenizes `html`, reporting to `handler`; never throws on malformed markup. */
export function tokenize(html: string, handler: TokenHandler): void {
  const length = html.length;
  let pos = 0;
  while (pos < length) {
    const lt = html.indexOf('<', pos);
    if (lt < 0) {
      handler.text(pos, length);
      return;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === BANG || next === QUESTION) {
      if (lt > pos) handler.text(pos, lt);
      // Comments end at -->, doctype, CDATA and processing instructions at the next >.
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (end < 0) return;
      pos = end + (comment ? 3 : 1);
      continue;
    }
    const closing = next === SLASH;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isLetter(html.charCodeAt(nameStart))) {
      // A lone "<" is text; it is reported with the text that follows it.
      if (closing && html.charCodeAt(nameStart) === GT) {
        if (lt > pos) handler.text(pos, lt);
        pos = nameStart + 1;
        continue;
      }
      const after = html.indexOf('<', lt + 1);
      const stop = after < 0 ? length : after;
      handler.text(pos, stop);
      pos = stop;
      continue;
    }
    if (lt > pos) handler.text(pos, lt);
    let i = nameStart + 1;
    while (i < length) {
      const c = html.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GT) break;
      i++;
    }
    const name = html.slice(nameStart, i).toLowerCase();
    const attributes: Attributes = {};
    const end = readAttributes(html, i, closing ? null : attributes);
    if (end < 0) return;
    if (closing) {
      handler.close(name, lt, end);
      pos = end;
      continue;
    }
    const selfClosing = html.charCodeAt(end - 2) === SLASH;
    handler.open(name, attributes, lt, end, selfClosing);
    pos = end;
    if (RAW_TEXT.has(name) && !selfClosing) {
      const closeAt = findRawEnd(html, name, end);
      handler.raw(name, end, closeAt);
      if (closeAt >= length) return;
      const gt = html.indexOf('>', closeAt);
      if (gt < 0) return;
      handler.close(name, closeAt, gt + 1);
      pos = gt + 1;
    }
  }
}

/** Reads attributes from `i` to the tag's `>`; returns the offset after it, or -1 at end of input. */
function readAttributes(html: string, from: number, into: Attributes | null): number {
  const length = html.length;
  let i = from;
  while (i < length) {
    let c = html.charCodeAt(i);
    if (c === GT) return i + 1;
    if (isSpace(c) || c === SLASH) {
      i++;
      continue;
    }
    const nameStart = i;
    while (i < length) {
      c = html.charCodeAt(i);
      if (isSpace(c) || c === SLASH || c === GT || (c === EQ && i > nameStart)) break;
      i++;
    }
    const nameEnd = i;
    // Decided before the value is read, so values of attributes nobody reads are never copied.
    let keep: string | null = null;
    if (into && nameEnd - nameStart <= MAX_KEPT_NAME && !isDataAttribute(html, nameStart)) {
      const name = html.slice(nameStart, nameEnd).toLowerCase();
      // The first occurrence of an attribute wins, as in the HTML parser.
      if (KEPT_ATTRIBUTES.has(name) && !(name in into)) keep = name;
    }
    while (i < length && isSpace(html.charCodeAt(i))) i++;
    let value = '';
    if (html.charCodeAt(i) === EQ) {
      i++;
      while (i < length && isSpace(html.charCodeAt(i))) i++;
      c = html.charCodeAt(i);
      if (c === DQ || c === SQ) {
        const close = html.indexOf(c === DQ ? '"' : "'", i + 1);
        if (close < 0) return -1;
        if (keep) value = html.slice(i + 1, close);
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < length) {
          c = html.charCodeAt(i);
          if (isSpace(c) || c === GT) break;
          i++;
        }
        if (keep) value = html.slice(valueStart, i);
      }
    }
    if (keep && into) into[keep] = value;
  }
  return -1;
}

/** The offset of `</name` that ends a raw-text element opened before `from`, or the input length. */
function findRawEnd(html: string, name: string, from: number): number {
  let pattern = rawEnds.get(name);
  if (!pattern) {
    pattern = new RegExp(`</${name}[\\s/>]`, 'gi');
    rawEnds.set(name, pattern);
  }
  pattern.lastIndex = from;
  const match = pattern.exec(html);
  return match ? match.index : html.length;
}
