import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type FeedArticle, FeedStateError, JsonFileFeedState, pollFeeds } from '../../src/web/feeds/index.js';
import { articlePage, send, startServer, type TestServer } from '../helpers/http.js';

function rss(origin: string, items: readonly string[]): string {
  const entries = items
    .map(
      (id) =>
        `<item><title>Story ${id}</title><link>${origin}/story/${id}</link><guid>${id}</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Test feed</title>${entries}</channel></rss>`;
}

function stories(ids: readonly string[]) {
  return Object.fromEntries(
    ids.map((id) => [`/story/${id}`, send(articlePage(`Story ${id}`, [`Text of story ${id}.`]))]),
  );
}

const fast = {
  fetch: { allowPrivate: true, timeoutMs: 2000 },
  hostDelayMs: 0,
  retry: { baseMs: 10, retries: 2 },
};

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function stateFile(): string {
  return join(mkdtempSync(join(tmpdir(), 'newsbrief-poll-')), 'state.json');
}

describe('pollFeeds', () => {
  it('polls a feed twice with its ETag: the second poll is a 304 and fetches nothing', async () => {
    let etagHits = 0;
    server = await startServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"feed-v1"') {
          etagHits++;
          res.writeHead(304).end();
          return;
        }
        res
          .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"feed-v1"' })
          .end(rss(server!.origin, ['a', 'b', 'c']));
      },
      ...stories(['a', 'b', 'c']),
    });
    const path = stateFile();
    const seen: FeedArticle[] = [];
    const feed = `${server.origin}/feed.xml`;
    const first = await pollFeeds(
      [feed],
      await JsonFileFeedState.open(path),
      async (a) => void seen.push(a),
      fast,
    );
    expect(first).toEqual([{ feedUrl: feed, status: 'fetched', fetched: 3, problems: [] }]);
    // Oldest first: the feed lists a, b, c newest first.
    expect(seen.map((a) => a.item.id)).toEqual(['c', 'b', 'a']);
    expect(new TextDecoder().decode(seen[0]!.page.bytes)).toContain('Text of story c.');

    const second = await pollFeeds(
      [feed],
      await JsonFileFeedState.open(path),
      async (a) => void seen.push(a),
      fast,
    );
    expect(second[0]!.status).toBe('not-modified');
    expect(etagHits).toBe(1);
    expect(seen).toHaveLength(3);
    for (const id of ['a', 'b', 'c']) expect(server.hits.get(`/story/${id}`)).toBe(1);
  });

  it('fetches only new items when the feed changes, across a restart of the state', async () => {
    let items = ['a', 'b'];
    server = await startServer({
      '/feed.xml': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server!.origin, items)),
      ...stories(['a', 'b', 'c']),
    });
    const path = stateFile();
    const feed = `${server.origin}/feed.xml`;
    const got: string[] = [];
    await pollFeeds([feed], await JsonFileFeedState.open(path), async (a) => void got.push(a.item.id), fast);
    items = ['c', 'b', 'a'];
    await pollFeeds([feed], await JsonFileFeedState.open(path), async (a) => void got.push(a.item.id), fast);
    expect(got).toEqual(['b', 'a', 'c']);
    for (const id of ['a', 'b', 'c']) expect(server.hits.get(`/story/${id}`)).toBe(1);
  });

  it('skips an item already delivered but not yet marked seen (a crash between the two)', async () => {
    server = await startServer({
      '/feed.xml': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server!.origin, ['a', 'b'])),
      ...stories(['a', 'b']),
    });
    const state = await JsonFileFeedState.open(stateFile());
    const feed = `${server.origin}/feed.xml`;
    const got: string[] = [];
    await pollFeeds([feed], state, async (a) => void got.push(a.item.id), {
      ...fast,
      alreadyHave: async (_feed, item) => item.id === 'b',
    });
    expect(got).toEqual(['a']);
    expect(server.hits.get('/story/b')).toBeUndefined();
    expect(await state.hasSeen(feed, 'b')).toBe(true);
  });

  it('retries a failing article with backoff, and gives up on a 404 for good', async () => {
    let attempts = 0;
    server = await startServer({
      '/feed.xml': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(rss(server!.origin, ['flaky', 'gone'])),
      '/story/flaky': (_req, res) => {
        attempts++;
        if (attempts < 3) res.writeHead(503).end('busy');
        else
          res
            .writeHead(200, { 'content-type': 'text/html' })
            .end(articlePage('Flaky', ['Third time lucky.']));
      },
    });
    const path = stateFile();
    const feed = `${server.origin}/feed.xml`;
    const retries: number[] = [];
    const got: string[] = [];
    const [result] = await pollFeeds(
      [feed],
      await JsonFileFeedState.open(path),
      async (a) => void got.push(a.item.id),
      {
        ...fast,
        onEvent: (e) => {
          if (e.type === 'retry') retries.push(e.attempt);
        },
      },
    );
    expect(got).toEqual(['flaky']);
    expect(retries).toEqual([1, 2]);
    expect(result!.problems).toHaveLength(1);
    expect(result!.problems[0]!.message).toContain('/story/gone');
    expect(result!.problems[0]!.message).toContain('HTTP 404');
    // The 404 is remembered: the next poll asks for neither article again.
    await pollFeeds([feed], await JsonFileFeedState.open(path), async (a) => void got.push(a.item.id), fast);
    expect(server.hits.get('/story/gone')).toBe(1);
    expect(attempts).toBe(3);
  });

  it('keeps the old validators while an item is unfinished, so the next poll is not a 304', async () => {
    let up = false;
    server = await startServer({
      '/feed.xml': (req, res) => {
        if (req.headers['if-none-match'] === '"v"') res.writeHead(304).end();
        else
          res
            .writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v"' })
            .end(rss(server!.origin, ['x']));
      },
      '/story/x': (_req, res) => {
        if (up) res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('X', ['Finally.']));
        else res.writeHead(500).end();
      },
    });
    const path = stateFile();
    const feed = `${server.origin}/feed.xml`;
    const got: string[] = [];
    const options = { ...fast, retry: { retries: 0 } };
    await pollFeeds(
      [feed],
      await JsonFileFeedState.open(path),
      async (a) => void got.push(a.item.id),
      options,
    );
    expect(got).toEqual([]);
    up = true;
    await pollFeeds(
      [feed],
      await JsonFileFeedState.open(path),
      async (a) => void got.push(a.item.id),
      options,
    );
    expect(got).toEqual(['x']);
  });

  it('asks one host one thing at a time, with the pause between requests', async () => {
    let inFlight = 0;
    let maxInFlight = 0;
    const starts: number[] = [];
    const slowStory = async (_req: unknown, res: import('node:http').ServerResponse): Promise<void> => {
      inFlight++;
      maxInFlight = Math.max(maxInFlight, inFlight);
      starts.push(Date.now());
      await new Promise((r) => setTimeout(r, 20));
      inFlight--;
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage('S', ['Body.']));
    };
    server = await startServer({
      '/feed.xml': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(rss(server!.origin, ['1', '2', '3'])),
      '/other.xml': (_req, res) =>
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rss(server!.origin, ['4', '5'])),
      '/story/1': slowStory,
      '/story/2': slowStory,
      '/story/3': slowStory,
      '/story/4': slowStory,
      '/story/5': slowStory,
    });
    const feeds = [`${server.origin}/feed.xml`, `${server.origin}/other.xml`];
    const got: string[] = [];
    await pollFeeds(feeds, await JsonFileFeedState.open(stateFile()), async (a) => void got.push(a.item.id), {
      ...fast,
      hostDelayMs: 50,
    });
    expect(got.sort()).toEqual(['1', '2', '3', '4', '5']);
    expect(maxInFlight).toBe(1);
    for (let i = 1; i < starts.length; i++) expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(45);
  });

  it('polls a feed whose dates are broken: the items are fetched, their dates are null', async () => {
    server = await startServer({
      '/broken-dates.xml': (_req, res) =>
        res
          .writeHead(200, { 'content-type': 'application/rss+xml' })
          .end(
            `<rss version="2.0"><channel><title>t</title>` +
              `<item><guid>d1</guid><link>${server!.origin}/story/d1</link><pubDate>Mon, 32 Foo 2026 99:00</pubDate></item>` +
              `<item><guid>d2</guid><link>${server!.origin}/story/d2</link><pubDate>2026-02-30T10:00:00Z</pubDate></item>` +
              `</channel></rss>`,
          ),
      ...stories(['d1', 'd2']),
    });
    const got: FeedArticle[] = [];
    const [result] = await pollFeeds(
      [`${server.origin}/broken-dates.xml`],
      await JsonFileFeedState.open(stateFile()),
      async (a) => void got.push(a),
      fast,
    );
    expect(result).toMatchObject({ status: 'fetched', fetched: 2, problems: [] });
    expect(got.map((a) => [a.item.id, a.item.published])).toEqual([
      ['d2', null],
      ['d1', null],
    ]);
  });

  it('reports a feed that fails, naming it, and a document that is not a feed', async () => {
    server = await startServer({ '/page.html': send('<html><body><p>hello</p></body></html>', 'text/html') });
    const state = await JsonFileFeedState.open(stateFile());
    const results = await pollFeeds(
      [`${server.origin}/missing.xml`, `${server.origin}/page.html`],
      state,
      async () => {},
      fast,
    );
    expect(results.map((r) => r.status)).toEqual(['failed', 'failed']);
    expect(results[0]!.problems[0]).toMatchObject({
      path: `${server.origin}/missing.xml`,
      code: 'not-found',
    });
    expect(results[1]!.problems[0]!.message).toMatch(/page\.html: is not an RSS, Atom, RDF or JSON feed/);
  });
});

