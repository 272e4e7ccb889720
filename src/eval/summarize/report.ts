/**
 * The readable result of `newsbrief eval summarize`: per setting, one row per
 * ROUGE metric with recall, precision and F and their bootstrap intervals,
 * the protocol's headline measure marked; then the time per cluster.
 */
import { type Estimate, METRIC_LABELS, ROUGE_METRICS, rougeFlags } from '../rouge/index.js';
import type { SummarizeEvalResult, Timings } from './run.js';

function cell(e: Estimate): string {
  const pct = (x: number): string => (x * 100).toFixed(2);
  return `${pct(e.average)} [${pct(e.low)}-${pct(e.high)}]`;
}

/** Median of a list of numbers (0 when empty). */
export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** "median 3.1 ms, max 9.8 ms" for a list of per-cluster times. */
export function describeTimes(values: readonly number[]): string {
  const max = values.length > 0 ? Math.max(...values) : 0;
  return `median ${median(values).toFixed(2)} ms, max ${max.toFixed(2)} ms`;
}

function timingLines(timings: Timings): string[] {
  return [
    'time per cluster (first setting; one warm-up cluster not counted)',
    `  clean and analyse sentences                        ${describeTimes(timings.analyse)}`,
    `  group statements                                   ${describeTimes(timings.statements)}`,
    `  summarise() alone                                  ${describeTimes(timings.summarise)}`,
    `  whole pile (all of the above)                      ${describeTimes(timings.pile)}`,
  ];
}

/** Renders an evaluation result as plain-text tables, percentages with 95% intervals. */
export function formatSummarizeReport(result: SummarizeEvalResult, dataset: string): string {
  const lines: string[] = [];
  for (const { setting, report } of result.settings) {
    const headline = setting.measure === 'recall' ? 'recall' : 'F1';
    lines.push(
      `${result.system} on ${dataset}: ${report.clusters.length} clusters, ${setting.label}, headline ${headline}`,
      `  as ROUGE-1.5.5.pl ${rougeFlags({ limit: setting.limit })}`,
      '',
    );
    const width = 22;
    const mark = (name: string, measure: 'recall' | 'f'): string =>
      (measure === setting.measure ? `*${name}` : name).padEnd(width);
    lines.push(
      `  ${'metric'.padEnd(6)}  ${mark('recall', 'recall')}  ${'precision'.padEnd(width)}  ${mark('F', 'f')}`,
    );
    for (const metric of ROUGE_METRICS) {
      const s = report.scores[metric];
      lines.push(
        `  ${METRIC_LABELS[metric].padEnd(6)}  ${cell(s.recall).padEnd(width)}  ${cell(s.precision).padEnd(width)}  ${cell(s.f)}`,
      );
    }
    lines.push('');
  }
  if (result.timings) lines.push(...timingLines(result.timings), '');
  lines.push('(%, ROUGE average with 95% bootstrap interval; * marks the measure the protocol reports)');
  return `${lines.join('\n')}\n`;
}
