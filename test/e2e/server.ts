import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { type Browser, chromium } from 'playwright-core';
import { createApp } from '../../src/http/app.js';
import { mountWebPage } from '../../src/http/static.js';
import { Ingestor } from '../../src/service/ingest.js';
import { openSqliteStore } from '../../src/store/sqlite/sqlite-store.js';

/** A real newsbrief server on a free loopback port, over a fresh database. */
export async function startServer(): Promise<{ url: string; stop: () => Promise<void> }> {
  const store = openSqliteStore(join(mkdtempSync(join(tmpdir(), 'newsbrief-e2e-')), 'e2e.db'));
  const app = createApp({ store, ingestor: await Ingestor.open(store), mount: (a) => mountWebPage(a) });
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())).then(() => store.close()),
  };
}

/** Debian's chromium, headless, with the flags this machine's closed network needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
