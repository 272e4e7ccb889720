import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BriefingJson } from '../../src/render/schema.js';
import { cliAsync as cli } from '../helpers/cli-async.js';
import { articlePage, send, startServer, type TestServer } from '../helpers/http.js';

const PARAGRAPHS = [
  'The harbour authority in Kellingbay said on Tuesday that the Old Mill ferry would stop running in April.',
  'The ferry carried about 1,200 passengers a day between the harbour district and the northern suburbs.',
  'A spokeswoman said the café on the pier would stay open while the authority looked for a new operator.',
];

let server: TestServer;

beforeAll(async () => {
  // Latin-1 bytes whose charset is only in the Content-Type header.
  const latin1 = Uint8Array.from(
    articlePage('Ferry service to end', PARAGRAPHS).replace('<meta charset="utf-8">', ''),
    (c) => c.charCodeAt(0),
  );
  server = await startServer({
    '/news/2026/03/03/ferry': send(latin1, 'text/html; charset=iso-8859-1'),
    '/feed.pdf': send('%PDF-1.4', 'application/pdf'),
  });
});
afterAll(() => server.close());

describe('newsbrief brief <url>', { timeout: 120_000 }, () => {
  it('fetches and briefs a page, decoding it by the charset in its Content-Type', async () => {
    const url = `${server.origin}/news/2026/03/03/ferry`;
    const r = await cli(['brief', url, '--allow-private', '--format', 'json', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as BriefingJson;
    const article = json.articles[0]!;
    expect(article.path).toBe(url);
    expect(article.title).toBe('Ferry service to end');
    // The date comes from the URL, the only place this page gives it.
    expect(article.published).toBe('2026-03-03');
    expect(article.sentences.map((s) => s.text).join(' ')).toContain('the café on the pier');
  });

  it('refuses loopback without --allow-private, and reports failed URLs as problems', async () => {
    const r = await cli([
      'brief',
      `${server.origin}/news/2026/03/03/ferry`,
      `${server.origin}/gone`,
      '--quiet',
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${server.origin}/news/2026/03/03/ferry: refused to connect to 127.0.0.1`);
    expect(r.stderr).toContain('hint: Pass --allow-private');
    expect(server.hits.get('/gone')).toBeUndefined();

    const mixed = await cli([
      'brief',
      `${server.origin}/gone`,
      `${server.origin}/feed.pdf`,
      'examples',
      '--allow-private',
      '--quiet',
    ]);
    expect(mixed.code).toBe(0);
    expect(mixed.stderr).toContain(`${server.origin}/gone: the server answered HTTP 404`);
    expect(mixed.stderr).toContain(`${server.origin}/feed.pdf: is application/pdf, not text/html`);
  });
});
