import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** The path of `../shared/<rel>` beside the repository; fails loudly when it is absent. */
export function sharedPath(rel: string): string {
  const path = join(ROOT, '..', 'shared', rel);
  if (!existsSync(path)) {
    throw new Error(
      `${path} is missing: these tests read the seeds and evaluation data from ../shared beside the repo`,
    );
  }
  return path;
}
