/** Reading an evaluation file for the `eval` commands, with the errors a user can act on. */
import { readFile } from 'node:fs/promises';
import { EvalInputError } from '../../../eval/jsonl.js';
import { UsageError } from '../../usage.js';

/** The text of an evaluation file; a missing file or a folder is a usage error. */
export async function readEvalFile(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : String(error);
    throw new UsageError(`cannot read '${path}': ${reason}`);
  }
}

/** Runs a parser, turning a located input error into a usage error. */
export function parseEvalFile<T>(parser: (text: string, file: string) => T, text: string, file: string): T {
  try {
    return parser(text, file);
  } catch (error) {
    if (error instanceof EvalInputError) throw new UsageError(error.message);
    throw error;
  }
}

/** A ratio as a percentage with one decimal. */
export function percent(x: number): string {
  return `${(100 * x).toFixed(1)}`;
}
