/** Building `Problem`s with the wording every read module shares. */
import type { Problem, ProblemCode } from '../types.js';

/** The hint for inputs newsbrief cannot read at all. */
export const READABLE_HINT = 'newsbrief reads .txt, .html and .jsonl files (UTF-8 text)';

/** A problem about `path`, its message prefixed with the path so every line names its file. */
export function problem(
  path: string,
  code: ProblemCode,
  message: string,
  hint?: string,
  line?: number,
): Problem {
  const where = line === undefined ? path : `${path}:${line}`;
  const result: Problem = { path, code, message: `${where}: ${message}` };
  if (line !== undefined) result.line = line;
  if (hint !== undefined) result.hint = hint;
  return result;
}

/** Shows a bad value in a message: short, on one line, quoted. */
export function show(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max)}…` : flat}'`;
}

/** `1,234 bytes`, with the larger unit too when it helps. */
export function formatBytes(n: number): string {
  const exact = `${n.toLocaleString('en-US')} bytes`;
  if (n < 1_000) return exact;
  const [value, unit] =
    n < 1_000_000 ? [n / 1_000, 'kB'] : n < 1_000_000_000 ? [n / 1_000_000, 'MB'] : [n / 1e9, 'GB'];
  return `${value.toFixed(1)} ${unit} (${exact})`;
}
