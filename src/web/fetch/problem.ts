/** A failed fetch -> the `Problem` a command reports: the URL, what went wrong, what to do. */
import { problem } from '../../read/problem.js';
import type { Problem, ProblemCode } from '../../types.js';
import { type FetchErrorCode, isFetchError } from './errors.js';

// The problem codes a failed fetch is reported under.
const CODES: Record<FetchErrorCode, ProblemCode> = {
  'bad-url': 'unsupported',
  'private-address': 'unsupported',
  dns: 'not-found',
  network: 'unreadable',
  timeout: 'unreadable',
  'too-many-redirects': 'unreadable',
  'http-status': 'unreadable',
  'unsupported-type': 'unsupported',
  'too-large': 'too-large',
};

/** The problem for `error` met while fetching `url` (as the user gave it). */
export function fetchProblem(url: string, error: unknown): Problem {
  if (!isFetchError(error)) {
    const reason = error instanceof Error ? error.message : String(error);
    return problem(url, 'unreadable', `could not be fetched (${reason})`, 'Try again later');
  }
  const code =
    error.code === 'http-status' && (error.status === 404 || error.status === 410)
      ? 'not-found'
      : CODES[error.code];
  // FetchError messages start with the URL they failed at; problem() puts the URL as given in front.
  const message = error.message.startsWith(`${error.url}: `)
    ? error.message.slice(error.url.length + 2)
    : error.message;
  const where = error.url === url ? '' : ` (at ${error.url})`;
  return problem(url, code, `${message}${where}`, error.hint);
}
