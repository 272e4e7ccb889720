/**
 * Reading the JSON Lines files the ROUGE command scores: system summaries
 * (`{"id", "summary", "system"?}`) and a summarisation dataset
 * (`{"id", "refs": [...]}`, the schema of ../shared/data). Problems are
 * reported with the file and line so they can be fixed at the source.
 */
import { EvalInputError, jsonLines, preview } from '../jsonl.js';
import type { SummaryText } from './text.js';

/** A problem in an input file, located by file and 1-based line (the evaluation readers' error). */
export { EvalInputError as RougeInputError };

/** One summary line. */
export interface SummaryRecord {
  readonly id: string;
  /** The `system` field, when the line has one. */
  readonly system?: string;
  readonly summary: SummaryText;
  readonly line: number;
}

/** One dataset line: a cluster and its reference summaries. */
export interface ReferenceRecord {
  readonly id: string;
  readonly refs: readonly SummaryText[];
  readonly line: number;
}

type Json = Record<string, unknown>;

function idOf(value: Json, file: string, line: number): string {
  const id = value.id;
  if (typeof id === 'number') return String(id);
  if (typeof id !== 'string' || id === '') {
    throw new EvalInputError(file, line, `'id' must be a non-empty string, got ${JSON.stringify(id)}`);
  }
  return id;
}

function isText(value: unknown): value is SummaryText {
  return typeof value === 'string' || (Array.isArray(value) && value.every((s) => typeof s === 'string'));
}

function describe(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? 'nothing' : preview(json);
}

/** Parses a summaries file; throws `RougeInputError` on the first bad line. */
export function parseSummaries(text: string, file: string): SummaryRecord[] {
  const out: SummaryRecord[] = [];
  for (const { value, line } of jsonLines(text, file)) {
    const id = idOf(value, file, line);
    const { summary, system } = value;
    if (!isText(summary)) {
      throw new EvalInputError(
        file,
        line,
        `'summary' must be a string or an array of strings, got ${describe(summary)}`,
      );
    }
    if (system !== undefined && (typeof system !== 'string' || system === '')) {
      throw new EvalInputError(file, line, `'system' must be a non-empty string, got ${describe(system)}`);
    }
    out.push(system === undefined ? { id, summary, line } : { id, system, summary, line });
  }
  return out;
}

/** Parses a dataset file for its references; throws `RougeInputError` on the first bad line. */
export function parseReferences(text: string, file: string): ReferenceRecord[] {
  const out: ReferenceRecord[] = [];
  const seen = new Map<string, number>();
  for (const { value, line } of jsonLines(text, file)) {
    const id = idOf(value, file, line);
    const { refs } = value;
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every(isText)) {
      throw new EvalInputError(
        file,
        line,
        `'refs' must be a non-empty array of reference summaries (strings), got ${describe(refs)}`,
      );
    }
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw new EvalInputError(file, line, `id '${id}' already given on line ${earlier}`);
    seen.set(id, line);
    out.push({ id, refs, line });
  }
  return out;
}
