/**
 * Paths from the command line -> input files as bytes. Files, folders
 * (recursive), glob patterns and `-` (stdin) are accepted; every bad path
 * becomes a problem and the good ones are still read. Files are read in the
 * order the paths were given, each folder's or pattern's files sorted, and a
 * file reached twice (same real path) only once.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isReadableName, READABLE_EXTENSIONS } from '../../read/format.js';
import type { InputFile } from '../../read/input.js';
import { formatBytes, problem } from '../../read/problem.js';
import type { Problem } from '../../types.js';
import { isUrlArgument, readUrl } from '../url.js';
import { errorCode, unreadableProblem } from './errors.js';
import { readStream } from './stdin.js';
import { compareCodePoints, walkFolder } from './walk.js';

/** Limits and sources for `collectInputs`. */
export interface CollectOptions {
  /** Files larger than this are refused before being read. */
  maxBytes: number;
  /** What `-` reads; process.stdin by default. */
  stdin?: NodeJS.ReadableStream;
  /** Let URL inputs reach private, loopback and link-local addresses. */
  allowPrivate?: boolean;
}

/** The files read and the problems met, each naming its path. */
export interface Collected {
  files: InputFile[];
  problems: Problem[];
}

// Enough parallel reads to hide disk latency without running out of file handles.
const CONCURRENCY = 32;
const EXTENSIONS = `${READABLE_EXTENSIONS.join(', ')} or no extension`;

/** Expands and reads `paths`; never throws for a bad input. */
export async function collectInputs(paths: readonly string[], options: CollectOptions): Promise<Collected> {
  const problems: Problem[] = [];
  const candidates: string[] = [];
  for (const path of paths) {
    if (path === '-' || isUrlArgument(path)) candidates.push(path);
    // A loop, not push(...spread): a folder can hold more files than a call has argument slots.
    else for (const file of await expand(path, problems)) candidates.push(file);
  }

  // Stat everything first so duplicates and oversized files are dropped before any byte is read.
  const checked = await mapPool(candidates, (path) => check(path, options.maxBytes));
  const seen = new Set<string>();
  const toRead: string[] = [];
  for (const [i, result] of checked.entries()) {
    const path = candidates[i]!;
    if ('problem' in result) problems.push(result.problem);
    else if (!seen.has(result.real)) {
      seen.add(result.real);
      toRead.push(path);
    }
  }

  const read = await mapPool(toRead, (path) => readInput(path, options));
  const files: InputFile[] = [];
  for (const result of read) {
    if ('problem' in result) problems.push(result.problem);
    else files.push(result);
  }
  return { files, problems };
}

/** One command-line path -> the files it names, in order; problems for what it cannot give. */
async function expand(path: string, problems: Problem[]): Promise<string[]> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT' && errorCode(error) !== 'ENOTDIR') {
      problems.push(unreadableProblem(path, error, 'file'));
      return [];
    }
    // Only a path that does not exist is a pattern: a real file may have [ or * in its name.
    if (isDynamicPattern(path)) return expandGlob(path, problems);
    problems.push(
      problem(
        path,
        'not-found',
        'no such file or folder',
        'Check the spelling of the path, or run from the folder it is relative to',
      ),
    );
    return [];
  }
  if (info.isFile()) return [path];
  if (!info.isDirectory()) {
    problems.push(
      problem(
        path,
        'unsupported',
        'is not a regular file or folder (a device, pipe or socket)',
        'Give files, folders or glob patterns; use - for standard input',
      ),
    );
    return [];
  }
  const listing = await walkFolder(path);
  problems.push(...listing.problems);
  if (listing.files.length === 0) {
    const skipped =
      listing.skipped > 0 ? `; ${listing.skipped} other file${listing.skipped === 1 ? '' : 's'} skipped` : '';
    problems.push(
      problem(
        path,
        'empty-folder',
        `folder has no readable files (looked for ${EXTENSIONS}, hidden entries and node_modules left out${skipped})`,
        'Put the articles in .txt, .html or .jsonl files, or name a file directly to read it whatever its extension',
      ),
    );
  }
  return listing.files;
}

async function expandGlob(pattern: string, problems: Problem[]): Promise<string[]> {
  const matches = await glob(pattern, {
    absolute: isAbsolute(pattern),
    dot: false,
    onlyFiles: true,
    expandDirectories: false,
    ignore: ['**/node_modules/**'],
  });
  // dot: false already keeps wildcards off hidden entries; a hidden folder spelled out in the pattern was asked for.
  const readable = matches.filter(isReadableName).sort(compareCodePoints);
  if (readable.length === 0) {
    const why =
      matches.length === 0
        ? 'no files match this pattern'
        : `matches ${matches.length} file${matches.length === 1 ? '' : 's'}, none of them readable (looked for ${EXTENSIONS})`;
    problems.push(
      problem(
        pattern,
        'not-found',
        why,
        'Check the pattern, or give the folder itself: folders are searched recursively',
      ),
    );
  }
  return readable;
}

type Checked = { real: string } | { problem: Problem };

async function check(path: string, maxBytes: number): Promise<Checked> {
  if (path === '-' || isUrlArgument(path)) return { real: path };
  try {
    const info = await stat(path);
    if (info.size > maxBytes) return { problem: tooLarge(path, info.size, maxBytes) };
    return { real: await realpath(path) };
  } catch (error) {
    return { problem: unreadableProblem(path, error, 'file') };
  }
}

async function readInput(path: string, options: CollectOptions): Promise<InputFile | { problem: Problem }> {
  if (path === '-') return readStdin(options);
  if (isUrlArgument(path))
    return readUrl(path, { maxBytes: options.maxBytes, allowPrivate: options.allowPrivate ?? false });
  try {
    const buffer = await readFile(path);
    // A plain view on the Buffer's memory: no copy of a large file.
    return { path, bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) };
  } catch (error) {
    return { problem: unreadableProblem(path, error, 'file') };
  }
}

async function readStdin(options: CollectOptions): Promise<InputFile | { problem: Problem }> {
  const stream = options.stdin ?? process.stdin;
  if ((stream as { isTTY?: boolean }).isTTY) {
    return {
      problem: problem(
        '-',
        'unreadable',
        'standard input is a terminal, not a file',
        'Pipe the articles in, e.g. cat article.txt | newsbrief brief -',
      ),
    };
  }
  try {
    const read = await readStream(stream, options.maxBytes);
    if ('overLimit' in read) return { problem: tooLarge('-', read.overLimit, options.maxBytes, 'at least ') };
    return { path: '-', bytes: read.bytes };
  } catch (error) {
    return { problem: unreadableProblem('-', error, 'file') };
  }
}

function tooLarge(path: string, size: number, maxBytes: number, atLeast = ''): Problem {
  return problem(
    path,
    'too-large',
    `${atLeast}${formatBytes(size)}, over the size limit of ${formatBytes(maxBytes)}`,
    `Raise the limit with --max-bytes ${Math.max(size, maxBytes + 1)} (or more), or split the input into smaller files`,
  );
}

/** Maps `items` with at most CONCURRENCY calls in flight, results in input order. */
async function mapPool<T, R>(items: readonly T[], fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
  return results;
}
