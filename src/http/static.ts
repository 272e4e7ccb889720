import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';

const TYPES: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'app.js': 'text/javascript; charset=utf-8',
  'app.js.map': 'application/json; charset=utf-8',
  'app.css': 'text/css; charset=utf-8',
  'favicon.svg': 'image/svg+xml',
};

/** Where `npm run build` puts the page, whether this module runs from src (tsx) or dist. */
export function webRoot(): string {
  return fileURLToPath(new URL('../../dist/web/', import.meta.url));
}

/** Serves the built web page: `/` and its files, read once. */
export function mountWebPage(app: OpenAPIHono, dir = webRoot()): void {
  const files = new Map<string, string>();
  for (const name of Object.keys(TYPES)) {
    const path = `${dir}${name}`;
    if (existsSync(path)) files.set(name, readFileSync(path, 'utf8'));
  }
  const send = (name: string) => (c: Context) => {
    const body = files.get(name);
    if (body === undefined) {
      return c.text('The web page is not built: run `npm run build`, then restart `newsbrief serve`.', 503);
    }
    return c.body(body, 200, { 'content-type': TYPES[name]!, 'cache-control': 'no-cache' });
  };
  app.get('/', send('index.html'));
  for (const name of Object.keys(TYPES)) if (name !== 'index.html') app.get(`/${name}`, send(name));
}
