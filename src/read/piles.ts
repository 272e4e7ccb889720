/**
 * Input files -> piles. Loose text and HTML files given together form one
 * pile; every JSON Lines or Multi-News record is a pile of its own. One bad
 * file is a problem, never an exception: the rest is still read.
 */
import { decodeHtmlInput } from '../extract/charset.js';
import type { Pile, Problem, SourceDocument } from '../types.js';
import { decode } from './decode.js';
import { detectFormat } from './format.js';
import { readHtml } from './html.js';
import { baseName, safeId, stemOf, UniqueIds } from './ids.js';
import type { InputFile, ReadOptions, ReadResult } from './input.js';
import { readJsonl } from './jsonl.js';
import { readMultiNews } from './multinews.js';
import { formatBytes, problem } from './problem.js';
import { readText } from './text.js';

const EMPTY_HINT = 'Remove the file from the input, or check that it was saved completely';

/** Reads `files` (in the order given) into piles; ids are unique and the same on every run. */
export function readPiles(files: readonly InputFile[], options: ReadOptions = {}): ReadResult {
  const piles: Pile[] = [];
  const problems: Problem[] = [];
  const loose: SourceDocument[] = [];
  const loosePaths: string[] = [];
  const looseIds = new UniqueIds();
  let looseAt = -1;

  for (const file of files) {
    const { path, bytes } = file;
    if (bytes.length === 0) {
      problems.push(problem(path, 'empty', 'is empty (0 bytes)', EMPTY_HINT));
      continue;
    }
    const decoded = decodeHtmlInput(path, bytes, file.contentType) ?? decode(bytes, path);
    if ('problem' in decoded) {
      problems.push(decoded.problem);
      continue;
    }
    if (decoded.note) problems.push(decoded.note);
    if (decoded.text.trim() === '') {
      problems.push(
        problem(path, 'empty', `holds only whitespace (${formatBytes(bytes.length)})`, EMPTY_HINT),
      );
      continue;
    }
    const format = detectFormat(path, decoded.text);
    if (format === 'jsonl' || format === 'multinews') {
      const read = format === 'jsonl' ? readJsonl(path, decoded.text) : readMultiNews(path, decoded.text);
      // A loop, not push(...spread): a dataset can hold more records than a call has argument slots.
      for (const pile of read.piles) piles.push(pile);
      for (const p of read.problems) problems.push(p);
      continue;
    }
    const base = safeId(stemOf(path));
    const read =
      format === 'html'
        ? readHtml(path, decoded.text, base)
        : { document: readText(path, decoded.text, base) };
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    read.document.id = looseIds.take(base);
    if (looseAt < 0) looseAt = piles.length;
    loose.push(read.document);
    loosePaths.push(path);
  }

  if (loose.length > 0) piles.splice(looseAt, 0, { ...loosePileName(loosePaths, options), documents: loose });
  const pileIds = new UniqueIds();
  for (const pile of piles) pile.id = pileIds.take(pile.id);
  return { piles, problems };
}

/** Names the pile of loose files after the folder they share, else after the files. */
function loosePileName(paths: string[], options: ReadOptions): { id: string; label: string } {
  const only = paths.length === 1 ? paths[0] : undefined;
  const dir = commonFolder(paths);
  const label = options.label ?? only ?? dir ?? paths.join(', ');
  const id = options.id ?? safeId(only !== undefined ? stemOf(only) : dir ? baseName(dir) : '', 'pile');
  return { id, label };
}

/** The deepest folder containing every path, or undefined when they share none. */
function commonFolder(paths: string[]): string | undefined {
  let common: string[] | undefined;
  for (const path of paths) {
    if (path === '-') return undefined;
    const parts = path.split(/[/\\]/).slice(0, -1);
    if (!common) {
      common = parts;
      continue;
    }
    let n = 0;
    while (n < common.length && n < parts.length && common[n] === parts[n]) n++;
    common = common.slice(0, n);
  }
  if (!common || common.length === 0) return undefined;
  const folder = common.join('/');
  // Paths under the root ("/a.txt") share "" by splitting; the root itself is the shared folder.
  return folder === '' ? '/' : folder;
}
