import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from '../helpers/cli.js';

const TOPICS = ['bridge', 'council', 'harbor', 'festival', 'election', 'storm', 'school', 'hospital'];

/** A stream of distinct short reports, deterministic so a failure can be replayed. */
function stream(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const topic = TOPICS[i % TOPICS.length]!;
    const text = `The ${topic} report number ${i} was filed on day ${i % 28}. Officials said the ${topic} plan ${i} would be reviewed. Residents asked about item ${i * 7919}.`;
    lines.push(JSON.stringify({ id: `doc-${i}`, title: `${topic} update ${i}`, date: null, text }));
  }
  return `${lines.join('\n')}\n`;
}

describe('ingest survives SIGKILL', () => {
  it('keeps every article reported stored, and a re-run stores each article exactly once', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-crash-'));
    const input = join(dir, 'stream.jsonl');
    const db = join(dir, 'crash.db');
    const total = 3000;
    writeFileSync(input, stream(total));

    const reported: string[] = [];
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/main.ts', 'ingest', input, '--db', db, '--json', '--batch', '50'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let buffer = '';
    const killed = new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString('utf8');
        const lines = buffer.split('\n');
        buffer = lines.pop()!;
        for (const line of lines) {
          const r = JSON.parse(line) as { id: string; status: string };
          if (r.status === 'stored') reported.push(r.id);
        }
        // Kill it in the middle of the stream, while batches are being written.
        if (reported.length >= 400 && !child.killed) child.kill('SIGKILL');
      });
      child.on('exit', () => resolve());
    });
    await killed;
    expect(child.signalCode).toBe('SIGKILL');
    expect(reported.length).toBeGreaterThanOrEqual(400);
    expect(reported.length).toBeLessThan(total);

    const afterCrash = new Database(db, { readonly: true });
    expect(afterCrash.pragma('integrity_check', { simple: true })).toBe('ok');
    const present = new Set(
      (afterCrash.prepare('SELECT id FROM articles').all() as { id: string }[]).map((r) => r.id),
    );
    afterCrash.close();
    for (const id of reported) expect(present.has(id), `${id} was reported stored`).toBe(true);

    const rerun = cli(['ingest', input, '--db', db, '--quiet']);
    expect(rerun.code, rerun.stderr).toBe(0);

    const final = new Database(db, { readonly: true });
    const rows = final.prepare('SELECT id, content_hash FROM articles').all() as {
      id: string;
      content_hash: string;
    }[];
    final.close();
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.id)).size).toBe(total);
    expect(new Set(rows.map((r) => r.content_hash)).size).toBe(total);
    expect(new Set(rows.map((r) => r.id))).toEqual(
      new Set(Array.from({ length: total }, (_, i) => `doc-${i}`)),
    );
  }, 120_000);
});
