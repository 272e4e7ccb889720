/**
 * `npm run bench:api`: story reads per second and latency percentiles on
 * loopback. Builds a database from examples/ (and ../shared/seeds when
 * present), starts `newsbrief serve` as its own process, warms the story's
 * briefing, then loads `GET /api/stories/<id>` with autocannon.
 *
 *   npm run bench:api -- [--seconds 10] [--connections 10]
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const args = process.argv.slice(2);
const flag = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const seconds = flag('--seconds', 10);
const connections = flag('--connections', 10);
const root = resolve(import.meta.dirname, '..');
const cli = join(root, 'dist/cli/main.js');
if (!existsSync(cli)) {
  console.error('bench:api: run `npm run build` first (it times the built server)');
  process.exit(1);
}
const db = join(mkdtempSync(join(tmpdir(), 'newsbrief-api-')), 'bench.db');
const inputs = [join(root, 'examples'), resolve(root, '../shared/seeds')].filter(existsSync);
spawnSync(process.execPath, [cli, 'ingest', ...inputs, '--db', db, '--quiet'], { stdio: 'inherit' });
const stories = JSON.parse(
  `[${spawnSync(process.execPath, [cli, 'stories', '--db', db, '--json'], { encoding: 'utf8' }).stdout.trim().split('\n').join(',')}]`,
) as { id: string; articleCount: number }[];
const story = stories.sort((a, b) => b.articleCount - a.articleCount)[0]!;

const port = 18000 + Math.floor(Math.random() * 1000);
const server = spawn(process.execPath, [cli, 'serve', '--db', db, '--port', String(port)], {
  stdio: ['ignore', 'ignore', 'pipe'],
});
await new Promise<void>((ready) =>
  server.stderr.on('data', (d: Buffer) => d.toString().includes('serving') && ready()),
);
const url = `http://127.0.0.1:${port}/api/stories/${story.id}`;
await fetch(url); // computes and caches the briefing: the benchmark measures reads of a computed story

const result = await autocannon({ url, connections, duration: seconds });
server.kill('SIGTERM');
console.log(
  [
    `GET /api/stories/${story.id} (${story.articleCount} articles), ${connections} connections, ${seconds} s, loopback`,
    `  requests/s  mean ${result.requests.average.toFixed(0)}, median ${result.requests.p50}`,
    `  latency ms  p50 ${result.latency.p50}, p90 ${result.latency.p90}, p99 ${result.latency.p99}, max ${result.latency.max}`,
    `  ${result.requests.total} requests, ${result.non2xx} non-2xx, ${result.errors} errors`,
  ].join('\n'),
);
