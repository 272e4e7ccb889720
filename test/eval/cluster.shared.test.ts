/**
 * Online story clustering on the evaluation streams in ../shared/data and on
 * the seeds. The issue asked for B-cubed F1 >= 0.95 on both streams; the
 * clusterer does not reach it (docs/BENCHMARKS.md says why, and
 * cluster-oracle.shared.test.ts measures the bounds behind that), so these
 * tests hold today's figures as floors and list the target as to do.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/article.js';
import { cleanDocument } from '../../src/clean/index.js';
import { clusterArticles } from '../../src/cluster/index.js';
import { type ClusterRun, parseClusterLabels, runClusterEval } from '../../src/eval/cluster/index.js';
import { readPiles } from '../../src/read/index.js';
import { sharedPath } from '../helpers/shared.js';

function run(rel: string): ClusterRun {
  const path = sharedPath(rel);
  const text = readFileSync(path, 'utf8');
  return runClusterEval(path, text, parseClusterLabels(text, path));
}

describe.each([
  // [stream, B-cubed F1 floor, pairwise F1 floor]: about a point under today's figures (0.830/0.763, 0.915/0.766).
  ['data/clustering/tdt_1998.jsonl', 0.82, 0.75],
  ['data/clustering/multinews_validation_stream.jsonl', 0.905, 0.755],
])('newsbrief eval cluster %s', (rel, bcubedFloor, pairwiseFloor) => {
  let result: ClusterRun;
  beforeAll(() => {
    result = run(rel);
  });

  it(`holds B-cubed F1 >= ${bcubedFloor} and pairwise F1 >= ${pairwiseFloor}`, () => {
    expect(result.unread).toBe(0);
    expect(result.scores.bcubed.f1).toBeGreaterThanOrEqual(bcubedFloor);
    expect(result.scores.pairwise.f1).toBeGreaterThanOrEqual(pairwiseFloor);
  });

  it.todo('reaches B-cubed F1 >= 0.95 (the issue target)');
});

describe('clusterArticles on ../shared/seeds', () => {
  it('finds the two events: Tillerson in Moscow and the UN veto (000-002), Kerry on Aleppo (003, 004)', () => {
    const dir = sharedPath('seeds');
    const files = readdirSync(dir)
      .sort()
      .map((name) => ({ path: join(dir, name), bytes: readFileSync(join(dir, name)) }));
    const { piles } = readPiles(files);
    const articles = piles[0]!.documents.map((d) => analyseArticle(cleanDocument(d)));
    const stories = clusterArticles(articles).map((g) => g.map((a) => a.id.slice(0, 3)).sort());
    expect(stories.sort()).toEqual([
      ['000', '001', '002'],
      ['003', '004'],
    ]);
    // The listing order of the folder must not matter.
    const again = clusterArticles([...articles].reverse()).map((g) => g.map((a) => a.id.slice(0, 3)).sort());
    expect(again.sort()).toEqual(stories);
  });
});
