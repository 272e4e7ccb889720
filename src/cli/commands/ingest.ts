import type { Command } from 'commander';
import { collectInputs } from '../../adapters/fs/inputs.js';
import { readPiles } from '../../read/index.js';
import { StoreFeedState } from '../../service/feed-state.js';
import { Ingestor, type IngestReport } from '../../service/ingest.js';
import type { Store } from '../../store/store.js';
import type { Problem } from '../../types.js';
import { pollFeeds } from '../../web/feeds/index.js';
import { usingStore, withDb } from '../db.js';
import { positiveInt, UsageError } from '../usage.js';
import { DEFAULT_MAX_BYTES } from './brief.js';

interface IngestFlags {
  db: string;
  feed?: string[];
  allowPrivate?: boolean;
  json?: boolean;
  quiet?: boolean;
  batch: number;
  maxBytes: number;
}

/** `newsbrief ingest <paths...>`: add articles to the store; stories form and update as they arrive. */
export function registerIngest(program: Command): void {
  withDb(program.command('ingest'))
    .description('store articles and put each in a story (idempotent: a re-run adds only what is missing)')
    .argument('[paths...]', '.txt, .html and .jsonl files, folders (recursive), globs, URLs, or - for stdin')
    .option('--feed <url...>', 'poll these RSS, Atom, RDF or JSON feeds once and ingest their new items')
    .option('--allow-private', 'let URLs and feeds reach private, loopback and link-local addresses')
    .option('--json', 'print one JSON line per article: {"id","status","story"}')
    .option('--batch <n>', 'articles per transaction', positiveInt, 500)
    .option('--max-bytes <n>', 'skip files larger than this many bytes', positiveInt, DEFAULT_MAX_BYTES)
    .option('-q, --quiet', 'print only problems')
    .action(async (paths: string[], flags: IngestFlags) => {
      process.exitCode = await runIngest(paths, flags);
    });
}

async function runIngest(paths: string[], flags: IngestFlags): Promise<number> {
  if (paths.length === 0 && !flags.feed?.length) throw new UsageError('give paths to ingest, or --feed URL');
  const collected = await collectInputs(paths, {
    maxBytes: flags.maxBytes,
    stdin: process.stdin,
    allowPrivate: flags.allowPrivate,
  });
  const read = readPiles(collected.files, { label: paths.join(' ') });
  const problems: Problem[] = [...collected.problems, ...read.problems];
  const documents = read.piles.flatMap((p) => p.documents);
  const report = await usingStore(flags.db, async (store) => {
    const ingestor = await Ingestor.open(store, {
      batchSize: flags.batch,
      // Written only after the batch commits: what is printed is stored.
      onBatch: (results) => {
        if (flags.json) {
          for (const r of results)
            process.stdout.write(`${JSON.stringify({ id: r.id, status: r.status, story: r.story })}\n`);
        } else if (!flags.quiet) {
          const stored = results.filter((r) => r.status === 'stored').length;
          process.stderr.write(`stored ${stored} of ${results.length} (the rest were already stored)\n`);
        }
      },
    });
    const fromFiles = await ingestor.ingest(documents);
    if (flags.feed?.length) addReport(fromFiles, await ingestFeeds(flags.feed, store, ingestor, flags));
    return fromFiles;
  });
  problems.push(...report.problems);
  for (const p of problems)
    process.stderr.write(`newsbrief: ${p.message}\n${p.hint ? `  hint: ${p.hint}\n` : ''}`);
  if (!flags.json && !flags.quiet) {
    process.stdout.write(
      `${report.stored} new articles, ${report.duplicates} already stored, ${report.stories} stories updated (${flags.db})\n`,
    );
  }
  return report.stored + report.duplicates > 0 ? 0 : 1;
}

/** Polls each feed once; every new item's page is read and ingested as it arrives, then remembered. */
async function ingestFeeds(
  feeds: string[],
  store: Store,
  ingestor: Ingestor,
  flags: IngestFlags,
): Promise<IngestReport> {
  const report: IngestReport = { stored: 0, duplicates: 0, stories: 0, problems: [] };
  const results = await pollFeeds(
    feeds,
    new StoreFeedState(store),
    async ({ page }) => {
      const read = readPiles([
        { path: page.url, bytes: page.bytes, contentType: page.contentType ?? undefined },
      ]);
      report.problems.push(...read.problems);
      addReport(report, await ingestor.ingest(read.piles.flatMap((p) => p.documents)));
    },
    { fetch: { allowPrivate: flags.allowPrivate } },
  );
  for (const r of results) report.problems.push(...r.problems);
  return report;
}

function addReport(into: IngestReport, more: IngestReport): void {
  into.stored += more.stored;
  into.duplicates += more.duplicates;
  into.stories += more.stories;
  into.problems.push(...more.problems);
}
