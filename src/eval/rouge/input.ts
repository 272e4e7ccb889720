/**
 * Reading the JSON Lines files the ROUGE command scores: system summaries
 * (`{"id", "summary", "system"?}`) and a summarisation dataset
 * (`{"id", "refs": [...]}`, the schema of ../shared/data). Problems are
 * reported with the file and line so they can be fixed at the source.
 */
import type { SummaryText } from './text.js';

/** A problem in an input file, located by file and 1-based line. */
export class RougeInputError extends Error {
  override name = 'RougeInputError';

  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
  }
}

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

function* records(text: string, file: string): Generator<{ value: Json; line: number }> {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new RougeInputError(file, i + 1, `not valid JSON (${reason}): ${preview(raw)}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw new RougeInputError(file, i + 1, `expected a JSON object, got ${preview(raw)}`);
    }
    yield { value: value as Json, line: i + 1 };
  }
}

function preview(raw: string): string {
  return raw.length > 60 ? `${raw.slice(0, 60)}...` : raw;
}

function idOf(value: Json, file: string, line: number): string {
  const id = value.id;
  if (typeof id === 'number') return String(id);
  if (typeof id !== 'string' || id === '') {
    throw new RougeInputError(file, line, `'id' must be a non-empty string, got ${JSON.stringify(id)}`);
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
  for (const { value, line } of records(text, file)) {
    const id = idOf(value, file, line);
    const { summary, system } = value;
    if (!isText(summary)) {
      throw new RougeInputError(
        file,
        line,
        `'summary' must be a string or an array of strings, got ${describe(summary)}`,
      );
    }
    if (system !== undefined && (typeof system !== 'string' || system === '')) {
      throw new RougeInputError(file, line, `'system' must be a non-empty string, got ${describe(system)}`);
    }
    out.push(system === undefined ? { id, summary, line } : { id, system, summary, line });
  }
  return out;
}

/** Parses a dataset file for its references; throws `RougeInputError` on the first bad line. */
export function parseReferences(text: string, file: string): ReferenceRecord[] {
  const out: ReferenceRecord[] = [];
  const seen = new Map<string, number>();
  for (const { value, line } of records(text, file)) {
    const id = idOf(value, file, line);
    const { refs } = value;
    if (!Array.isArray(refs) || refs.length === 0 || !refs.every(isText)) {
      throw new RougeInputError(
        file,
        line,
        `'refs' must be a non-empty array of reference summaries (strings), got ${describe(refs)}`,
      );
    }
    const earlier = seen.get(id);
    if (earlier !== undefined)
      throw new RougeInputError(file, line, `id '${id}' already given on line ${earlier}`);
    seen.set(id, line);
    out.push({ id, refs, line });
  }
  return out;
}
