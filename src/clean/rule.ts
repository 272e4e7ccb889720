/**
 * The contract between the clean stage and its rules. A rule sees the lines
 * still in the body and the metadata found so far, and answers with cuts and
 * metadata; it never sees or changes another rule's private state.
 */
import type { CleanMetadata, RemovalReason, SourceDocument, Span } from '../types.js';
import type { LineFacts } from './facts.js';

/** One trimmed, non-empty line of the article: the unit every rule judges. */
export interface Line extends Span {
  /** Exactly `document.text.slice(start, end)`. */
  readonly text: string;
  /** Position among all non-empty lines of the article (stable when a prefix is cut). */
  readonly index: number;
}

/** What a rule is given: the document, the lines still in the body, the metadata so far. */
export interface RuleContext {
  readonly document: SourceDocument;
  readonly body: readonly Line[];
  readonly meta: Readonly<CleanMetadata>;
  /** Answers about lines that several rules need (words, prose), kept once per line. */
  readonly facts: LineFacts;
}

/** A rule's verdict on one body line: remove all of it, or only a prefix ending at `end`. */
export interface Cut {
  readonly line: Line;
  readonly reason: RemovalReason;
  /** Absolute end offset of a prefix cut (a dateline); the whole line when absent. */
  readonly end?: number;
}

/** A rule's answer; `meta` fields that are present replace the current ones. */
export interface RuleResult {
  readonly cuts: readonly Cut[];
  readonly meta?: Partial<CleanMetadata>;
}

/** One concept of junk, applied in the order `rules.ts` declares. */
export interface Rule {
  readonly name: string;
  readonly apply: (context: RuleContext) => RuleResult;
}

/** The answer of a rule that found nothing. */
export const NOTHING: RuleResult = Object.freeze({ cuts: [] });
