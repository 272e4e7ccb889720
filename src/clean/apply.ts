/**
 * Applying repairs to one span of an article, with a map back to the
 * original offsets: later stages split sentences on the repaired text and
 * must cite the exact source characters.
 */
import type { Repair, Span } from '../types.js';

/** A span's text with its repairs applied, and the way back to the original offsets. */
export interface RepairedText {
  text: string;
  /** Maps an offset in `text` (0..text.length) to the offset in the original text. */
  toOriginal: (offset: number) => number;
}

/** Index of the first repair whose start is at or after `offset` (repairs sorted by start). */
export function firstAtOrAfter(repairs: readonly Repair[], offset: number): number {
  let lo = 0;
  let hi = repairs.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (repairs[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Builds the repaired text of `span` in O(span length + repairs in it); the
 * map back is a binary search over the pieces. `repairs` must be sorted by
 * start, as `cleanDocument` returns them; repairs outside the span, or
 * overlapping an earlier one, are ignored, as are insertions at the span's
 * edges (a space before the first or after the last character adds nothing).
 */
export function applyRepairs(text: string, span: Span, repairs: readonly Repair[]): RepairedText {
  const pieces: Pieces = { parts: [], fromRepaired: [], fromOriginal: [], replaced: [], length: 0 };
  let cursor = span.start;
  for (let i = firstAtOrAfter(repairs, span.start); i < repairs.length; i++) {
    const r = repairs[i]!;
    if (r.start > span.end || (r.start === r.end && r.start === span.end)) break;
    if (r.end > span.end || r.start < cursor || (r.start === r.end && r.start === span.start)) continue;
    if (r.start > cursor) addPiece(pieces, cursor, text.slice(cursor, r.start), -1);
    addPiece(pieces, r.start, r.replacement, r.end - r.start);
    cursor = r.end;
  }
  if (cursor < span.end) addPiece(pieces, cursor, text.slice(cursor, span.end), -1);
  return { text: pieces.parts.join(''), toOriginal: (offset) => toOriginal(offset, span, pieces) };
}

/**
 * The repaired text as pieces: for each, where it starts in the repaired text
 * and in the original, and how long the original was (-1 for unchanged text,
 * which maps character for character).
 */
interface Pieces {
  parts: string[];
  fromRepaired: number[];
  fromOriginal: number[];
  replaced: number[];
  length: number;
}

function addPiece(pieces: Pieces, original: number, content: string, replacedLength: number): void {
  pieces.fromRepaired.push(pieces.length);
  pieces.fromOriginal.push(original);
  pieces.replaced.push(replacedLength);
  pieces.parts.push(content);
  pieces.length += content.length;
}

/** The original offset of a repaired offset (see `applyRepairs`). */
function toOriginal(offset: number, span: Span, pieces: Pieces): number {
  const { fromRepaired, fromOriginal, replaced, length } = pieces;
  if (offset >= length) return span.end;
  if (offset <= 0) return span.start;
  // The last piece starting at or before `offset`: an empty replacement (a deletion) shares its
  // start with the next piece, and the next piece is the one that holds the offset.
  let lo = 0;
  let hi = fromRepaired.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (fromRepaired[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  const within = offset - fromRepaired[lo]!;
  const original = replaced[lo]!;
  // Unchanged text and same-length replacements map character for character; inside a
  // replacement of another length, every offset maps to the replaced text's start.
  if (original === -1) return fromOriginal[lo]! + within;
  const next = lo + 1 < fromRepaired.length ? fromRepaired[lo + 1]! : length;
  return next - fromRepaired[lo]! === original ? fromOriginal[lo]! + within : fromOriginal[lo]!;
}
