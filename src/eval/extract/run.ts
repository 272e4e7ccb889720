/**
 * Running extractors over a benchmark: each system extracts every page, is
 * scored as the benchmark scores it, and timed page by page (after a short
 * warm-up, so the figures describe a running process, not JIT compilation).
 * Systems run in the same process one after the other, on the same pages.
 */
import type { BenchmarkPage } from './benchmark.js';
import { type CorpusScores, corpusScores, type PageCounts, pageCounts, pageF1, sameTokens } from './score.js';

/** An extractor under test: HTML (and the page URL) in, article text out. */
export interface ExtractionSystem {
  name: string;
  extract(html: string, url: string | undefined): string;
}

/** How one page went for one system. */
export interface PageResult {
  id: string;
  url: string | undefined;
  counts: PageCounts;
  f1: number;
  /** Wall-clock milliseconds for this page. */
  ms: number;
  /** Milliseconds of CPU time this process spent on the page: what other processes on a busy machine do not inflate. */
  cpuMs: number;
  /** Characters of HTML. */
  size: number;
}

/** One system's run over the benchmark. */
export interface SystemRun {
  name: string;
  scores: CorpusScores;
  pages: PageResult[];
  /** Milliseconds of the median page by time, and the pages per second that makes. */
  medianMs: number;
  pagesPerSecond: number;
  /** The same by CPU time. */
  medianCpuMs: number;
  cpuPagesPerSecond: number;
  /** Pages per second over the whole benchmark, large pages included. */
  overallPagesPerSecond: number;
}

// Enough pages for the JIT to settle: the figures describe a long-running process (watch, ingest).
const WARM_UP_PAGES = 30;

/** Runs `systems` over `pages` in order; `onPage` reports progress. */
export function runSystems(
  pages: readonly BenchmarkPage[],
  systems: readonly ExtractionSystem[],
  onPage?: (system: string, done: number, total: number) => void,
): SystemRun[] {
  return systems.map((system) => runSystem(pages, system, onPage));
}

function runSystem(
  pages: readonly BenchmarkPage[],
  system: ExtractionSystem,
  onPage?: (system: string, done: number, total: number) => void,
): SystemRun {
  for (const page of pages.slice(0, WARM_UP_PAGES)) system.extract(page.html, page.url);
  const results: PageResult[] = [];
  const exact: boolean[] = [];
  for (const [i, page] of pages.entries()) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    const text = system.extract(page.html, page.url);
    const ms = performance.now() - start;
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const counts = pageCounts(page.articleBody, text);
    results.push({
      id: page.id,
      url: page.url,
      counts,
      f1: pageF1(counts),
      ms,
      cpuMs,
      size: page.html.length,
    });
    exact.push(sameTokens(page.articleBody, text));
    onPage?.(system.name, i + 1, pages.length);
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const medianMs = median(times);
  const medianCpuMs = median(results.map((r) => r.cpuMs).sort((a, b) => a - b));
  const totalMs = times.reduce((a, b) => a + b, 0);
  return {
    name: system.name,
    scores: corpusScores(
      results.map((r) => r.counts),
      exact,
    ),
    pages: results,
    medianMs,
    pagesPerSecond: perSecond(medianMs),
    medianCpuMs,
    cpuPagesPerSecond: perSecond(medianCpuMs),
    overallPagesPerSecond: totalMs > 0 ? (results.length * 1000) / totalMs : Number.POSITIVE_INFINITY,
  };
}

function perSecond(ms: number): number {
  return ms > 0 ? 1000 / ms : Number.POSITIVE_INFINITY;
}

/** The median of sorted `values` (the mean of the middle two for an even count). */
export function median(sorted: readonly number[]): number {
  if (sorted.length === 0) return 0;
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
