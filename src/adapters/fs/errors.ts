/** File-system errors -> problems that say what went wrong in plain words. */
import { problem } from '../../read/problem.js';
import type { Problem } from '../../types.js';

/** The errno code of a Node file-system error (`ENOENT`, `EACCES`), if it has one. */
export function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** A problem for a file or folder the system refused to read. */
export function unreadableProblem(path: string, error: unknown, what: 'file' | 'folder'): Problem {
  const code = errorCode(error);
  if (code === 'ENOENT') {
    return problem(
      path,
      'not-found',
      `${what} disappeared while being read`,
      'Run again once the files are in place',
    );
  }
  if (code === 'EACCES' || code === 'EPERM') {
    return problem(
      path,
      'unreadable',
      `cannot read this ${what} (permission denied)`,
      `Check its permissions, e.g. chmod ${what === 'folder' ? 'a+rx' : 'a+r'} ${path}`,
    );
  }
  const reason = error instanceof Error ? error.message : String(error);
  return problem(
    path,
    'unreadable',
    `cannot read this ${what} (${reason})`,
    'Check that the path is a readable file or folder',
  );
}
