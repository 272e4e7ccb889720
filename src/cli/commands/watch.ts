import { createHash } from 'node:crypto';
import { access, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { type Command, Option } from 'commander';
import { isUrlArgument } from '../../adapters/url.js';
import { decodeHtml } from '../../extract/charset.js';
import type { Problem } from '../../types.js';
import {
  delay,
  type FeedArticle,
  type FeedItem,
  FeedStateError,
  JsonFileFeedState,
  OpmlError,
  opmlFeedUrls,
  type PollEvent,
  pollFeeds,
} from '../../web/feeds/index.js';
import { parseDuration } from '../duration.js';
import { positiveInt, UsageError } from '../usage.js';

interface WatchFlags {
  every: number;
  state?: string;
  out: string;
  once?: boolean;
  allowPrivate?: boolean;
  delay: number;
  timeout: number;
  maxBytes: number;
  quiet?: boolean;
}

const DEFAULT_EVERY = '15m';
const DEFAULT_OUT = 'articles';
const STATE_NAME = '.newsbrief-watch.json';

/** `newsbrief watch <feeds | OPML files>`: poll feeds and save every new article as a file. */
export function registerWatch(program: Command): void {
  program
    .command('watch')
    .description('poll feeds (RSS, Atom, RDF, JSON Feed) and save each new article as an HTML file')
    .argument('<sources...>', 'feed URLs, or OPML files listing feeds')
    .addOption(
      new Option('--every <duration>', 'poll interval: 30s, 15m, 1h')
        .argParser(parseDuration)
        .default(parseDuration(DEFAULT_EVERY), DEFAULT_EVERY),
    )
    .option('--state <file>', `where to remember what was fetched (default <out>/${STATE_NAME})`)
    .option('--out <dir>', 'folder to save articles in', DEFAULT_OUT)
    .option('--once', 'poll once and exit')
    .option(
      '--allow-private',
      'let feeds and articles be fetched from private, loopback and link-local addresses',
    )
    .addOption(
      new Option('--delay <duration>', 'pause between two requests to the same site')
        .argParser(parseDuration)
        .default(1000, '1s'),
    )
    .addOption(
      new Option('--timeout <duration>', 'deadline for one request')
        .argParser(parseDuration)
        .default(20_000, '20s'),
    )
    .addOption(
      new Option('--max-bytes <n>', 'largest feed or page accepted')
        .argParser(positiveInt)
        .default(10 * 1024 * 1024, '10 MiB'),
    )
    .option('-q, --quiet', 'report problems only')
    .addHelpText(
      'after',
      '\nEach article is saved once, as <out>/<date>-<title>-<id>.html (UTF-8, with the page address in\n' +
        '<base href>), ready for `newsbrief brief <out>`. The state file survives restarts: an item is never\n' +
        'fetched again once saved, and feeds are asked with ETag / Last-Modified so unchanged ones cost a 304.',
    )
    .action(async (sources: string[], flags: WatchFlags) => {
      process.exitCode = await runWatch(sources, flags);
    });
}

async function runWatch(sources: string[], flags: WatchFlags): Promise<number> {
  const feeds = await feedUrls(sources);
  const statePath = flags.state ?? join(flags.out, STATE_NAME);
  await mkdir(flags.out, { recursive: true });
  await mkdir(dirname(statePath), { recursive: true });
  let state: JsonFileFeedState;
  try {
    state = await JsonFileFeedState.open(statePath);
  } catch (error) {
    if (error instanceof FeedStateError) throw new UsageError(error.message);
    throw error;
  }
  const stop = new AbortController();
  const onSignal = (): void => stop.abort(new Error('stopped'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    for (;;) {
      const results = await pollFeeds(feeds, state, (article) => saveArticle(article, flags.out), {
        // The saved file is the commit point: one saved just before a crash is not fetched again.
        alreadyHave: (feedUrl, item) => exists(articlePath(flags.out, feedUrl, item)),
        fetch: {
          allowPrivate: flags.allowPrivate ?? false,
          timeoutMs: flags.timeout,
          maxBytes: flags.maxBytes,
        },
        hostDelayMs: flags.delay,
        signal: stop.signal,
        onEvent: (event) => log(event, flags.quiet ?? false),
      });
      const saved = results.reduce((n, r) => n + r.fetched, 0);
      if (!flags.quiet)
        say(
          `polled ${feeds.length} feed${feeds.length === 1 ? '' : 's'}: ${saved} new article${saved === 1 ? '' : 's'}`,
        );
      if (flags.once || stop.signal.aborted) return results.every((r) => r.status === 'failed') ? 1 : 0;
      await delay(flags.every, stop.signal).catch(() => {});
      if (stop.signal.aborted) return 0;
    }
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

/** Feed URLs from the arguments: URLs as given, OPML files read for theirs. */
async function feedUrls(sources: readonly string[]): Promise<string[]> {
  const urls: string[] = [];
  for (const source of sources) {
    if (isUrlArgument(source)) {
      urls.push(source);
      continue;
    }
    let text: string;
    try {
      text = await readFile(source, 'utf8');
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw new UsageError(
        `cannot read '${source}' (${code === 'ENOENT' ? 'no such file' : code}): give feed URLs (http:// or https://) or OPML files`,
      );
    }
    try {
      urls.push(...opmlFeedUrls(text, source));
    } catch (error) {
      if (error instanceof OpmlError) throw new UsageError(error.message);
      throw error;
    }
  }
  return [...new Set(urls)];
}

/** Where an item's article is saved: a name made from the feed's data alone, so it is known before fetching. */
function articlePath(out: string, feedUrl: string, item: FeedItem): string {
  const id = createHash('sha256').update(`${feedUrl}\n${item.id}`).digest('hex').slice(0, 10);
  const date = item.published?.slice(0, 10) ?? 'undated';
  return join(out, `${date}-${slug(item.title ?? item.url ?? item.id)}-${id}.html`);
}

/** Saves an article as UTF-8 HTML, atomically (written aside, then renamed into place). */
async function saveArticle(article: FeedArticle, out: string): Promise<void> {
  const { item, page } = article;
  const html = decodeHtml(page.bytes, page.contentType).text;
  // The declaration first, so the bytes are read as the UTF-8 they now are; <base> keeps the address.
  const head = `<meta charset="utf-8"><base href="${escapeAttribute(page.url)}">\n`;
  const path = articlePath(out, article.feedUrl, item);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, head + html.replace(/^\uFEFF/, ''));
  await rename(temp, path);
}

function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

function slug(text: string): string {
  const words = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return words.slice(0, 60).replace(/-+$/, '') || 'article';
}

function escapeAttribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

function log(event: PollEvent, quiet: boolean): void {
  if (event.type === 'problem') {
    report(event.problem);
    return;
  }
  if (quiet) return;
  if (event.type === 'feed') {
    say(
      event.status === 'not-modified'
        ? `${event.feedUrl}: not modified`
        : `${event.feedUrl}: ${event.fresh} new of ${event.items} items`,
    );
  } else if (event.type === 'article') say(`saved ${event.url}`);
  else say(`${event.url}: retry ${event.attempt} in ${(event.waitMs / 1000).toFixed(1)} s (${event.reason})`);
}

function report(p: Problem): void {
  process.stderr.write(`newsbrief: ${p.message}\n${p.hint ? `  hint: ${p.hint}\n` : ''}`);
}

function say(message: string): void {
  process.stderr.write(`newsbrief: watch: ${message}\n`);
}
