/**
 * The clean stage: separates an article's body from the junk scraped with it
 * and proposes character repairs, without ever rewriting the text.
 */
import type { CleanDocument, CleanMetadata, Removal, SourceDocument, Span } from '../types.js';
import { applyRepairs } from './apply.js';
import { LineFacts } from './facts.js';
import { remainder, splitLines } from './lines.js';
import { findRepairs } from './repairs.js';
import type { Cut, Line } from './rule.js';
import { RULES } from './rules.js';

/** Separators a title line may end with before its subheadline. */
const TITLE_TAIL = /[\s;:,|–—-]+$/u;

/** Applies one rule's cuts: removed text is recorded, whole lines leave the body, prefix cuts shrink it. */
function applyCuts(text: string, body: readonly Line[], cuts: readonly Cut[], removed: Removal[]): Line[] {
  const byLine = new Map<number, Cut>();
  for (const cut of cuts) if (!byLine.has(cut.line.index)) byLine.set(cut.line.index, cut);
  const kept: Line[] = [];
  for (const line of body) {
    const cut = byLine.get(line.index);
    const end = cut?.end ?? line.end;
    // A cut for a line that has changed since the rule saw it, or out of the line, is ignored.
    if (cut === undefined || cut.line.start !== line.start || end <= line.start || end > line.end) {
      kept.push(line);
      continue;
    }
    removed.push({ start: line.start, end, text: text.slice(line.start, end), reason: cut.reason });
    const rest = end === line.end ? null : remainder(line, end);
    if (rest !== null) kept.push(rest);
  }
  return kept;
}

/** The metadata with the fields a rule reported (absent fields keep their value). */
function mergeMeta(meta: CleanMetadata, update: Partial<CleanMetadata>): CleanMetadata {
  const next = { ...meta };
  for (const key of ['title', 'source', 'publisher', 'place'] as const) {
    const value = update[key];
    if (value !== undefined) next[key] = value;
  }
  return next;
}

/**
 * Cleans one document: runs the rules of `rules.ts` in order over its lines,
 * lists every removal with its reason, and finds repairs in the body and the
 * title (whose repaired text becomes `meta.title`). Pure: no I/O, no state.
 */
export function cleanDocument(document: SourceDocument): CleanDocument {
  const { text } = document;
  let body: Line[] = splitLines(text);
  let meta: CleanMetadata = { title: null, source: null, publisher: null, place: null };
  const removed: Removal[] = [];
  const facts = new LineFacts();
  for (const rule of RULES) {
    if (body.length === 0) break;
    const result = rule.apply({ document, body, meta, facts });
    if (result.meta !== undefined) meta = mergeMeta(meta, result.meta);
    if (result.cuts.length > 0) body = applyCuts(text, body, result.cuts, removed);
  }
  removed.sort((a, b) => a.start - b.start);
  const paragraphs: Span[] = body.map(({ start, end }) => ({ start, end }));
  const title = removed.find((r) => r.reason === 'title');
  const spans = title === undefined ? paragraphs : [title, ...paragraphs].sort((a, b) => a.start - b.start);
  const repairs = findRepairs(text, spans);
  // The title as shown: repaired, without the separator that joined it to a subheadline or site name.
  if (title !== undefined)
    meta = { ...meta, title: applyRepairs(text, title, repairs).text.replace(TITLE_TAIL, '') };
  return { document, paragraphs, removed, repairs, meta };
}
