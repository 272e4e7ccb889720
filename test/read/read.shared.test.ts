/**
 * The reader over the real inputs in ../shared: the scraped seeds and two
 * evaluation sets. Checks that it copes (pile and document counts) and that
 * it is fast enough to read the 23 MB Multi-News file in well under 2 s.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/adapters/fs/index.js';
import { readPiles } from '../../src/read/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SHARED = resolve(ROOT, '../shared');
const SEEDS = join(SHARED, 'seeds');
const DUC = join(SHARED, 'data/duc2004/clusters.jsonl');
const MULTINEWS = join(SHARED, 'data/multinews/validation.jsonl');
const MAX_BYTES = 100_000_000;

beforeAll(() => {
  for (const path of [SEEDS, DUC, MULTINEWS]) {
    if (!existsSync(path)) {
      throw new Error(
        `${path} is missing: the shared tests read ../shared next to the repository (${SHARED})`,
      );
    }
  }
});

async function readAll(path: string) {
  const started = performance.now();
  const collected = await collectInputs([path], { maxBytes: MAX_BYTES });
  const collectedAt = performance.now();
  const read = readPiles(collected.files);
  const readAt = performance.now();
  const documents = read.piles.reduce((n, p) => n + p.documents.length, 0);
  const problems = [...collected.problems, ...read.problems];
  const timing = `collect ${(collectedAt - started).toFixed(0)} ms, read ${(readAt - collectedAt).toFixed(0)} ms`;
  console.log(
    `${path}: ${read.piles.length} piles, ${documents} documents, ${problems.length} problems (${timing})`,
  );
  return { ...read, problems, documents, readMs: readAt - collectedAt, totalMs: readAt - started };
}

describe('reading the shared inputs', () => {
  it('reads the seed articles as one pile, text unchanged', async () => {
    const { piles, problems, documents } = await readAll(SEEDS);
    expect(problems).toEqual([]);
    expect(piles).toHaveLength(1);
    expect(piles[0]!.id).toBe('seeds');
    expect(documents).toBe(5);
    for (const doc of piles[0]!.documents) {
      expect(doc.format).toBe('text');
      expect(doc.text).toBe(readFileSync(doc.path, 'utf8'));
    }
  });

  it('reads DUC 2004: 50 clusters of 10 dated documents with 4 references each', async () => {
    const { piles, problems, documents } = await readAll(DUC);
    expect(problems).toEqual([]);
    expect(piles).toHaveLength(50);
    expect(documents).toBe(500);
    for (const pile of piles) {
      expect(pile.documents).toHaveLength(10);
      expect(pile.references).toHaveLength(4);
      for (const doc of pile.documents) expect(doc.published).toMatch(/^199\d-\d\d-\d\d$/);
    }
  });

  it('reads Multi-News validation (5,622 clusters) in well under 2 seconds', async () => {
    const { piles, problems, documents, readMs, totalMs } = await readAll(MULTINEWS);
    expect(piles).toHaveLength(5622);
    expect(piles.every((p) => p.references?.length === 1 && p.documents.length >= 1)).toBe(true);
    // The only problems are the split's empty documents, reported and skipped.
    expect(new Set(problems.map((p) => p.code))).toEqual(new Set(['empty']));
    expect(documents).toBeGreaterThan(15_000);
    expect(readMs).toBeLessThan(2_000);
    expect(totalMs).toBeLessThan(3_000);
  });
});
