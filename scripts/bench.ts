/**
 * `npm run bench`: throughput of the whole `brief` pipeline (decode, parse,
 * clean, analyse, dedupe, cluster, summarise, render JSON) on the evaluation
 * sets in ../shared/data, in one process. The data set is run `--passes`
 * times (default 5): the first pass pays for compiling the code as it warms
 * up, the later ones show the steady state a long pile or a stream runs at,
 * summed up at the end as the median of passes 2 to N.
 *
 * Two rates per pass: wall-clock, and "one core": articles per second of CPU
 * time summed over all of the process's threads. V8 collects garbage and
 * compiles on helper threads, which a second core runs beside the pipeline;
 * the one-core rate is what the pipeline reaches when everything shares one
 * core (`taskset -c 0 npm run bench` measures the same by wall clock).
 *
 *   npm run bench -- [--limit N] [--passes N] [dataset.jsonl ...]
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { briefPile } from '../src/pipeline.js';
import { readPiles } from '../src/read/index.js';
import { renderJson } from '../src/render/json.js';

const args = process.argv.slice(2);
const limitAt = args.indexOf('--limit');
const limit = limitAt >= 0 ? Number(args.splice(limitAt, 2)[1]) : Number.POSITIVE_INFINITY;
const passesAt = args.indexOf('--passes');
const passes = passesAt >= 0 ? Math.max(1, Number(args.splice(passesAt, 2)[1])) : 5;
const shared = resolve(import.meta.dirname, '../../shared/data');
const datasets =
  args.length > 0 ? args : [`${shared}/duc2004/clusters.jsonl`, `${shared}/multinews/validation.jsonl`];

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

for (const path of datasets) {
  if (!existsSync(path)) {
    console.error(`bench: ${path} not found; the benchmarks read ../shared/data beside the repo`);
    process.exit(1);
  }
  const bytes = readFileSync(path);
  const t0 = performance.now();
  const { piles } = readPiles([{ path, bytes }]);
  const readMs = performance.now() - t0;
  const chosen = piles.slice(0, limit);
  const articles = chosen.reduce((n, p) => n + p.documents.length, 0);
  let textBytes = 0;
  for (const pile of chosen) for (const d of pile.documents) textBytes += Buffer.byteLength(d.text);
  const name = path.split('/').slice(-2).join('/');
  console.log(
    `${name}: ${chosen.length} clusters, ${articles} articles, ${(textBytes / 1e6).toFixed(1)} MB of text`,
  );
  const steady: { wall: number; core: number }[] = [];
  for (let pass = 1; pass <= passes; pass++) {
    const times: number[] = [];
    const cpu = process.cpuUsage();
    const t1 = performance.now();
    for (const pile of chosen) {
      const s = performance.now();
      renderJson(briefPile(pile));
      times.push(performance.now() - s);
    }
    // Reading the file is part of the first pass only: later passes reuse what was read.
    const totalMs = performance.now() - t1 + (pass === 1 ? readMs * (chosen.length / piles.length) : 0);
    const used = process.cpuUsage(cpu);
    // Reading happened before the CPU clock started; charge it as its wall time (a single thread).
    const cpuMs =
      (used.user + used.system) / 1000 + (pass === 1 ? readMs * (chosen.length / piles.length) : 0);
    times.sort((a, b) => a - b);
    if (pass > 1) steady.push({ wall: articles / (totalMs / 1000), core: articles / (cpuMs / 1000) });
    const label = pass === 1 ? 'first pass (reading and warm-up included)' : '';
    console.log(
      [
        `  pass ${pass}${label ? ` - ${label}` : ''}`,
        `    throughput   ${(articles / (totalMs / 1000)).toFixed(0)} articles/s, ${(textBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s wall clock`,
        `    one core     ${(articles / (cpuMs / 1000)).toFixed(0)} articles/s, ${(textBytes / 1e6 / (cpuMs / 1000)).toFixed(2)} MB/s (CPU ${(cpuMs / articles).toFixed(2)} ms per article, all threads)`,
        `    per cluster  median ${quantile(times, 0.5).toFixed(2)} ms, p90 ${quantile(times, 0.9).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms`,
      ].join('\n'),
    );
  }
  if (steady.length > 0) {
    const range = (xs: number[]) => {
      xs.sort((a, b) => a - b);
      return `${quantile(xs, 0.5).toFixed(0)} articles/s (${xs[0]!.toFixed(0)}-${xs[xs.length - 1]!.toFixed(0)})`;
    };
    console.log(
      [
        `  steady state, median of passes 2-${passes}`,
        `    wall clock   ${range(steady.map((p) => p.wall))}`,
        `    one core     ${range(steady.map((p) => p.core))}`,
      ].join('\n'),
    );
  }
}
