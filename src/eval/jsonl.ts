/**
 * Reading evaluation data sets in JSON Lines: one object per line, errors
 * located by file and line so they can be fixed at the source.
 */

/** A problem in an evaluation file, located by file and 1-based line. */
export class EvalInputError extends Error {
  override name = 'EvalInputError';

  constructor(
    readonly file: string,
    readonly line: number,
    problem: string,
  ) {
    super(`${file} line ${line}: ${problem}`);
  }
}

/** Each JSON object of a JSON Lines text with its 1-based line number; blank lines are skipped. */
export function* jsonLines(
  text: string,
  file: string,
): Generator<{ value: Record<string, unknown>; line: number }> {
  const lines = text.replace(/^\uFEFF/u, '').split('\n');
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i]!.trim();
    if (raw === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new EvalInputError(file, i + 1, `not valid JSON (${reason}): ${preview(raw)}`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      throw new EvalInputError(file, i + 1, `expected a JSON object, got ${preview(raw)}`);
    yield { value: value as Record<string, unknown>, line: i + 1 };
  }
}

/** A required string field, or an error naming it. */
export function stringField(value: Record<string, unknown>, key: string, file: string, line: number): string {
  const v = value[key];
  if (typeof v !== 'string') throw new EvalInputError(file, line, `field "${key}" must be a string`);
  return v;
}

/** The start of a bad value, to echo in an error. */
export function preview(raw: string): string {
  return raw.length > 60 ? `${raw.slice(0, 60)}...` : raw;
}
