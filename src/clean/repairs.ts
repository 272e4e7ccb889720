/**
 * The repairs of the clean stage as data: each repairer scans one span and
 * proposes character-level fixes; the stage merges them in text order.
 */
import type { Repair, Span } from '../types.js';
import { gluedRepairs } from './repairs/glued.js';
import { quoteRepairs } from './repairs/quotes.js';

/** Proposes repairs inside `span` of `text`, with offsets into `text`. */
export type Repairer = (text: string, span: Span) => Repair[];

/** Every repairer, in order of precedence when two proposals overlap. */
export const REPAIRERS: readonly Repairer[] = [quoteRepairs, gluedRepairs];

/** Whether two repairs touch the same characters (two insertions clash only at the same point). */
function overlaps(a: Repair, b: Repair): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Whether a repair overlaps any of `list`. */
function overlapsAny(list: readonly Repair[], repair: Repair): boolean {
  for (const other of list) if (overlaps(other, repair)) return true;
  return false;
}

/** All repairs inside the given spans, sorted by position, without overlaps (earlier repairers win). */
export function findRepairs(text: string, spans: readonly Span[]): Repair[] {
  const found: Repair[] = [];
  for (const span of spans) {
    const inSpan: Repair[] = [];
    // Repairs mostly come in text order: one starting past every end so far overlaps nothing.
    let maxEnd = -1;
    for (const repairer of REPAIRERS) {
      for (const repair of repairer(text, span)) {
        if (repair.start <= maxEnd && overlapsAny(inSpan, repair)) continue;
        inSpan.push(repair);
        maxEnd = Math.max(maxEnd, repair.end);
      }
    }
    inSpan.sort((a, b) => a.start - b.start || a.end - b.end);
    found.push(...inSpan);
  }
  return found.sort((a, b) => a.start - b.start || a.end - b.end);
}
