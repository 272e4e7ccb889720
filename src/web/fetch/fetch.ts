/**
 * `fetchPage`: one URL -> its bytes, safely. Redirects are followed by hand
 * (so each hop's address is checked again), at most `maxRedirects` of them;
 * one deadline covers every hop and the whole body; the body is capped,
 * counted after decompression (a small gzip bomb cannot fill memory); the
 * Content-Type must be one the caller accepts; and connections to private,
 * loopback and link-local addresses are refused unless `allowPrivate`, the
 * check made on the address actually connected to, after DNS.
 * Conditional requests (ETag, Last-Modified) come back as `notModified`.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPrivateAddress } from './address.js';
import { FetchError, statusError } from './errors.js';
import { BlockedAddressError, guardedLookup, type Resolver, systemResolver } from './lookup.js';

/** What `fetchPage` may do. */
export interface FetchOptions {
  /** Deadline for the whole fetch, redirects and body included (default 20 s). */
  timeoutMs?: number;
  /** Largest body accepted, in bytes after decompression (default 10 MiB). */
  maxBytes?: number;
  /** Redirects followed before giving up (default 5). */
  maxRedirects?: number;
  /** Allow private, loopback and link-local addresses (a local test server, an intranet). */
  allowPrivate?: boolean;
  /** Media types accepted (`text/html`, `application/*+xml`); a response without a Content-Type is accepted. Default: any. */
  accept?: readonly string[];
  /** Extra request headers, e.g. If-None-Match / If-Modified-Since for a conditional request. */
  headers?: Readonly<Record<string, string>>;
  /** Cancels the fetch. */
  signal?: AbortSignal;
  /** Host name resolution (the system resolver by default; tests give their own). */
  resolver?: Resolver;
  /** Which resolved addresses are refused when `allowPrivate` is off (private ones by default). */
  isBlocked?: (address: string) => boolean;
}

/** A fetched resource. */
export interface FetchedPage {
  /** The URL asked for. */
  requestedUrl: string;
  /** The URL the content came from, after redirects. */
  url: string;
  status: number;
  /** True for 304 Not Modified: `bytes` is empty and the caller's copy is current. */
  notModified: boolean;
  contentType: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
  /** Every URL redirected through, in order. */
  redirects: string[];
}

/** Media types of web pages, for `accept`. */
export const PAGE_TYPES = ['text/html', 'application/xhtml+xml', 'text/plain'] as const;

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;
const DEFAULT_MAX_REDIRECTS = 5;
const USER_AGENT = 'newsbrief/0.1 (+https://github.com/newsbrief/newsbrief)';
const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/** Fetches `url`; throws a `FetchError` (naming the URL, the bad value and what to do) on any failure. */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const deadline = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, deadline]) : deadline;
  const redirects: string[] = [];
  let current = parseUrl(url);
  for (;;) {
    const response = await get(current, options, signal, timeoutMs);
    const status = response.statusCode ?? 0;
    const location = header(response, 'location');
    if (REDIRECTS.has(status) && location) {
      response.resume();
      if (redirects.length >= (options.maxRedirects ?? DEFAULT_MAX_REDIRECTS)) {
        throw new FetchError(
          'too-many-redirects',
          url,
          `${url}: more than ${redirects.length} redirects (the last to ${location})`,
          'Open the address in a browser to see where it leads, and give the final address',
          false,
        );
      }
      redirects.push(current.href);
      current = parseUrl(location, current);
      continue;
    }
    const base = {
      requestedUrl: url,
      url: current.href,
      status,
      contentType: header(response, 'content-type') ?? null,
      etag: header(response, 'etag') ?? null,
      lastModified: header(response, 'last-modified') ?? null,
      redirects,
    };
    if (status === 304) {
      response.resume();
      return { ...base, notModified: true, bytes: new Uint8Array(0) };
    }
    if (status < 200 || status >= 300) {
      response.resume();
      throw statusError(current.href, status, header(response, 'retry-after'));
    }
    checkType(current.href, base.contentType, options.accept);
    const bytes = await readBody(
      response,
      current.href,
      options.maxBytes ?? DEFAULT_MAX_BYTES,
      signal,
      timeoutMs,
    );
    return { ...base, notModified: false, bytes };
  }
}

