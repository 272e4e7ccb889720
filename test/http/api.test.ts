import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkBind } from '../../src/cli/commands/serve.js';
import { createApp } from '../../src/http/app.js';
import { Ingestor } from '../../src/service/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';
import { ROOT } from '../helpers/cli.js';

const wire = readFileSync(join(ROOT, 'examples/kellingbay-wire.txt'), 'utf8');
const courier = readFileSync(join(ROOT, 'examples/kellingbay-courier.txt'), 'utf8');

async function app(options: { token?: string; maxBodyBytes?: number } = {}) {
  const store = openSqliteStore(':memory:');
  return createApp({ store, ingestor: await Ingestor.open(store), ...options });
}

const post = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('HTTP API', () => {
  let api: Awaited<ReturnType<typeof app>>;
  beforeEach(async () => {
    api = await app();
  });

  it('ingests JSON documents and answers with ids and stories', async () => {
    const res = await api.request(
      '/api/articles',
      post({
        documents: [
          { id: 'wire', text: wire },
          { id: 'courier', text: courier },
        ],
      }),
    );
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      articles: { id: string; status: string; story: string }[];
      stories: unknown[];
    };
    expect(body.articles.map((a) => [a.id, a.status])).toEqual([
      ['wire', 'stored'],
      ['courier', 'stored'],
    ]);
    expect(body.stories.length).toBeGreaterThanOrEqual(1);
    const again = (await (
      await api.request('/api/articles', post({ documents: [{ id: 'wire', text: wire }] }))
    ).json()) as {
      articles: { status: string }[];
    };
    expect(again.articles[0]!.status).toBe('duplicate');
  });

  it('ingests a raw HTML body through the read stage', async () => {
    const html = readFileSync(join(ROOT, 'examples/kellingbay-radio.html'));
    const res = await api.request('/api/articles/raw?name=radio.html', {
      method: 'POST',
      headers: { 'content-type': 'text/html' },
      body: html,
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { articles: { id: string }[] };
    expect(body.articles[0]!.id).toBe('radio');
  });

  it('lists stories, serves a briefing and an article with its sentences, and searches', async () => {
    await api.request(
      '/api/articles',
      post({ documents: [{ id: 'wire', text: wire, published: '2026-03-03' }] }),
    );
    const list = (await (await api.request('/api/stories')).json()) as {
      stories: { id: string; articleCount: number }[];
    };
    expect(list.stories).toHaveLength(1);
    const id = list.stories[0]!.id;
    const story = (await (await api.request(`/api/stories/${id}`)).json()) as {
      briefing: { stories: { summary: { citations: string[] }[] }[] };
    };
    const cited = story.briefing.stories[0]!.summary.flatMap((s) => s.citations);
    expect(cited.length).toBeGreaterThan(0);
    const article = (await (await api.request('/api/articles/wire')).json()) as {
      sentences: { id: string }[];
    };
    for (const c of cited) expect(article.sentences.map((s) => s.id)).toContain(c);
    const hits = (await (await api.request('/api/search?q=corroded')).json()) as {
      hits: { article: string }[];
    };
    expect(hits.hits.map((h) => h.article)).toEqual(['wire']);
    const filtered = (await (await api.request('/api/stories?since=2030-01-01')).json()) as {
      stories: unknown[];
    };
    expect(filtered.stories).toHaveLength(0);
  });

  it('answers errors as JSON with a stable code and no stack trace', async () => {
    const cases: [string, RequestInit | undefined, number, string][] = [
      ['/api/stories/nope', undefined, 404, 'not-found'],
      ['/api/nothing', undefined, 404, 'not-found'],
      ['/api/stories?since=March', undefined, 400, 'bad-request'],
      ['/api/search?q=***', undefined, 400, 'bad-request'],
      ['/api/articles', post({ documents: [] }), 400, 'bad-request'],
      ['/api/articles', post({ documents: [{ text: '' }] }), 400, 'bad-request'],
    ];
    for (const [path, init, status, code] of cases) {
      const res = await api.request(path, init);
      expect(res.status, path).toBe(status);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code, path).toBe(code);
      expect(JSON.stringify(body)).not.toMatch(/at .+\.ts:\d+/);
    }
  });

  it('refuses a raw body of a type it cannot read', async () => {
    const res = await api.request('/api/articles/raw', {
      method: 'POST',
      headers: { 'content-type': 'image/png' },
      body: 'x',
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unsupported-media-type');
  });

  it('says when a raw body holds no article', async () => {
    const res = await api.request('/api/articles/raw', {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: '   ',
    });
    expect(res.status).toBe(422);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('nothing-ingested');
  });

  it('refuses bodies over the limit', async () => {
    const small = await app({ maxBodyBytes: 1000 });
    const res = await small.request('/api/articles', post({ documents: [{ text: wire }] }));
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('too-large');
  });

  it('publishes an OpenAPI document generated from the request schemas', async () => {
    const doc = (await (await api.request('/openapi.json')).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/articles',
        '/api/stories',
        '/api/stories/{id}',
        '/api/articles/{id}',
        '/api/search',
      ]),
    );
  });

  it('sends a Content-Security-Policy that forbids inline script', async () => {
    const res = await api.request('/api/stories');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
  });
});

describe('tokens', () => {
  it('demands the bearer token for writes when one is set, not for reads', async () => {
    const api = await app({ token: 's3cret' });
    const doc = { documents: [{ text: wire }] };
    expect((await api.request('/api/articles', post(doc))).status).toBe(401);
    expect((await api.request('/api/articles', post(doc, { authorization: 'Bearer wrong' }))).status).toBe(
      401,
    );
    expect((await api.request('/api/articles', post(doc, { authorization: 'Bearer s3cret' }))).status).toBe(
      200,
    );
    expect((await api.request('/api/stories')).status).toBe(200);
  });

  it('refuses to serve a public address without a token', () => {
    expect(() => checkBind('0.0.0.0', undefined)).toThrow(/NEWSBRIEF_TOKEN/);
    expect(() => checkBind('192.0.2.10', '')).toThrow(/NEWSBRIEF_TOKEN/);
    expect(() => checkBind('0.0.0.0', 'tok')).not.toThrow();
    expect(() => checkBind('127.0.0.1', undefined)).not.toThrow();
    expect(() => checkBind('::1', undefined)).not.toThrow();
  });
});
