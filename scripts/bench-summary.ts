/**
 * `npm run bench:summary -- [dataset.jsonl] [--passes N]`: the time to
 * summarise one cluster, sentence analysis included, as `eval summarize`
 * does it (clean and analyse, group statements, `summarise()` at 100 words),
 * on DUC 2004 by default. The data set is run `--passes` times (default 3) in
 * one process: the first pass pays for compiling the code, the last is the
 * steady state.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../src/analyse/article.js';
import { cleanDocument } from '../src/clean/index.js';
import { findStatements } from '../src/dedupe/statements.js';
import { describeTimes } from '../src/eval/summarize/index.js';
import { readPiles } from '../src/read/index.js';
import { summarise } from '../src/synthesise/summary/index.js';

const args = process.argv.slice(2);
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Math.max(1, Number(args.splice(passesAt, 2)[1])) : 3;
const path = args[0] ?? resolve(import.meta.dirname, '../../shared/data/duc2004/clusters.jsonl');
if (!existsSync(path)) {
  console.error(`bench-summary: ${path} not found; the benchmarks read ../shared/data beside the repo`);
  process.exit(1);
}
const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
console.log(`${path.split('/').slice(-2).join('/')}: ${piles.length} clusters, 100-word summaries`);
for (let pass = 1; pass <= passes; pass++) {
  const analyse: number[] = [];
  const group: number[] = [];
  const summary: number[] = [];
  const whole: number[] = [];
  for (const pile of piles) {
    const t0 = performance.now();
    const articles = pile.documents
      .map((d) => analyseArticle(cleanDocument(d)))
      .filter((a) => a.sentences.length > 0);
    const t1 = performance.now();
    const statements = findStatements(articles);
    const t2 = performance.now();
    summarise(articles, statements, { words: 100 }, { overflow: true });
    const t3 = performance.now();
    analyse.push(t1 - t0);
    group.push(t2 - t1);
    summary.push(t3 - t2);
    whole.push(t3 - t0);
  }
  const label = pass === 1 ? ' - first pass (warm-up included)' : pass === passes ? ' - steady state' : '';
  console.log(
    [
      `  pass ${pass}${label}`,
      `    clean and analyse sentences  ${describeTimes(analyse)}`,
      `    group statements             ${describeTimes(group)}`,
      `    summarise() alone            ${describeTimes(summary)}`,
      `    whole cluster                ${describeTimes(whole)}`,
    ].join('\n'),
  );
}
