import { serve } from '@hono/node-server';
import type { Command } from 'commander';
import { createApp } from '../../http/app.js';
import { isLoopback } from '../../http/security.js';
import { mountWebPage } from '../../http/static.js';
import { Ingestor } from '../../service/ingest.js';
import { openSqliteStore } from '../../store/sqlite/sqlite-store.js';
import { withDb } from '../db.js';
import { positiveInt, UsageError } from '../usage.js';

/**
 * Refuses to expose write endpoints beyond this machine without a token:
 * anything but loopback needs NEWSBRIEF_TOKEN.
 */
export function checkBind(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new UsageError(
      `refusing to serve on ${host} without a token: set NEWSBRIEF_TOKEN (write requests must then send it as a bearer token), or bind to 127.0.0.1`,
    );
  }
}

/** `newsbrief serve`: the JSON API and the web page in one process. */
export function registerServe(program: Command): void {
  withDb(program.command('serve'))
    .description('serve the JSON API (and the web page) over the store')
    .option('--port <n>', 'port to listen on', positiveInt, 8080)
    .option('--host <address>', 'address to bind', '127.0.0.1')
    .option('--max-body <bytes>', 'largest request body accepted', positiveInt, 10 * 1024 * 1024)
    .action(async (flags: { db: string; port: number; host: string; maxBody: number }) => {
      const token = process.env.NEWSBRIEF_TOKEN || undefined;
      checkBind(flags.host, token);
      const store = openSqliteStore(flags.db);
      const ingestor = await Ingestor.open(store);
      const app = createApp({
        store,
        ingestor,
        token,
        maxBodyBytes: flags.maxBody,
        mount: (a) => mountWebPage(a),
      });
      const server = serve({ fetch: app.fetch, port: flags.port, hostname: flags.host }, (info) => {
        process.stderr.write(`newsbrief: serving ${flags.db} on http://${flags.host}:${info.port}\n`);
      });
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await store.close();
    });
}
