/**
 * The packages only HTML input needs, loaded the first time a page is read.
 * linkedom and eld's language model take about half a second of CPU to load,
 * which a pile of plain text or JSON Lines should not pay. `require` loads
 * them synchronously, so extraction stays a plain function (Node 20.19 and
 * later `require` ES modules too).
 */
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

let linkedom: typeof import('linkedom') | undefined;
let eldSmall: typeof import('eld/small') | undefined;

/** linkedom, loaded on first use. */
export function linkedomPackage(): typeof import('linkedom') {
  linkedom ??= require('linkedom') as typeof import('linkedom');
  return linkedom;
}

/** eld with its small model, loaded on first use. */
export function eldPackage(): typeof import('eld/small') {
  // eld publishes ES modules under an "import" condition only, which `require` does not match: resolve it as an
  // import would, then load the file.
  eldSmall ??= require(fileURLToPath(import.meta.resolve('eld/small'))) as typeof import('eld/small');
  return eldSmall;
}
