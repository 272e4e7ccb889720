/**
 * The extraction report: one row per system (precision, recall, F1,
 * exact-match accuracy, speed), then each system's worst pages by F1 so a
 * regression can be opened and looked at. Speed is the median page's time
 * (wall clock, and CPU time, which other processes on a busy machine do not
 * inflate) and the pages per second that makes, and the whole run's rate.
 */

import { median, type SystemRun } from './run.js';
import { pagePrecision, pageRecall } from './score.js';

/** How much of the report to show. */
export interface ReportOptions {
  /** Worst pages listed per system. */
  worst: number;
}

/** The report as plain text. */
export function formatExtractionReport(runs: readonly SystemRun[], options: ReportOptions): string {
  const lines: string[] = [];
  const nameWidth = Math.max('system'.length, ...runs.map((r) => r.name.length));
  const sizes = (runs[0]?.pages ?? []).map((p) => p.size).sort((a, b) => a - b);
  lines.push(
    `${runs[0]?.pages.length ?? 0} pages, median page ${(median(sizes) / 1000).toFixed(0)} k characters of HTML`,
    '',
    [
      'system'.padEnd(nameWidth),
      'precision',
      'recall',
      '   F1',
      'exact',
      'ms/page',
      'cpu ms',
      'pages/s',
      'cpu pages/s',
      'pages/s (all)',
    ].join('  '),
  );
  for (const run of runs) {
    lines.push(
      [
        run.name.padEnd(nameWidth),
        fixed(run.scores.precision).padStart('precision'.length),
        fixed(run.scores.recall).padStart('recall'.length),
        fixed(run.scores.f1).padStart(5),
        fixed(run.scores.accuracy).padStart('exact'.length),
        run.medianMs.toFixed(2).padStart('ms/page'.length),
        run.medianCpuMs.toFixed(2).padStart('cpu ms'.length),
        run.pagesPerSecond.toFixed(0).padStart('pages/s'.length),
        run.cpuPagesPerSecond.toFixed(0).padStart('cpu pages/s'.length),
        run.overallPagesPerSecond.toFixed(0).padStart('pages/s (all)'.length),
      ].join('  '),
    );
  }
  for (const run of runs) {
    if (options.worst <= 0) break;
    lines.push('', `${run.name}: worst ${Math.min(options.worst, run.pages.length)} pages by F1`);
    lines.push(['   F1', 'prec.', 'recall', 'id      ', 'url'].join('  '));
    const worst = [...run.pages].sort((a, b) => a.f1 - b.f1).slice(0, options.worst);
    for (const page of worst) {
      lines.push(
        [
          fixed(page.f1),
          fixed(pagePrecision(page.counts)),
          fixed(pageRecall(page.counts)).padStart('recall'.length),
          page.id.slice(0, 8),
          page.url ?? '',
        ].join('  '),
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

/** The report as JSON: scores and speed per system, and every page's F1. */
export function extractionReportJson(runs: readonly SystemRun[]): unknown {
  return runs.map((run) => ({
    system: run.name,
    ...run.scores,
    medianMs: run.medianMs,
    pagesPerSecond: run.pagesPerSecond,
    medianCpuMs: run.medianCpuMs,
    cpuPagesPerSecond: run.cpuPagesPerSecond,
    overallPagesPerSecond: run.overallPagesPerSecond,
    pages: run.pages.map((page) => ({
      id: page.id,
      url: page.url,
      f1: page.f1,
      precision: pagePrecision(page.counts),
      recall: pageRecall(page.counts),
      ms: page.ms,
      cpuMs: page.cpuMs,
    })),
  }));
}

function fixed(value: number): string {
  return value.toFixed(3);
}
