/**
 * Recursive folder listing for inputs: hidden entries and node_modules are
 * skipped (they are never articles and can be huge), only readable names are
 * kept, and the result is sorted so every run reads files in the same order.
 */
import type { Dirent } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { isReadableName } from '../../read/format.js';
import { problem } from '../../read/problem.js';
import type { Problem } from '../../types.js';
import { errorCode, unreadableProblem } from './errors.js';

/** What a folder holds for newsbrief. */
export interface FolderListing {
  /** Readable files, as `root` joined with their relative path, sorted. */
  files: string[];
  /** Regular files left out because of their extension. */
  skipped: number;
  /** Subfolders that could not be listed. */
  problems: Problem[];
}

/** Lists the readable files under `root`, following symbolic links but never around a loop. */
export async function walkFolder(root: string): Promise<FolderListing> {
  const listing: FolderListing = { files: [], skipped: 0, problems: [] };
  const seen = new Set<string>();
  await visit(root, listing, seen);
  listing.files.sort(compareCodePoints);
  return listing;
}

/** Plain code-point order: the same on every machine, unlike locale-aware sorting. */
export function compareCodePoints(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True for names a walk never enters or reads. */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

async function visit(dir: string, listing: FolderListing, seen: Set<string>): Promise<void> {
  let real: string;
  let entries: Dirent[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return;
    seen.add(real);
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    listing.problems.push(unreadableProblem(dir, error, 'folder'));
    return;
  }
  for (const entry of entries) {
    if (isIgnoredName(entry.name)) continue;
    const path = join(dir, entry.name);
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = await stat(path);
        isDir = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        if (errorCode(error) === 'ENOENT') {
          listing.problems.push(
            problem(path, 'not-found', 'is a link to a missing file', 'Fix or remove the broken link'),
          );
        } else listing.problems.push(unreadableProblem(path, error, 'file'));
        continue;
      }
    }
    if (isDir) await visit(path, listing, seen);
    else if (isFile && isReadableName(entry.name)) listing.files.push(path);
    else if (isFile) listing.skipped++;
  }
}
