/**
 * Retrying fetches that may succeed later (timeouts, 5xx, 429, dropped
 * connections) with exponential backoff and jitter, honouring a server's
 * Retry-After when it asks for longer. Failures that cannot improve (404,
 * a private address, a wrong content type) are thrown at once.
 */
import { isFetchError } from '../fetch/index.js';
import { delay } from './politeness.js';

/** How to retry. */
export interface RetryOptions {
  /** Attempts after the first (default 3). */
  retries?: number;
  /** The first wait; each next one doubles (default 1 s). */
  baseMs?: number;
  /** No single wait is longer (default 60 s). */
  maxMs?: number;
  signal?: AbortSignal;
  /** Called before each wait, e.g. to log it. */
  onRetry?: (error: unknown, attempt: number, waitMs: number) => void;
  /** For tests: how to wait. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Runs `task`, retrying retryable fetch errors; rethrows the last error. */
export async function withRetry<T>(task: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const retries = options.retries ?? 3;
  const base = options.baseMs ?? 1000;
  const max = options.maxMs ?? 60_000;
  const sleep = options.sleep ?? delay;
  for (let attempt = 0; ; attempt++) {
    try {
      return await task();
    } catch (error) {
      if (attempt >= retries || !isFetchError(error) || !error.retryable || options.signal?.aborted)
        throw error;
      // Full jitter keeps many pollers from retrying in step; Retry-After is a floor.
      const backoff = Math.min(max, base * 2 ** attempt);
      const wait = Math.min(
        max,
        Math.max(error.retryAfterMs ?? 0, backoff / 2 + Math.random() * (backoff / 2)),
      );
      options.onRetry?.(error, attempt + 1, wait);
      await sleep(wait, options.signal);
    }
  }
}
