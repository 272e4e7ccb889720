import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A route: answers one path (what it returns is ignored, once awaited). */
export type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;

/** A real HTTP server on 127.0.0.1 with a random port, counting the requests each path receives. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  port: number;
  /** Requests received per path (query included), counted when they arrive. */
  hits: Map<string, number>;
  /** Responses fully sent per path. */
  completed: Map<string, number>;
  close(): Promise<void>;
}

/** Starts a server answering `routes` (by path, query included); other paths get 404. */
export async function startServer(routes: Record<string, Handler>): Promise<TestServer> {
  const hits = new Map<string, number>();
  const completed = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = req.url ?? '/';
    hits.set(path, (hits.get(path) ?? 0) + 1);
    res.on('finish', () => completed.set(path, (completed.get(path) ?? 0) + 1));
    const handler = routes[path];
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    hits,
    completed,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler sending `body` with `type`. */
export function send(
  body: string | Uint8Array,
  type = 'text/html; charset=utf-8',
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': type, ...headers }).end(body);
  };
}

/** A short article page. */
export function articlePage(title: string, paragraphs: readonly string[], extraHead = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${extraHead}</head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article><footer>© 2026 Test Site</footer></body></html>`;
}
