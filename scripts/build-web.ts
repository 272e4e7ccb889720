/** Bundles the web page (src/web) into dist/web: one script, one stylesheet, an icon and the HTML shell. */
import { copyFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}dist/web`;
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [`${root}src/web/client/main.ts`],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  minify: true,
  sourcemap: true,
  outfile: `${out}/app.js`,
});
for (const f of ['index.html', 'app.css', 'favicon.svg'])
  copyFileSync(`${root}src/web/static/${f}`, `${out}/${f}`);
console.log(`built the web page into ${out}`);
