import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BRIDGE, FILLER, TRANSFER } from '../cluster/fixtures.js';
import { cli } from '../helpers/cli.js';

describe('newsbrief eval cluster', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nb-cluster-'));
  const docs = [
    { id: 'b0', cluster: 'bridge', text: BRIDGE[0]!.join('\n\n') },
    { id: 't0', cluster: 'transfer', text: TRANSFER[0]!.join('\n\n') },
    { id: 'b1', cluster: 'bridge', text: BRIDGE[1]!.join('\n\n') },
    { id: 'f0', cluster: 'noise', all_clusters: ['noise'], text: FILLER[0]!.join(' ') },
    { id: 't1', cluster: 'transfer', text: TRANSFER[1]!.join('\n\n') },
  ];
  const file = join(dir, 'stream.jsonl');
  writeFileSync(file, `${docs.map((d) => JSON.stringify({ date: null, title: null, ...d })).join('\n')}\n`);

  it('prints B-cubed and pairwise scores and writes every prediction with --out', () => {
    const out = join(dir, 'pred.jsonl');
    const r = cli(['eval', 'cluster', file, '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/5 documents, 3 gold stories, 3 predicted/);
    expect(r.stdout).toMatch(/B-cubed\s+P 100\.0\s+R 100\.0\s+F1 100\.0/);
    expect(r.stdout).toMatch(/pairwise\s+P 100\.0\s+R 100\.0\s+F1 100\.0/);
    const predictions = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(predictions.map((p) => p.id)).toEqual(['b0', 't0', 'b1', 'f0', 't1']);
    expect(predictions[2].story).toBe(predictions[0].story);
    expect(predictions[4].story).toBe(predictions[1].story);
  });

  it('gives JSON with --json, and refuses a bad threshold', () => {
    const r = cli(['eval', 'cluster', file, '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ documents: 5, bcubed: { f1: 1 } });
    const bad = cli(['eval', 'cluster', file, '--threshold', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected a number from 0 to 1, got '2'/);
  });
});
