/**
 * Polling feeds: for each feed, a conditional GET with the validators saved
 * last time (304 means nothing new), then every item not seen before is
 * fetched, oldest first, and handed to `onArticle`; once that returns, the
 * item is marked seen in the `FeedState`, so no item is fetched again, even
 * across restarts. Requests to one host go one at a time with a pause
 * between them; failures that may pass are retried with backoff.
 *
 * The feed's validators are saved only after all its new items are done:
 * a poll interrupted half-way must not make the next poll's answer "304 Not
 * Modified" and hide the items it never reached.
 */
import { problem } from '../../read/problem.js';
import type { Problem } from '../../types.js';
import {
  type FetchedPage,
  type FetchOptions,
  fetchPage,
  fetchProblem,
  isFetchError,
  PAGE_TYPES,
} from '../fetch/index.js';
import { type FeedItem, FeedParseError, parseFeedBytes } from './parse.js';
import { HostQueue } from './politeness.js';
import { type RetryOptions, withRetry } from './retry.js';
import type { FeedState } from './state.js';

/** A new article found in a feed, fetched. */
export interface FeedArticle {
  feedUrl: string;
  item: FeedItem;
  page: FetchedPage;
}

/** How a poll behaves. */
export interface PollOptions {
  /** Limits and address policy for every request. */
  fetch?: Pick<
    FetchOptions,
    'timeoutMs' | 'maxBytes' | 'maxRedirects' | 'allowPrivate' | 'resolver' | 'isBlocked'
  >;
  /** Pause between two requests to the same host (default 1 s). */
  hostDelayMs?: number;
  retry?: Omit<RetryOptions, 'signal'>;
  signal?: AbortSignal;
  /** Reports progress: feeds fetched, items saved, retries. */
  onEvent?: (event: PollEvent) => void;
  /**
   * True when an item not yet marked seen was delivered anyway (the process stopped between
   * saving it and marking it): it is then marked seen without being fetched again.
   */
  alreadyHave?: (feedUrl: string, item: FeedItem) => Promise<boolean>;
}

/** Progress of a poll, for logs. */
export type PollEvent =
  | { type: 'feed'; feedUrl: string; status: 'not-modified' | 'fetched'; items?: number; fresh?: number }
  | { type: 'article'; feedUrl: string; url: string }
  | { type: 'retry'; url: string; attempt: number; waitMs: number; reason: string }
  | { type: 'problem'; problem: Problem };

/** What one poll of one feed did. */
export interface FeedPollResult {
  feedUrl: string;
  status: 'not-modified' | 'fetched' | 'failed';
  /** Items fetched and handed over. */
  fetched: number;
  /** Problems met: the feed's, and its items' (each naming its URL). */
  problems: Problem[];
}

/** Feed media types accepted (servers also send feeds as text/* and octet-stream). */
export const FEED_TYPES = [
  'application/*+xml',
  'application/xml',
  'application/json',
  'text/*',
  'application/octet-stream',
] as const;

const DEFAULT_HOST_DELAY_MS = 1000;

/** Polls `urls` once; new items go to `onArticle` and are then remembered in `state`. */
export async function pollFeeds(
  urls: readonly string[],
  state: FeedState,
  onArticle: (article: FeedArticle) => Promise<void>,
  options: PollOptions = {},
): Promise<FeedPollResult[]> {
  const queue = new HostQueue(options.hostDelayMs ?? DEFAULT_HOST_DELAY_MS);
  return Promise.all([...new Set(urls)].map((url) => pollFeed(url, state, onArticle, options, queue)));
}

async function pollFeed(
  feedUrl: string,
  state: FeedState,
  onArticle: (article: FeedArticle) => Promise<void>,
  options: PollOptions,
  queue: HostQueue,
): Promise<FeedPollResult> {
  const result: FeedPollResult = { feedUrl, status: 'failed', fetched: 0, problems: [] };
  const report = (p: Problem): void => {
    result.problems.push(p);
    options.onEvent?.({ type: 'problem', problem: p });
  };
  const validators = await state.getValidators(feedUrl);
  const headers: Record<string, string> = {};
  if (validators?.etag) headers['if-none-match'] = validators.etag;
  if (validators?.lastModified) headers['if-modified-since'] = validators.lastModified;
  let feedPage: FetchedPage;
  try {
    feedPage = await request(feedUrl, { ...options.fetch, accept: FEED_TYPES, headers }, options, queue);
  } catch (error) {
    report(fetchProblem(feedUrl, error));
    return result;
  }
  if (feedPage.notModified) {
    result.status = 'not-modified';
    options.onEvent?.({ type: 'feed', feedUrl, status: 'not-modified' });
    return result;
  }
  let items: FeedItem[];
  try {
    items = parseFeedBytes(feedPage.bytes, feedPage.url, feedPage.contentType).items;
  } catch (error) {
    if (!(error instanceof FeedParseError)) throw error;
    report(
      problem(
        feedUrl,
        'unsupported',
        error.message.replace(`${feedPage.url}: `, ''),
        'Check that the URL is a feed',
      ),
    );
    return result;
  }
  const fresh: FeedItem[] = [];
  for (const item of items) if (!(await state.hasSeen(feedUrl, item.id))) fresh.push(item);
  result.status = 'fetched';
  options.onEvent?.({ type: 'feed', feedUrl, status: 'fetched', items: items.length, fresh: fresh.length });

  let unfinished = 0;
  // Feeds list the newest first; the oldest is fetched first so articles arrive in order.
  for (const item of fresh.reverse()) {
    if (options.signal?.aborted) return result;
    if (!item.url) {
      report(problem(feedUrl, 'no-text', `item ${JSON.stringify(item.id)} links to no article; skipped`));
      await state.markSeen(feedUrl, item.id);
      continue;
    }
    if (await options.alreadyHave?.(feedUrl, item)) {
      await state.markSeen(feedUrl, item.id);
      continue;
    }
    let page: FetchedPage;
    try {
      page = await request(item.url, { ...options.fetch, accept: PAGE_TYPES }, options, queue);
    } catch (error) {
      if (options.signal?.aborted) return result;
      report(fetchProblem(item.url, error));
      // What cannot improve (404, wrong type, private address) is not asked for again; the rest is, next poll.
      if (isFetchError(error) && !error.retryable) await state.markSeen(feedUrl, item.id);
      else unfinished++;
      continue;
    }
    try {
      await onArticle({ feedUrl, item, page });
    } catch (error) {
      unfinished++;
      const reason = error instanceof Error ? error.message : String(error);
      report(problem(item.url, 'unreadable', `was fetched but could not be saved (${reason})`));
      continue;
    }
    await state.markSeen(feedUrl, item.id);
    result.fetched++;
    options.onEvent?.({ type: 'article', feedUrl, url: item.url });
  }
  if (unfinished === 0) {
    await state.putValidators(feedUrl, { etag: feedPage.etag, lastModified: feedPage.lastModified });
  }
  return result;
}

/** One request through the host queue, with retries. */
function request(
  url: string,
  fetchOptions: FetchOptions,
  options: PollOptions,
  queue: HostQueue,
): Promise<FetchedPage> {
  const signal = options.signal;
  return withRetry(
    () => queue.run(url, () => fetchPage(url, signal ? { ...fetchOptions, signal } : fetchOptions), signal),
    {
      ...options.retry,
      ...(signal ? { signal } : {}),
      onRetry: (error, attempt, waitMs) =>
        options.onEvent?.({
          type: 'retry',
          url,
          attempt,
          waitMs,
          reason: error instanceof Error ? error.message : String(error),
        }),
    },
  );
}
