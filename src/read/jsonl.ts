/**
 * JSON Lines -> piles. Two schemas:
 *  - dataset records `{"id", "docs": [{"id", "title", "date", "text"}], "refs"?: [...]}`:
 *    each line is its own pile, reference summaries kept;
 *  - flat documents `{"id", "title"?, "date"?, "text"}` (the clustering schema):
 *    all of a file's flat lines form one pile.
 * A bad line is reported with its 1-based line number and the others are still read.
 * A `.json` file holding one object or an array of records is read the same way.
 */
import { normaliseDate } from '../extract/date.js';
import type { Pile, Problem, SourceDocument } from '../types.js';
import { safeId, stemOf, UniqueIds } from './ids.js';
import { problem, show } from './problem.js';

/** Past this many broken lines in one file, the rest are counted rather than listed. */
const MAX_LINE_PROBLEMS = 10;

const JSONL_HINT =
  'Each line must be one JSON object: {"id", "docs": [{"id", "title", "date", "text"}]} or {"id", "text"}';

const EMPTY_HINT = 'Fill in the text of that document or remove it from the record';

type Json = Record<string, unknown>;
type LineProblemCode = 'bad-json' | 'bad-record' | 'empty';

/** Where a record sits: its line (JSON Lines) or its index (a JSON array). */
interface Place {
  line?: number;
  index?: number;
}

/** Reads the JSON Lines (or JSON) text of `path` into piles, reporting bad lines and records. */
export function readJsonl(path: string, text: string): { piles: Pile[]; problems: Problem[] } {
  const reader = new RecordReader(path);
  const whole = text.trimStart().startsWith('[') || !firstLineParses(text) ? parseWhole(text) : undefined;
  if (whole !== undefined) {
    if (Array.isArray(whole)) {
      for (const [index, value] of whole.entries()) reader.record(value, { index });
    } else reader.record(whole, {});
    return reader.finish();
  }
  let lineStart = 0;
  for (let line = 1; lineStart <= text.length; line++) {
    const newline = text.indexOf('\n', lineStart);
    const end = newline < 0 ? text.length : newline;
    const raw = text.slice(lineStart, end);
    lineStart = end + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      reader.lineProblem('bad-json', `not valid JSON (${reason}): ${show(raw)}`, line);
      continue;
    }
    reader.record(value, { line });
  }
  return reader.finish();
}

/** Collects piles and problems for one file, keeping ids unique. */
class RecordReader {
  private readonly piles: Pile[] = [];
  private readonly problems: Problem[] = [];
  private readonly stem: string;
  private flat: Pile | undefined;
  private readonly flatIds = new UniqueIds();
  private lineProblems = 0;
  private readonly hiddenCodes = new Set<LineProblemCode>();

  constructor(private readonly path: string) {
    this.stem = safeId(stemOf(path), 'jsonl');
  }

  /** Reads one parsed record. */
  record(value: unknown, place: Place): void {
    if (!isObject(value)) {
      this.lineProblem('bad-record', `expected a JSON object, got ${typeName(value)}`, place.line, place);
      return;
    }
    if ('docs' in value) this.datasetRecord(value, place);
    else if ('text' in value) this.flatDocument(value, place);
    else {
      const fields = Object.keys(value).slice(0, 8).join(', ') || 'none';
      this.lineProblem(
        'bad-record',
        `has neither "docs" (a pile of documents) nor "text" (one document); its fields: ${fields}`,
        place.line,
        place,
      );
    }
  }

  /** Reports a problem on one line, up to a limit per file. */
  lineProblem(code: LineProblemCode, message: string, line?: number, place?: Place): void {
    this.lineProblems++;
    if (this.lineProblems > MAX_LINE_PROBLEMS) {
      this.hiddenCodes.add(code);
      return;
    }
    const text = place?.index === undefined ? message : `record [${place.index}] ${message}`;
    this.problems.push(problem(this.path, code, text, code === 'empty' ? EMPTY_HINT : JSONL_HINT, line));
  }

  /** The piles read, and the problems with a summary of those past the listing limit. */
  finish(): { piles: Pile[]; problems: Problem[] } {
    const hidden = this.lineProblems - MAX_LINE_PROBLEMS;
    if (hidden > 0) {
      // The summary keeps the code when all the unlisted problems share it (e.g. all empty documents).
      const [only] = this.hiddenCodes;
      const code = this.hiddenCodes.size === 1 && only ? only : 'bad-record';
      const what = code === 'empty' ? 'empty documents' : 'bad lines';
      const message = `${hidden} more ${what} not listed (${this.lineProblems} problems in all)`;
      this.problems.push(problem(this.path, code, message, code === 'empty' ? EMPTY_HINT : JSONL_HINT));
    }
    return { piles: this.piles, problems: this.problems };
  }

