/**
 * The ROUGE scorer against ROUGE-1.5.5 itself: the 13 published DUC 2004
 * systems in ../shared/data, scored at 100 words with stemming and stopwords
 * kept (`-a -n 2 -2 4 -u -m -l 100 -c 95 -r 1000 -f A -p 0.5`), must give the
 * recall ROUGE-1.5.5.pl prints, to within 0.05 points.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  evaluateSystems,
  IdMatcher,
  parseReferences,
  parseSummaries,
  type RougeCluster,
  type RougeMetric,
  type RougeRun,
  type SystemReport,
} from '../../src/eval/rouge/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = resolve(ROOT, '../shared/data');
const CLUSTERS = join(DATA, 'duc2004/clusters.jsonl');
const SYSTEMS = join(DATA, 'duc2004/published_systems.jsonl');

/** ROUGE-1.5.5.pl's recall (x100) at 100 words. */
const ROUGE_155: Readonly<Record<string, readonly [number, number]>> = {
  ICSISumm: [38.44, 9.81],
  DPP: [39.85, 9.62],
  Submodular: [39.23, 9.37],
  OCCAMS_V: [38.49, 9.75],
  RegSum: [38.6, 9.78],
  LexRank: [36.0, 7.51],
  Centroid: [36.41, 7.98],
  Lead: [31.46, 6.13],
};

/**
 * Regression values (x100, R-1 / R-2 / R-SU4 / R-L recall) for what has no
 * published anchor: these came out identical, per cluster and to 5 places,
 * from the script's own subroutines run under Perl 5.36.
 */
const REGRESSION: Readonly<Record<string, Readonly<Record<string, readonly number[]>>>> = {
  words100: {
    CLASSY04: [37.707, 9.017, 13.079, 32.467],
    DPP: [39.847, 9.616, 13.867, 30.887],
    ICSISumm: [38.442, 9.811, 13.636, 33.754],
    Lead: [31.46, 6.126, 9.884, 27.716],
    TsSum: [35.926, 8.161, 12.299, 32.138],
  },
  bytes665: {
    CLASSY04: [38.146, 9.21, 13.302, 32.983],
    DPP: [41.474, 10.122, 14.6, 32.147],
    ICSISumm: [37.469, 9.592, 13.331, 32.935],
    Lead: [32.407, 6.409, 10.309, 28.719],
    TsSum: [35.668, 8.145, 12.275, 32.365],
  },
};

const METRICS: readonly RougeMetric[] = ['rouge1', 'rouge2', 'rougeSU4', 'rougeL'];

let clusters: RougeCluster[];
let runs: RougeRun[];

beforeAll(() => {
  for (const path of [CLUSTERS, SYSTEMS]) {
    if (!existsSync(path)) {
      throw new Error(
        `${path} is missing: the shared tests read ../shared/data next to the repository (${DATA})`,
      );
    }
  }
  const references = parseReferences(readFileSync(CLUSTERS, 'utf8'), CLUSTERS);
  clusters = references.map((r) => ({ id: r.id, references: r.refs }));
  const matcher = new IdMatcher(clusters.map((c) => c.id));
  runs = parseSummaries(readFileSync(SYSTEMS, 'utf8'), SYSTEMS).map((s) => {
    const resolution = matcher.resolve(s.id);
    if (resolution.kind !== 'exact' && resolution.kind !== 'normalised') {
      throw new Error(`${SYSTEMS} line ${s.line}: id '${s.id}' matches no cluster (${resolution.kind})`);
    }
    return { system: s.system ?? '?', clusterId: resolution.clusterId, summary: s.summary };
  });
});

function bySystem(reports: readonly SystemReport[]): Map<string, SystemReport> {
  return new Map(reports.map((r) => [r.system, r]));
}

const percent = (x: number): number => x * 100;

describe('ROUGE on the published DUC 2004 systems', () => {
  it('reproduces ROUGE-1.5.5 R-1/R-2 recall at 100 words, fast', () => {
    const started = performance.now();
    const reports = bySystem(evaluateSystems(clusters, runs, { limit: { words: 100 } }));
    const elapsed = performance.now() - started;
    console.log(`13 systems x 50 clusters x 4 references at -l 100: ${elapsed.toFixed(0)} ms`);
    expect(reports.size).toBe(13);
    expect(elapsed).toBeLessThan(3000);
    for (const [system, [r1, r2]] of Object.entries(ROUGE_155)) {
      const report = reports.get(system);
      expect(report, system).toBeDefined();
      expect(report!.clusters).toHaveLength(50);
      expect(
        Math.abs(percent(report!.scores.rouge1.recall.average) - r1),
        `${system} R-1`,
      ).toBeLessThanOrEqual(0.05);
      expect(
        Math.abs(percent(report!.scores.rouge2.recall.average) - r2),
        `${system} R-2`,
      ).toBeLessThanOrEqual(0.05);
    }
    for (const [system, expected] of Object.entries(REGRESSION.words100!)) {
      const got = METRICS.map((m) => percent(reports.get(system)!.scores[m].recall.average));
      for (const [i, value] of got.entries()) {
        expect(value, `${system} ${METRICS[i]}`).toBeCloseTo(expected[i]!, 2);
      }
    }
  });

  it('keeps its 665-byte figures (the official DUC 2004 cut)', () => {
    const reports = bySystem(evaluateSystems(clusters, runs, { limit: { bytes: 665 } }));
    for (const [system, expected] of Object.entries(REGRESSION.bytes665!)) {
      const got = METRICS.map((m) => percent(reports.get(system)!.scores[m].recall.average));
      for (const [i, value] of got.entries()) {
        expect(value, `${system} ${METRICS[i]}`).toBeCloseTo(expected[i]!, 2);
      }
    }
  });
});
