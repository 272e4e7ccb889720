/**
 * Human-readable ROUGE tables: one block per metric, one row per system,
 * recall, precision and F as percentages with their confidence intervals.
 */
import type { Estimate } from './bootstrap.js';
import type { EvaluateOptions, SystemReport } from './evaluate.js';
import { METRIC_LABELS, ROUGE_METRICS, SKIP_GAP } from './score.js';

/** The ROUGE-1.5.5.pl command-line flags that compute the same figures as these options. */
export function rougeFlags(options: EvaluateOptions): string {
  const flags = ['-a', '-n 2', `-2 ${SKIP_GAP} -u`];
  if (options.stem ?? true) flags.push('-m');
  if (options.limit)
    flags.push('words' in options.limit ? `-l ${options.limit.words}` : `-b ${options.limit.bytes}`);
  flags.push(
    `-c ${options.confidence ?? 95}`,
    `-r ${options.samples ?? 1000}`,
    '-f A',
    `-p ${options.alpha ?? 0.5}`,
  );
  return flags.join(' ');
}

function cell(e: Estimate): string {
  const pct = (x: number): string => (x * 100).toFixed(2);
  return `${pct(e.average).padStart(5)} [${pct(e.low)}-${pct(e.high)}]`;
}

/** Renders reports as plain-text tables; `confidence` labels the intervals. */
export function formatRougeTable(reports: readonly SystemReport[], confidence = 95): string {
  const nameWidth = Math.max('system'.length, ...reports.map((r) => r.system.length));
  const cellWidth = 22;
  const lines: string[] = [];
  for (const metric of ROUGE_METRICS) {
    lines.push(`${METRIC_LABELS[metric]} (%, with ${confidence}% confidence interval)`);
    lines.push(
      ['system'.padEnd(nameWidth), 'clusters', 'recall'.padEnd(cellWidth), 'precision'.padEnd(cellWidth), 'F']
        .join('  ')
        .trimEnd(),
    );
    for (const report of reports) {
      const s = report.scores[metric];
      const row = [
        report.system.padEnd(nameWidth),
        String(report.clusters.length).padStart('clusters'.length),
        cell(s.recall).padEnd(cellWidth),
        cell(s.precision).padEnd(cellWidth),
        cell(s.f),
      ];
      lines.push(row.join('  '));
    }
    lines.push('');
  }
  return lines.join('\n');
}