/** Parses `href` (relative to `base`), refusing what is not http(s) or carries credentials. */
function parseUrl(href: string, base?: URL): URL {
  let parsed: URL;
  try {
    parsed = new URL(href, base);
  } catch {
    throw new FetchError(
      'bad-url',
      href,
      `'${href}' is not a valid URL${base ? ` (redirected from ${base.href})` : ''}`,
      'Give a full address such as https://example.com/news/story.html',
      false,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new FetchError(
      'bad-url',
      parsed.href,
      `${parsed.href}: only http and https addresses are fetched, not ${parsed.protocol.replace(':', '')}${base ? ` (redirected from ${base.href})` : ''}`,
      'Give an http:// or https:// address; save other documents as files and brief those',
      false,
    );
  }
  if (parsed.username || parsed.password) {
    throw new FetchError(
      'bad-url',
      parsed.href,
      `${parsed.origin}: addresses with a user name or password are not fetched`,
      'Download the page yourself and brief the file',
      false,
    );
  }
  return parsed;
}

/** One GET, resolving once the response headers arrive. */
function get(
  url: URL,
  options: FetchOptions,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<IncomingMessage> {
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const isBlocked = options.allowPrivate ? () => false : (options.isBlocked ?? isPrivateAddress);
  // An address written into the URL is never looked up, so it is checked here.
  if (isIP(hostname) && isBlocked(hostname)) throw privateError(url.href, hostname, hostname);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'GET',
        signal,
        lookup: guardedLookup(options.resolver ?? systemResolver, isBlocked),
        headers: {
          'user-agent': USER_AGENT,
          accept: (options.accept ?? ['*/*']).join(', '),
          'accept-encoding': 'gzip, deflate, br',
          ...options.headers,
        },
      },
      resolve,
    );
    req.on('error', (error) => reject(networkError(url.href, error, signal, timeoutMs)));
    req.end();
  });
}

function checkType(url: string, contentType: string | null, accept: readonly string[] | undefined): void {
  if (!accept || !contentType) return;
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  const ok = accept.some((pattern) => {
    const [major, minor] = pattern.toLowerCase().split('/');
    const [tMajor, tMinor] = type.split('/');
    if (major !== '*' && major !== tMajor) return false;
    if (minor === '*' || minor === tMinor) return true;
    // "application/*+xml" accepts "application/rss+xml".
    return minor?.startsWith('*+') === true && (tMinor ?? '').endsWith(minor.slice(1));
  });
  if (!ok) {
    throw new FetchError(
      'unsupported-type',
      url,
      `${url}: is ${type || 'of no type'}, not ${accept.join(' or ')}`,
      'Give the address of a web page (or a feed, for watch)',
      false,
    );
  }
}

/** Reads the body, decompressing it, failing past `maxBytes`. */
async function readBody(
  response: IncomingMessage,
  url: string,
  maxBytes: number,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<Uint8Array> {
  const declared = Number(header(response, 'content-length'));
  const encoding = (header(response, 'content-encoding') ?? '').trim().toLowerCase();
  if (Number.isFinite(declared) && declared > maxBytes && (encoding === '' || encoding === 'identity')) {
    response.destroy();
    throw tooLarge(url, declared, maxBytes, '');
  }
  const stream =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? response.pipe(createGunzip())
      : encoding === 'deflate'
        ? response.pipe(createInflate())
        : encoding === 'br'
          ? response.pipe(createBrotliDecompress())
          : response;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        response.destroy();
        if (stream !== response) (stream as NodeJS.ReadableStream & { destroy(): void }).destroy();
        throw tooLarge(url, total, maxBytes, 'at least ');
      }
      chunks.push(chunk);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw networkError(url, error, signal, timeoutMs);
  }
  const body = Buffer.concat(chunks, total);
  return new Uint8Array(body.buffer, body.byteOffset, body.byteLength);
}

function networkError(url: string, error: unknown, signal: AbortSignal, timeoutMs: number): FetchError {
  if (error instanceof FetchError) return error;
  if (error instanceof BlockedAddressError) return privateError(url, error.hostname, error.address);
  const reason = signal.reason as { name?: string } | undefined;
  if (signal.aborted && reason?.name === 'TimeoutError') {
    return new FetchError(
      'timeout',
      url,
      `${url}: no complete answer within ${timeoutMs / 1000} s`,
      'The site is slow or unreachable; try again later, or raise the timeout',
      true,
    );
  }
  const code = (error as NodeJS.ErrnoException).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new FetchError(
      'dns',
      url,
      `${url}: the host name does not resolve (${code})`,
      'Check the spelling of the address and your network connection',
      code === 'EAI_AGAIN',
    );
  }
  return new FetchError(
    'network',
    url,
    `${url}: the connection failed (${code ?? message})`,
    'Check the address and your network connection; try again later',
    true,
  );
}

function privateError(url: string, hostname: string, address: string): FetchError {
  const where = hostname === address ? address : `${hostname} (${address})`;
  return new FetchError(
    'private-address',
    url,
    `${url}: refused to connect to ${where}, a private, loopback or link-local address`,
    'Pass --allow-private to fetch from your own machine or network',
    false,
  );
}

function tooLarge(url: string, size: number, maxBytes: number, atLeast: string): FetchError {
  return new FetchError(
    'too-large',
    url,
    `${url}: the body is ${atLeast}${size.toLocaleString('en-US')} bytes, over the limit of ${maxBytes.toLocaleString('en-US')}`,
    `Raise the limit (--max-bytes ${Math.max(size, maxBytes + 1)}) if the page is really that large`,
    false,
  );
}

function header(response: IncomingMessage, name: string): string | undefined {
  const value = response.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
