/**
 * Why a fetch failed, in words a user can act on. Every error names the URL
 * and the bad value (the status, the address, the size, the type), says
 * whether trying again later may help, and carries a hint.
 */

/** The ways a fetch fails. */
export type FetchErrorCode =
  | 'bad-url'
  | 'private-address'
  | 'dns'
  | 'network'
  | 'timeout'
  | 'too-many-redirects'
  | 'http-status'
  | 'unsupported-type'
  | 'too-large';

/** A failed fetch. */
export class FetchError extends Error {
  override name = 'FetchError';

  constructor(
    readonly code: FetchErrorCode,
    /** The URL that failed (after redirects, the one being fetched when it failed). */
    readonly url: string,
    message: string,
    /** What the user can do about it. */
    readonly hint: string,
    /** True when the same request may succeed later (timeouts, 5xx, 429, network errors). */
    readonly retryable: boolean,
    /** The HTTP status, for `http-status`. */
    readonly status?: number,
    /** How long the server asked to wait before retrying (Retry-After), in milliseconds. */
    readonly retryAfterMs?: number,
  ) {
    super(message);
  }
}

/** True when `error` is a `FetchError`. */
export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}

/** The error for an HTTP status that is not a success. */
export function statusError(url: string, status: number, retryAfter: string | undefined): FetchError {
  const retryable = status === 408 || status === 425 || status === 429 || status >= 500;
  const hint =
    status === 404 || status === 410
      ? 'Check the address; the page may have moved or been removed'
      : status === 401 || status === 403
        ? 'The site refuses this request; save the page from a browser and brief the file instead'
        : status === 429
          ? 'The site is rate-limiting; try again later'
          : retryable
            ? 'The site is having trouble; try again later'
            : 'Check the address';
  return new FetchError(
    'http-status',
    url,
    `${url}: the server answered HTTP ${status}`,
    hint,
    retryable,
    status,
    retryAfterMs(retryAfter),
  );
}

/** Retry-After as milliseconds: seconds, or an HTTP date. */
function retryAfterMs(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
