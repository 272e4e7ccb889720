import { InvalidArgumentError } from 'commander';

/** A command line that cannot be carried out as written (exit code 2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parses a whole number option, echoing the bad value in the error. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) {
    throw new InvalidArgumentError(`expected a whole number above 0, got '${value}'`);
  }
  return n;
}
