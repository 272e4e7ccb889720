/**
 * The contract of a time-expression rule: a pattern, and a resolver that
 * turns a match into a TIMEX3 type and value against the reference date and
 * what the text said before (the quarter last spoken of).
 */
import type { TimexType } from './types.js';

/** What a resolver reads: the reference date and the text's running context. */
export interface TimexContext {
  /** The document's creation (publication) date, noon UTC. */
  dct: Date;
  /** The last quarter the text named, for "the quarter" and "a year earlier" in quarterly reports. */
  quarter: { year: number; q: number } | null;
  /** The sentence holding the match, for tense. */
  sentence: string;
  /** The last day the text named (`YYYY-MM-DD`), for "the day before", "that day", a clock time alone. */
  day: string | null;
  /** The last month (`YYYY-MM`) and year the text named, for "the following month", "later that year". */
  month: string | null;
  year: number | null;
}

/** A resolved match. */
export interface Resolved {
  type: TimexType;
  value: string;
  certain?: boolean;
  /** A quarter this expression names, remembered for later anaphora. */
  quarter?: { year: number; q: number };
}

/** One rule: a pattern (compiled with the g and i flags: ASCII patterns, and faster without u) and its resolver. */
export interface TimexRule {
  name: string;
  pattern: RegExp;
  resolve: (m: RegExpExecArray, ctx: TimexContext) => Resolved | null;
}

/** Builds a rule from a regex source. */
export function rule(name: string, source: string, resolve: TimexRule['resolve']): TimexRule {
  return { name, pattern: new RegExp(source, 'gi'), resolve };
}

/** A four-digit year, or a two-digit one read in the reference date's century. */
export function yearOf(text: string | undefined, ctx: TimexContext): number {
  if (!text) return ctx.dct.getUTCFullYear();
  const n = Number(text);
  return text.length === 2 ? Math.floor(ctx.dct.getUTCFullYear() / 100) * 100 + n : n;
}
