/**
 * TempEval-3 scoring of time expressions: a system expression matches a
 * gold one when their spans overlap (relaxed) or coincide (strict). Span
 * precision and recall count matches; value accuracy is the share of
 * relaxed matches with the gold value; value F1 counts a system expression
 * as correct only when it matches and has the gold value, as the official
 * attribute F1 does.
 */
import { findTimexes, type Timex } from '../../analyse/dates/timex/index.js';
import type { TimexDocument } from './input.js';

/** Counts over documents. */
export interface TimexCounts {
  gold: number;
  system: number;
  /** System expressions overlapping a gold one, and gold ones overlapped by a system one. */
  relaxedSystem: number;
  relaxedGold: number;
  strict: number;
  /** Relaxed matches (one per gold expression) with the gold value. */
  valueCorrect: number;
}

/** A disagreement, for reading the errors. */
export interface TimexError {
  document: string;
  kind: 'missed' | 'spurious' | 'value';
  text: string;
  gold: string | null;
  system: string | null;
}

function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Scores one document's system expressions against its gold ones. */
export function scoreTimexDocument(
  doc: TimexDocument,
  system: readonly Timex[],
  errors: TimexError[],
): TimexCounts {
  const c: TimexCounts = {
    gold: doc.timexes.length,
    system: system.length,
    relaxedSystem: 0,
    relaxedGold: 0,
    strict: 0,
    valueCorrect: 0,
  };
  for (const s of system) {
    if (doc.timexes.some((g) => overlaps(g, s))) c.relaxedSystem++;
    else errors.push({ document: doc.id, kind: 'spurious', text: s.text, gold: null, system: s.value });
  }
  for (const g of doc.timexes) {
    const matches = system.filter((s) => overlaps(g, s));
    const text = doc.text.slice(g.start, g.end);
    if (matches.length === 0) {
      errors.push({ document: doc.id, kind: 'missed', text, gold: g.value, system: null });
      continue;
    }
    c.relaxedGold++;
    if (matches.some((s) => s.start === g.start && s.end === g.end)) c.strict++;
    const best = matches.find((s) => s.value === g.value) ?? matches[0]!;
    if (best.value === g.value) c.valueCorrect++;
    else
      errors.push({
        document: doc.id,
        kind: 'value',
        text: `${text} | ${best.text}`,
        gold: g.value,
        system: best.value,
      });
  }
  return c;
}

/** Runs newsbrief's time expressions over every document against its creation date and scores them. */
export function scoreTimexes(docs: readonly TimexDocument[]): { counts: TimexCounts; errors: TimexError[] } {
  const counts: TimexCounts = {
    gold: 0,
    system: 0,
    relaxedSystem: 0,
    relaxedGold: 0,
    strict: 0,
    valueCorrect: 0,
  };
  const errors: TimexError[] = [];
  for (const doc of docs) {
    const c = scoreTimexDocument(doc, findTimexes(doc.text, doc.dct), errors);
    for (const key of Object.keys(counts) as (keyof TimexCounts)[]) counts[key] += c[key];
  }
  return { counts, errors };
}

/** Span and value figures from counts. */
export function timexMetrics(c: TimexCounts) {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const spanP = ratio(c.relaxedSystem, c.system);
  const spanR = ratio(c.relaxedGold, c.gold);
  const strictP = ratio(c.strict, c.system);
  const strictR = ratio(c.strict, c.gold);
  const valueP = ratio(c.valueCorrect, c.system);
  const valueR = ratio(c.valueCorrect, c.gold);
  return {
    spanPrecision: spanP,
    spanRecall: spanR,
    spanF1: f1(spanP, spanR),
    strictF1: f1(strictP, strictR),
    valueAccuracy: ratio(c.valueCorrect, c.relaxedGold),
    valuePrecision: valueP,
    valueRecall: valueR,
    valueF1: f1(valueP, valueR),
  };
}
