/**
 * URL arguments -> input files: `newsbrief brief https://...` fetches the
 * page (safely: see `src/web/fetch`) and hands its bytes to the read stage
 * with the Content-Type it was served with, so its charset decodes it. A
 * failed fetch is a problem naming the URL, what went wrong and what to do.
 */
import type { InputFile } from '../read/input.js';
import type { Problem } from '../types.js';
import { fetchPage, fetchProblem, PAGE_TYPES } from '../web/fetch/index.js';

/** How URL inputs are fetched. */
export interface UrlInputOptions {
  /** Largest body accepted, in bytes. */
  maxBytes: number;
  /** Allow private, loopback and link-local addresses. */
  allowPrivate?: boolean;
  /** Deadline per URL. */
  timeoutMs?: number;
}

/** True when a command-line argument is a web address rather than a path. */
export function isUrlArgument(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/** Fetches `url` into an input file; its path is the URL as given. Never throws. */
export async function readUrl(
  url: string,
  options: UrlInputOptions,
): Promise<InputFile | { problem: Problem }> {
  try {
    const page = await fetchPage(url, {
      maxBytes: options.maxBytes,
      allowPrivate: options.allowPrivate ?? false,
      accept: PAGE_TYPES,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    });
    const file: InputFile = { path: url, bytes: page.bytes };
    if (page.contentType) file.contentType = page.contentType;
    return file;
  } catch (error) {
    return { problem: fetchProblem(url, error) };
  }
}
