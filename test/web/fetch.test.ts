import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPrivateAddress } from '../../src/web/fetch/address.js';
import { FetchError, fetchPage } from '../../src/web/fetch/index.js';
import { articlePage, send, startServer, type TestServer } from '../helpers/http.js';

// The test server listens on 127.0.0.1; this policy treats exactly that address as public,
// so the checks on every other private address (and on redirects) can be exercised for real.
const serverIsPublic = (address: string): boolean => address !== '127.0.0.1' && isPrivateAddress(address);

async function failure(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error('expected the fetch to fail');
}

describe('fetchPage against a real server on loopback', () => {
  let server: TestServer;
  const page = articlePage('Bridge closed', ['The council closed the bridge on Tuesday.']);

  beforeAll(async () => {
    server = await startServer({
      '/article': send(page, 'text/html; charset=utf-8', {
        etag: '"v1"',
        'last-modified': 'Tue, 03 Mar 2026 10:00:00 GMT',
      }),
      '/moved': (_req, res) => res.writeHead(301, { location: '/article' }).end(),
      '/to-private': (_req, res) =>
        res.writeHead(302, { location: `http://127.0.0.2:${server.port}/article` }).end(),
      '/to-metadata': (_req, res) =>
        res.writeHead(302, { location: 'http://169.254.169.254/latest/meta-data/' }).end(),
      '/to-name': (_req, res) =>
        res.writeHead(302, { location: `http://intranet.test:${server.port}/article` }).end(),
      '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
      '/to-file': (_req, res) => res.writeHead(302, { location: 'file:///etc/passwd' }).end(),
      '/slow': () => {
        // Never answers: the deadline must end the fetch.
      },
      '/slow-body': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.write('<html><body><p>first part');
        // The rest never comes.
      },
      '/huge': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = (): void => {
          while (sent < 200 && res.write(chunk)) sent++;
          if (sent < 200) res.once('drain', pump);
          else res.end();
        };
        pump();
      },
      '/huge-declared': (_req, res) =>
        res.writeHead(200, { 'content-type': 'text/html', 'content-length': '999999999' }).end(),
      '/bomb': send(gzipSync(Buffer.alloc(5 * 1024 * 1024, ' ')), 'text/html', {
        'content-encoding': 'gzip',
      }),
      '/gzipped': send(gzipSync(page), 'text/html; charset=utf-8', { 'content-encoding': 'gzip' }),
      '/pdf': send('%PDF-1.4', 'application/pdf'),
      '/broken': (_req, res) => res.writeHead(503, { 'retry-after': '7' }).end('down'),
      '/conditional': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"') res.writeHead(304).end();
        else res.writeHead(200, { 'content-type': 'text/html', etag: '"v1"' }).end(page);
      },
    });
  });
  afterAll(() => server.close());

  it('fetches a page with its type and validators when private addresses are allowed', async () => {
    const result = await fetchPage(`${server.origin}/article`, { allowPrivate: true });
    expect(result.status).toBe(200);
    expect(new TextDecoder().decode(result.bytes)).toBe(page);
    expect(result.contentType).toBe('text/html; charset=utf-8');
    expect(result.etag).toBe('"v1"');
    expect(result.lastModified).toBe('Tue, 03 Mar 2026 10:00:00 GMT');
  });

  it('refuses loopback without allowPrivate, naming the address and the flag', async () => {
    const error = await failure(fetchPage(`${server.origin}/article`));
    expect(error.code).toBe('private-address');
    expect(error.message).toContain('127.0.0.1');
    expect(error.hint).toContain('--allow-private');
    expect(server.hits.get('/article') ?? 0).toBe(1); // only the allowed fetch above reached the server
  });

  it('follows redirects by hand and reports the way', async () => {
    const result = await fetchPage(`${server.origin}/moved`, { allowPrivate: true });
    expect(result.url).toBe(`${server.origin}/article`);
    expect(result.redirects).toEqual([`${server.origin}/moved`]);
  });

  it('refuses a redirect to a private address, checked again on the redirect', async () => {
    const toLoopback = await failure(fetchPage(`${server.origin}/to-private`, { isBlocked: serverIsPublic }));
    expect(toLoopback.code).toBe('private-address');
    expect(toLoopback.message).toContain('127.0.0.2');
    const toMetadata = await failure(
      fetchPage(`${server.origin}/to-metadata`, { isBlocked: serverIsPublic }),
    );
    expect(toMetadata.code).toBe('private-address');
    expect(toMetadata.message).toContain('169.254.169.254');
  });

  it('checks a redirect target after resolving its name, on the address connected to', async () => {
    const resolver = async (host: string) =>
      host === 'intranet.test'
        ? [{ address: '127.0.0.2', family: 4 }]
        : [{ address: '127.0.0.1', family: 4 }];
    const error = await failure(
      fetchPage(`${server.origin}/to-name`, { isBlocked: serverIsPublic, resolver }),
    );
    expect(error.code).toBe('private-address');
    expect(error.message).toContain('intranet.test (127.0.0.2)');
    // With the flag, the connection goes to the address the resolver gave, where nothing listens.
    const refused = await failure(fetchPage(`${server.origin}/to-name`, { allowPrivate: true, resolver }));
    expect(refused.code).toBe('network');
    expect(refused.message).toContain('ECONNREFUSED');
    const toServer = async () => [{ address: '127.0.0.1', family: 4 }];
    const allowed = await fetchPage(`${server.origin}/to-name`, { allowPrivate: true, resolver: toServer });
    expect(allowed.url).toBe(`http://intranet.test:${server.port}/article`);
  });

  it('stops after the redirect limit and refuses non-http redirects', async () => {
    const loop = await failure(fetchPage(`${server.origin}/loop`, { allowPrivate: true, maxRedirects: 3 }));
    expect(loop.code).toBe('too-many-redirects');
    const file = await failure(fetchPage(`${server.origin}/to-file`, { allowPrivate: true }));
    expect(file.code).toBe('bad-url');
    expect(file.message).toContain('file');
  });

  it('times out on a server that never answers, and on a body that never ends', async () => {
    const started = Date.now();
    const silent = await failure(fetchPage(`${server.origin}/slow`, { allowPrivate: true, timeoutMs: 300 }));
    expect(silent.code).toBe('timeout');
    expect(silent.retryable).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
    const stalled = await failure(
      fetchPage(`${server.origin}/slow-body`, { allowPrivate: true, timeoutMs: 300 }),
    );
    expect(stalled.code).toBe('timeout');
  });

  it('caps the body, as sent, as declared, and after decompression', async () => {
    const huge = await failure(
      fetchPage(`${server.origin}/huge`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    );
    expect(huge.code).toBe('too-large');
    expect(huge.message).toMatch(/over the limit of 1,048,576/);
    const declared = await failure(
      fetchPage(`${server.origin}/huge-declared`, { allowPrivate: true, maxBytes: 1000 }),
    );
    expect(declared.code).toBe('too-large');
    expect(declared.message).toContain('999,999,999');
    const bomb = await failure(
      fetchPage(`${server.origin}/bomb`, { allowPrivate: true, maxBytes: 1024 * 1024 }),
    );
    expect(bomb.code).toBe('too-large');
  });

  it('decompresses gzip', async () => {
    const result = await fetchPage(`${server.origin}/gzipped`, { allowPrivate: true });
    expect(new TextDecoder().decode(result.bytes)).toBe(page);
  });

  it('reports 404 as not retryable and 503 as retryable with Retry-After', async () => {
    const missing = await failure(fetchPage(`${server.origin}/nowhere`, { allowPrivate: true }));
    expect(missing).toMatchObject({ code: 'http-status', status: 404, retryable: false });
    expect(missing.message).toContain('HTTP 404');
    const down = await failure(fetchPage(`${server.origin}/broken`, { allowPrivate: true }));
    expect(down).toMatchObject({ code: 'http-status', status: 503, retryable: true, retryAfterMs: 7000 });
  });

  it('checks the content type against what the caller accepts', async () => {
    const error = await failure(
      fetchPage(`${server.origin}/pdf`, { allowPrivate: true, accept: ['text/html'] }),
    );
    expect(error.code).toBe('unsupported-type');
    expect(error.message).toContain('application/pdf');
  });

  it('returns notModified for a conditional request the server answers with 304', async () => {
    const first = await fetchPage(`${server.origin}/conditional`, { allowPrivate: true });
    expect(first.notModified).toBe(false);
    const second = await fetchPage(`${server.origin}/conditional`, {
      allowPrivate: true,
      headers: { 'if-none-match': first.etag! },
    });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(second.bytes.length).toBe(0);
  });

  it('refuses malformed and credentialed URLs before any request', async () => {
    expect((await failure(fetchPage('not a url'))).code).toBe('bad-url');
    expect((await failure(fetchPage('ftp://example.com/x'))).code).toBe('bad-url');
    expect((await failure(fetchPage('http://user:pw@example.com/'))).code).toBe('bad-url');
  });
});

describe('isPrivateAddress', () => {
  it('refuses loopback, private, link-local, CGNAT, multicast and wrapped IPv4', () => {
    for (const address of [
      '127.0.0.1',
      '10.1.2.3',
      '172.16.0.1',
      '192.168.1.1',
      '169.254.169.254',
      '100.64.0.1',
      '0.0.0.0',
      '224.0.0.1',
      '255.255.255.255',
      '::1',
      '::',
      'fe80::1',
      'fd00::1',
      '::ffff:127.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a9fe:a9fe',
      '[::1]',
      'not-an-ip',
    ]) {
      expect(isPrivateAddress(address), address).toBe(true);
    }
  });

  it('lets public addresses through', () => {
    for (const address of [
      '93.184.216.34',
      '8.8.8.8',
      '2606:2800:220:1:248:1893:25c8:1946',
      '::ffff:8.8.8.8',
    ]) {
      expect(isPrivateAddress(address), address).toBe(false);
    }
  });
});