  private datasetRecord(value: Json, place: Place): void {
    const pileId = idOf(value.id) ?? `${this.stem}-${placeName(place)}`;
    if (!Array.isArray(value.docs)) {
      this.lineProblem(
        'bad-record',
        `"docs" should be a list of documents, got ${typeName(value.docs)}`,
        place.line,
        place,
      );
      return;
    }
    const docPath = this.docPath(place);
    const ids = new UniqueIds();
    const documents: SourceDocument[] = [];
    value.docs.forEach((doc: unknown, i) => {
      const what = `docs[${i}]`;
      if (!isObject(doc) || typeof doc.text !== 'string') {
        const got = isObject(doc) ? `its "text" is ${typeName(doc.text)}` : `it is ${typeName(doc)}`;
        this.lineProblem(
          'bad-record',
          `${what} of pile ${show(pileId)} has no "text" string (${got}); skipped`,
          place.line,
          place,
        );
        return;
      }
      const docId = idOf(doc.id) ?? `${pileId}-d${i}`;
      if (doc.text.trim() === '') {
        this.lineProblem('empty', `${what} (${show(docId)}) has empty text; skipped`, place.line, place);
        return;
      }
      documents.push(toDocument(doc, ids.take(safeId(docId)), docPath));
    });
    if (documents.length === 0) {
      this.lineProblem('bad-record', `pile ${show(pileId)} has no documents with text`, place.line, place);
      return;
    }
    const pile: Pile = { id: pileId, label: docPath, documents };
    if (value.refs !== undefined) {
      const references = referencesOf(value.refs);
      if (references) pile.references = references;
      else
        this.lineProblem(
          'bad-record',
          `"refs" should be a list of strings, got ${typeName(value.refs)}; ignored`,
          place.line,
          place,
        );
    }
    this.piles.push(pile);
  }

  private flatDocument(value: Json, place: Place): void {
    if (typeof value.text !== 'string') {
      this.lineProblem(
        'bad-record',
        `"text" should be a string, got ${typeName(value.text)}`,
        place.line,
        place,
      );
      return;
    }
    const docId = idOf(value.id) ?? `${this.stem}-${placeName(place)}`;
    if (value.text.trim() === '') {
      this.lineProblem('empty', `document ${show(docId)} has empty text; skipped`, place.line, place);
      return;
    }
    if (!this.flat) {
      // The flat pile sits where its first document was, among the file's dataset piles.
      this.flat = { id: this.stem, label: this.path, documents: [] };
      this.piles.push(this.flat);
    }
    this.flat.documents.push(toDocument(value, this.flatIds.take(safeId(docId)), this.docPath(place)));
  }

  private docPath(place: Place): string {
    if (place.line !== undefined) return `${this.path}:${place.line}`;
    return place.index !== undefined ? `${this.path}[${place.index}]` : this.path;
  }
}

function toDocument(value: Json, id: string, path: string): SourceDocument {
  return {
    id,
    path,
    format: 'jsonl',
    text: value.text as string,
    title: stringOrNull(value.title),
    published: normaliseDate(value.date ?? value.published),
    source: stringOrNull(value.source) ?? stringOrNull(value.publisher),
    url: stringOrNull(value.url),
    authors: authorsOf(value.authors ?? value.author),
  };
}

function referencesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const references: string[] = [];
  for (const ref of value) {
    // Some datasets give a reference as its list of sentences.
    if (typeof ref === 'string') references.push(ref);
    else if (Array.isArray(ref) && ref.every((s) => typeof s === 'string')) references.push(ref.join('\n'));
    else return undefined;
  }
  return references;
}

function authorsOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.filter((a): a is string => typeof a === 'string' && a.trim() !== '').map((a) => a.trim());
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

function placeName(place: Place): string {
  return place.line !== undefined ? String(place.line) : place.index !== undefined ? `r${place.index}` : '1';
}

function firstLineParses(text: string): boolean {
  const begin = text.search(/\S/);
  if (begin < 0) return true;
  const end = text.indexOf('\n', begin);
  try {
    JSON.parse(text.slice(begin, end < 0 ? text.length : end));
    return true;
  } catch {
    return false;
  }
}

/** The whole text as one JSON value, or undefined when it is not one (then it is read line by line). */
function parseWhole(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the string ${show(value, 30)}`;
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  return `${typeof value} ${String(value)}`;
}
