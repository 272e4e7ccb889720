/** Fetching web pages and feeds safely: timeouts, size caps, manual redirects, content types, SSRF checks. */
export { isPrivateAddress } from './address.js';
export { FetchError, type FetchErrorCode, isFetchError } from './errors.js';
export { type FetchedPage, type FetchOptions, fetchPage, PAGE_TYPES } from './fetch.js';
export {
  BlockedAddressError,
  guardedLookup,
  type ResolvedAddress,
  type Resolver,
  systemResolver,
} from './lookup.js';
export { fetchProblem } from './problem.js';
