import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { cliAsync as cli } from '../helpers/cli-async.js';
import { articlePage, startServer, type TestServer } from '../helpers/http.js';

const IDS = ['n1', 'n2', 'n3', 'n4', 'n5', 'n6'];

function feedXml(origin: string): string {
  const items = IDS.map(
    (id, i) =>
      `<item><title>Harbour story ${id}</title><link>${origin}/story/${id}</link><guid>${id}</guid>` +
      `<pubDate>Tue, 0${i + 1} Mar 2026 10:00:00 GMT</pubDate></item>`,
  ).reverse();
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour</title>${items.join('')}</channel></rss>`;
}

/** Stories answer slowly, so a poll takes long enough to be killed half-way. */
async function slowFeedServer(delayMs: number): Promise<TestServer> {
  const routes: Record<string, Parameters<typeof startServer>[0][string]> = {
    '/feed.xml': (req, res) => {
      if (req.headers['if-none-match'] === '"h1"') res.writeHead(304).end();
      else
        res
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"h1"' })
          .end(feedXml(server.origin));
    },
  };
  for (const id of IDS) {
    routes[`/story/${id}`] = async (_req, res) => {
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          articlePage(`Harbour story ${id}`, [`The harbour authority published report ${id} on Tuesday.`]),
        );
    };
  }
  const server = await startServer(routes);
  return server;
}

function watch(args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'watch', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

function saved(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith('.html'));
}

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

// Every test runs the CLI from source several times; on a busy machine each start takes seconds.
describe('newsbrief watch', { timeout: 120_000 }, () => {
  it('saves each new article once and, run again, finds nothing new', async () => {
    server = await slowFeedServer(0);
    const out = mkdtempSync(join(tmpdir(), 'newsbrief-watch-'));
    const feed = `${server.origin}/feed.xml`;
    const first = await cli(['watch', feed, '--out', out, '--once', '--allow-private', '--delay', '10ms']);
    expect(first.code, first.stderr).toBe(0);
    const files = saved(out);
    expect(files).toHaveLength(6);
    expect(files.some((f) => /^2026-03-01-harbour-story-n1-[0-9a-f]{10}\.html$/.test(f))).toBe(true);
    const html = readFileSync(join(out, files[0]!), 'utf8');
    expect(html.startsWith(`<meta charset="utf-8"><base href="${server.origin}/story/`)).toBe(true);

    const second = await cli(['watch', feed, '--out', out, '--once', '--allow-private', '--delay', '10ms']);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stderr).toContain('not modified');
    expect(saved(out)).toHaveLength(6);
    for (const id of IDS) expect(server.hits.get(`/story/${id}`)).toBe(1);

    // What watch saved, brief reads: the page address in <base> gives the site and the date.
    const briefed = await cli(['brief', out, '--format', 'json', '--quiet']);
    expect(briefed.code, briefed.stderr).toBe(0);
  });

  it('refuses the local server without --allow-private, saying so', async () => {
    server = await slowFeedServer(0);
    const out = mkdtempSync(join(tmpdir(), 'newsbrief-watch-'));
    const r = await cli(['watch', `${server.origin}/feed.xml`, '--out', out, '--once']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('127.0.0.1, a private, loopback or link-local address');
    expect(r.stderr).toContain('--allow-private');
    expect(server.hits.size).toBe(0);
  });

  it('killed in the middle of a poll and restarted, keeps its state and fetches no article twice', async () => {
    server = await slowFeedServer(400);
    const out = mkdtempSync(join(tmpdir(), 'newsbrief-watch-'));
    const args = [`${server.origin}/feed.xml`, '--out', out, '--once', '--allow-private', '--delay', '10ms'];

    const first = watch(args);
    const firstExit = exited(first);
    // Kill it (no chance to clean up) once two articles are saved and a third is on its way.
    const deadline = Date.now() + 60_000;
    while (saved(out).length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    first.kill('SIGKILL');
    await firstExit;
    const before = saved(out);
    expect(before.length).toBeGreaterThanOrEqual(2);
    expect(before.length).toBeLessThan(6);
    const state = JSON.parse(readFileSync(join(out, '.newsbrief-watch.json'), 'utf8'));
    const remembered = Object.keys(Object.values(state.feeds as Record<string, { seen: object }>)[0]!.seen);
    // The state file is intact JSON and knows every saved article (bar one saved the instant before the kill).
    expect(remembered.length).toBeGreaterThanOrEqual(before.length - 1);
    const savedIds = IDS.filter((id) => before.some((name) => name.includes(`-harbour-story-${id}-`)));
    expect(savedIds).toHaveLength(before.length);

    const second = watch(args);
    expect(await exited(second)).toBe(0);
    const after = saved(out);
    expect(after).toHaveLength(6);
    expect(after).toEqual(expect.arrayContaining(before));
    for (const id of IDS) {
      // Each article was delivered in full exactly once; those saved before the kill were never asked for again.
      expect(server.completed.get(`/story/${id}`) ?? 0, id).toBeLessThanOrEqual(1);
      if (savedIds.includes(id)) expect(server.hits.get(`/story/${id}`), id).toBe(1);
    }
  });

  it('reads feeds from an OPML file and rejects a bad source with exit code 2', async () => {
    server = await slowFeedServer(0);
    const dir = mkdtempSync(join(tmpdir(), 'newsbrief-watch-'));
    const opml = join(dir, 'subs.opml');
    writeFileSync(
      opml,
      `<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body><outline text="Harbour" xmlUrl="${server.origin}/feed.xml"/></body></opml>`,
    );
    const r = await cli([
      'watch',
      opml,
      '--out',
      join(dir, 'out'),
      '--once',
      '--allow-private',
      '--delay',
      '10ms',
    ]);
    expect(r.code, r.stderr).toBe(0);
    expect(saved(join(dir, 'out'))).toHaveLength(6);
    const bad = await cli(['watch', join(dir, 'missing.opml'), '--once']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("cannot read '");
    const every = await cli(['watch', opml, '--every', 'soon']);
    expect(every.code).toBe(2);
    expect(every.stderr).toContain("got 'soon'");
  });
});
