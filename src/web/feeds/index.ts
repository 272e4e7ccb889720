/** Feeds: parsing (RSS, Atom, RDF, JSON Feed), OPML lists, and polling with a persistent state. */
export { parseFeedDate } from './dates.js';
export { OpmlError, opmlFeedUrls } from './opml.js';
export { type FeedItem, FeedParseError, type ParsedFeed, parseFeedBytes, parseFeedText } from './parse.js';
export { delay, HostQueue, hostOf } from './politeness.js';
export {
  FEED_TYPES,
  type FeedArticle,
  type FeedPollResult,
  type PollEvent,
  type PollOptions,
  pollFeeds,
} from './poller.js';
export { type RetryOptions, withRetry } from './retry.js';
export { type FeedState, FeedStateError, type FeedValidators, JsonFileFeedState } from './state.js';
