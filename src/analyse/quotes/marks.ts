/**
 * Quotation marks and which way they face. Writers and scrapers get the
 * glyph wrong often ("51 percent.“", a straight mark for both ends), so the
 * characters around a mark decide first and the glyph only breaks ties: a
 * mark after a space and before a word opens, a mark after a word and
 * before a space or punctuation closes.
 */

/** What a quotation mark does. */
export type MarkRole = 'open' | 'close' | 'either';

/** One quotation mark in a text. */
export interface Mark {
  at: number;
  /** Double marks quote; single marks quote only at top level and nest inside double ones. */
  kind: 'double' | 'single';
  role: MarkRole;
  /** An ASCII mark (" or '), as opposed to a typographic one. */
  straight: boolean;
}

const DOUBLE = new Set(['"', '“', '”', '«', '»', '„']);
const QUOTE_CHAR = /["“”«»„‘’'‹›]/g;
const SINGLE = new Set(['‘', '’', "'", '‹', '›']);
const OPEN_GLYPH = new Set(['“', '«', '„', '‘', '‹']);
const CLOSE_GLYPH = new Set(['”', '»', '’', '›']);
const LETTER = /[\p{L}\p{N}]/u;
/** Characters after which a mark opens a quotation. */
const BEFORE_OPEN = /[\s([{—–-]/u;
/** Characters before which a mark closes a quotation. */
const AFTER_CLOSE = /[\s.,;:!?)\]}—–…-]/u;

function isSpace(ch: string): boolean {
  return ch === '' || /\s/u.test(ch);
}

/** The role a double mark plays, from its neighbours first and its glyph second. */
function doubleRole(prev: string, next: string, after: string, glyph: string): MarkRole {
  // `us, "' Lavrov told`: a double mark, then a single one, then a space closes both.
  if (SINGLE.has(next) && isSpace(after)) return 'close';
  const quoteBefore = DOUBLE.has(prev) || SINGLE.has(prev);
  const quoteAfter = DOUBLE.has(next) || SINGLE.has(next);
  if (isSpace(next) && !isSpace(prev)) return 'close';
  if ((isSpace(prev) || BEFORE_OPEN.test(prev)) && !isSpace(next)) return 'open';
  if (/[:,;]/u.test(prev) && (LETTER.test(next) || quoteAfter)) return 'open';
  if ((LETTER.test(prev) || /[.,!?;:…]/u.test(prev) || quoteBefore) && (AFTER_CLOSE.test(next) || quoteAfter))
    return 'close';
  if (OPEN_GLYPH.has(glyph)) return 'open';
  if (CLOSE_GLYPH.has(glyph)) return 'close';
  return 'either';
}

/**
 * The role a single mark plays, or null when it is an apostrophe ("Russia’s",
 * "don't", "’90s") rather than a quotation mark.
 */
function singleRole(prev: string, next: string, glyph: string): MarkRole | null {
  if (LETTER.test(prev) && LETTER.test(next)) return null;
  const openSide = isSpace(prev) || BEFORE_OPEN.test(prev) || DOUBLE.has(prev) || /[:,]/u.test(prev);
  if (openSide && (LETTER.test(next) || DOUBLE.has(next)))
    return glyph === '’' && /\d/u.test(next) ? null : 'open';
  if (!isSpace(prev) && (isSpace(next) || AFTER_CLOSE.test(next) || DOUBLE.has(next))) return 'close';
  return null;
}

/** Every quotation mark of a text with its role; apostrophes are left out. */
export function findMarks(text: string): Mark[] {
  const out: Mark[] = [];
  // Jump from mark to mark: most characters are none.
  QUOTE_CHAR.lastIndex = 0;
  for (let m = QUOTE_CHAR.exec(text); m !== null; m = QUOTE_CHAR.exec(text)) {
    const i = m.index;
    const ch = m[0];
    const double = DOUBLE.has(ch);
    const prev = text.charAt(i - 1);
    const next = text.charAt(i + 1);
    if (double) {
      out.push({
        at: i,
        kind: 'double',
        role: doubleRole(prev, next, text.charAt(i + 2), ch),
        straight: ch === '"',
      });
      continue;
    }
    const role = singleRole(prev, next, ch);
    if (role !== null) out.push({ at: i, kind: 'single', role, straight: ch === "'" });
  }
  return out;
}

/** Whether a text (a paragraph) starts with an opening double quotation mark. */
export function opensWithQuote(text: string): boolean {
  const first = findMarks(text.slice(0, 3))[0];
  return (
    first !== undefined &&
    first.at === text.length - text.trimStart().length &&
    first.kind === 'double' &&
    first.role !== 'close'
  );
}
