import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/cli.js';
import { cliAsync } from '../helpers/cli-async.js';
import { startServer, type TestServer } from '../helpers/http.js';

describe('ingest --feed', () => {
  let server: TestServer;
  const db = join(mkdtempSync(join(tmpdir(), 'newsbrief-feed-')), 'feed.db');
  const wire = readFileSync(join(ROOT, 'examples/kellingbay-wire.txt'), 'utf8');
  const courier = readFileSync(join(ROOT, 'examples/kellingbay-courier.txt'), 'utf8');
  const page = (title: string, text: string) =>
    `<!doctype html><html><head><title>${title}</title></head><body><article><h1>${title}</h1>${text
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}</article></body></html>`;

  beforeAll(async () => {
    server = await startServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') return res.writeHead(304).end();
        const items = ['/a', '/b']
          .map((p) => `<item><title>${p}</title><link>${server.origin}${p}</link><guid>${p}</guid></item>`)
          .join('');
        res
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"' })
          .end(
            `<?xml version="1.0"?><rss version="2.0"><channel><title>Test</title>${items}</channel></rss>`,
          );
      },
      '/a': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(page('Bridge closed', wire)),
      '/b': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end(page('Bridge reaction', courier)),
    });
  });
  afterAll(() => server.close());

  it('stores new items, and a second poll fetches nothing again (ETag and seen items kept in the database)', async () => {
    const feed = `${server.origin}/feed.xml`;
    const first = await cliAsync(['ingest', '--feed', feed, '--allow-private', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/^2 new articles/m);
    const second = await cliAsync(['ingest', '--feed', feed, '--allow-private', '--db', db]);
    expect(second.stdout).toMatch(/^0 new articles, 0 already stored/m);
    expect(server.hits.get('/a')).toBe(1);
    expect(server.hits.get('/b')).toBe(1);
    expect(server.hits.get('/feed.xml')).toBe(2);
  });

  it('refuses a loopback feed without --allow-private', async () => {
    const r = await cliAsync(['ingest', '--feed', `${server.origin}/feed.xml`, '--db', db]);
    expect(r.stderr).toMatch(/127\.0\.0\.1|private|loopback/i);
    expect(r.code).toBe(1);
  });
});
