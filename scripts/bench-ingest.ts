/**
 * `npm run bench:ingest -- [--passes N] [--db FILE]`: ingests the Multi-News
 * validation stream (15,317 articles) into a fresh SQLite file, clustering
 * included, `passes` times over (each pass with fresh ids and a pass marker
 * appended to the text, since identical text is by design stored once), and
 * prints articles/s and the peak resident memory after each pass.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPiles } from '../src/read/index.js';
import { Ingestor } from '../src/service/ingest.js';
import { openSqliteStore } from '../src/store/sqlite/sqlite-store.js';
import type { SourceDocument } from '../src/types.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1]! : fallback;
};
const passes = Number(flag('--passes', '1'));
const db = flag('--db', join(mkdtempSync(join(tmpdir(), 'newsbrief-bench-')), 'bench.db'));
const path = resolve(import.meta.dirname, '../../shared/data/clustering/multinews_validation_stream.jsonl');
if (!existsSync(path)) {
  console.error(`bench-ingest: ${path} not found; the benchmarks read ../shared/data beside the repo`);
  process.exit(1);
}
const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
const stream = piles.flatMap((p) => p.documents);

function* pass(k: number): Generator<SourceDocument> {
  for (const d of stream) yield k === 0 ? d : { ...d, id: `${d.id}-p${k}`, text: `${d.text}\n(pass ${k})` };
}

const store = openSqliteStore(db);
const ingestor = await Ingestor.open(store);
let total = 0;
let seconds = 0;
for (let k = 0; k < passes; k++) {
  const t0 = performance.now();
  const report = await ingestor.ingest(pass(k));
  const s = (performance.now() - t0) / 1000;
  total += report.stored;
  seconds += s;
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(
    `pass ${k + 1}: ${report.stored} stored, ${report.stories} stories touched, ${(report.stored / s).toFixed(0)} articles/s; ` +
      `total ${total} articles in ${seconds.toFixed(1)} s; peak RSS ${rss.toFixed(0)} MiB`,
  );
}
const counts = await store.counts();
await store.close();
console.log(`${counts.articles} articles in ${counts.stories} stories (${db})`);
