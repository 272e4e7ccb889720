/**
 * ROUGE over a corpus: every system's summaries scored cluster by cluster,
 * then averaged with bootstrap intervals, as ROUGE-1.5.5.pl -a does.
 */
import { type BootstrapOptions, type Estimate, estimate } from './bootstrap.js';
import {
  type AnalysedSummary,
  type RougeMetric,
  type RougeOptions,
  RougeScorer,
  type RougeScores,
} from './score.js';
import type { SummaryText } from './text.js';

/** A cluster's reference summaries. */
export interface RougeCluster {
  readonly id: string;
  readonly references: readonly SummaryText[];
}

/** One system's summary of one cluster. */
export interface RougeRun {
  readonly system: string;
  readonly clusterId: string;
  readonly summary: SummaryText;
}

/** Options for a corpus evaluation: scoring plus bootstrap settings. */
export interface EvaluateOptions extends RougeOptions, BootstrapOptions {}

/** Averages and intervals of one metric's recall, precision and F. */
export type MetricEstimate = Readonly<Record<'recall' | 'precision' | 'f', Estimate>>;

/** One system's results over the clusters it summarised. */
export interface SystemReport {
  readonly system: string;
  /** Per-cluster scores in the script's instance order. */
  readonly clusters: readonly { readonly clusterId: string; readonly scores: RougeScores }[];
  readonly scores: Readonly<Record<RougeMetric, MetricEstimate>>;
}

/**
 * Scores every run and summarises per system (systems sorted by name, as
 * `-a` does). A system is averaged over the clusters it has a summary for;
 * clusters it skipped are left out, not scored as zero, like the script.
 * Throws on a run naming an unknown cluster or a second run of a system on
 * the same cluster.
 */
export function evaluateSystems(
  clusters: readonly RougeCluster[],
  runs: readonly RougeRun[],
  options: EvaluateOptions = {},
): SystemReport[] {
  const scorer = new RougeScorer(options);
  const references = new Map<string, AnalysedSummary[]>();
  for (const cluster of clusters) {
    if (references.has(cluster.id)) throw new Error(`cluster '${cluster.id}' is given twice`);
    const analysed = cluster.references.map((r) => scorer.analyse(r));
    references.set(cluster.id, analysed);
  }

  const bySystem = new Map<string, Map<string, RougeScores>>();
  for (const run of runs) {
    const refs = references.get(run.clusterId);
    if (!refs) throw new Error(`system '${run.system}' summarises unknown cluster '${run.clusterId}'`);
    let scored = bySystem.get(run.system);
    if (!scored) {
      scored = new Map();
      bySystem.set(run.system, scored);
    }
    if (scored.has(run.clusterId)) {
      throw new Error(`system '${run.system}' has two summaries for cluster '${run.clusterId}'`);
    }
    scored.set(run.clusterId, scorer.scoreAnalysed(scorer.analyse(run.summary), refs));
  }

  return [...bySystem.keys()].sort(compareStrings).map((system) => {
    // The script keys instances "evalID.peerID" and sorts the keys as strings;
    // the bootstrap picks instances by position in that order.
    const instances = [...bySystem.get(system)!]
      .map(([clusterId, scores]) => ({ key: `${clusterId}.${system}`, clusterId, scores }))
      .sort((a, b) => compareStrings(a.key, b.key));
    const measure = (metric: RougeMetric, part: keyof MetricEstimate): Estimate =>
      estimate(
        instances.map((i) => i.scores[metric][part]),
        options,
      );
    const summarise = (metric: RougeMetric): MetricEstimate => ({
      recall: measure(metric, 'recall'),
      precision: measure(metric, 'precision'),
      f: measure(metric, 'f'),
    });
    const scores = {
      rouge1: summarise('rouge1'),
      rouge2: summarise('rouge2'),
      rougeSU4: summarise('rougeSU4'),
      rougeL: summarise('rougeL'),
    };
    return { system, clusters: instances.map(({ clusterId, scores }) => ({ clusterId, scores })), scores };
  });
}

// Perl's default sort: by code unit, not by locale.
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