describe('JsonFileFeedState', () => {
  it('survives a reopen and leaves no temporary files', async () => {
    const path = stateFile();
    const state = await JsonFileFeedState.open(path);
    await state.putValidators('https://f.example/feed', { etag: '"e"', lastModified: null });
    await Promise.all(['1', '2', '3'].map((id) => state.markSeen('https://f.example/feed', id)));
    const again = await JsonFileFeedState.open(path);
    expect(await again.getValidators('https://f.example/feed')).toEqual({ etag: '"e"', lastModified: null });
    expect(await again.hasSeen('https://f.example/feed', '2')).toBe(true);
    expect(await again.hasSeen('https://f.example/feed', '4')).toBe(false);
    expect(await again.getValidators('https://other.example/feed')).toBeNull();
    expect(readdirSync(join(path, '..'))).toEqual(['state.json']);
  });

  it('refuses a corrupt state file, naming it and what to do', async () => {
    const path = stateFile();
    writeFileSync(path, '{"version": 1, "feeds": {');
    await expect(JsonFileFeedState.open(path)).rejects.toThrow(FeedStateError);
    await expect(JsonFileFeedState.open(path)).rejects.toThrow(/state\.json is not valid JSON.*move it away/);
    writeFileSync(path, '{"something": "else"}');
    await expect(JsonFileFeedState.open(path)).rejects.toThrow(/not a newsbrief watch state/);
    expect(readFileSync(path, 'utf8')).toBe('{"something": "else"}');
  });
});
