/**
 * What the who-said-what-and-when analysis costs per article: entities,
 * quotes, publication-date inference and dated sentences, plus the story
 * synthesis (entity merging, quote merging, timeline), on the evaluation
 * sets in ../shared/data. Cleaning and sentence analysis happen before the
 * clock starts: they are the pipeline's cost, not this analysis's. Time is
 * the process's CPU time (user + system), not wall-clock: the machines this
 * runs on are shared, and a busy neighbour stretches wall-clock time
 * several-fold while CPU time stays near what the work costs.
 *
 *   npx tsx scripts/bench-who-when.ts [--limit N] [dataset.jsonl ...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../src/analyse/article.js';
import { enrichPile, eventsOf, whoOf } from '../src/analyse/enrich.js';
import { cleanDocument } from '../src/clean/index.js';
import { findStatements } from '../src/dedupe/statements.js';
import { readPiles } from '../src/read/index.js';
import { resolveStory, storyEntities } from '../src/synthesise/entities.js';
import { storyQuotes } from '../src/synthesise/quotes.js';
import { storyTimeline } from '../src/synthesise/timeline.js';
import type { Article } from '../src/types.js';

const args = process.argv.slice(2);
const WARM_UP_ARTICLES = 1000;
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : Number.POSITIVE_INFINITY;
const shared = resolve(import.meta.dirname, '../../shared/data');
const datasets =
  args.length > 0 ? args : [`${shared}/duc2004/clusters.jsonl`, `${shared}/multinews/validation.jsonl`];

/** CPU time of this process so far, in milliseconds. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** The whole analysis of one pile (one story per pile, as the evaluation sets are built). */
function analysePile(articles: Article[]): void {
  const statements = findStatements(articles);
  enrichPile(articles, statements);
  for (const a of articles) {
    whoOf(a);
    eventsOf(a);
  }
  const r = resolveStory(articles);
  storyEntities(articles, r);
  storyQuotes(articles, r);
  storyTimeline(articles, statements);
}

for (const path of datasets) {
  if (!existsSync(path)) {
    console.error(`bench-who-when: ${path} not found; the benchmark reads ../shared/data beside the repo`);
    process.exit(1);
  }
  const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
  const chosen = piles.slice(0, limit);
  const prepared = () =>
    chosen.map((p) =>
      p.documents.map((d) => analyseArticle(cleanDocument(d))).filter((a) => a.sentences.length > 0),
    );
  // Warm up the JIT, compromise's lexicon and chrono on fresh copies until a thousand articles have gone
  // through, then time one more pass over fresh copies (the analyses are cached per article object), so the
  // figures describe the steady state of a long run.
  for (let warmed = 0; warmed < WARM_UP_ARTICLES; )
    for (const articles of prepared()) {
      analysePile(articles);
      warmed += articles.length;
      if (warmed >= WARM_UP_ARTICLES) break;
    }
  const runs = prepared();
  const s0 = cpuMs();
  for (const articles of runs) findStatements(articles);
  const statementsMs = cpuMs() - s0;
  let count = 0;
  let bytes = 0;
  const wall0 = performance.now();
  const t0 = cpuMs();
  for (const articles of runs) {
    analysePile(articles);
    count += articles.length;
    for (const a of articles) bytes += Buffer.byteLength(a.text);
  }
  const totalMs = cpuMs() - t0 - statementsMs;
  const wallMs = performance.now() - wall0;
  const name = path.split('/').slice(-2).join('/');
  console.log(
    `${name}: ${runs.length} piles, ${count} articles, ${(bytes / 1e6).toFixed(1)} MB of text\n` +
      `  who-said-what-and-when  ${(totalMs / count).toFixed(2)} ms CPU per article (${(bytes / count / 1000).toFixed(1)} kB each), ` +
      `${totalMs.toFixed(0)} ms CPU in all, statement grouping (the dedupe stage's cost) excluded; ` +
      `wall-clock ${(wallMs / count).toFixed(2)} ms per article with it`,
  );
}
