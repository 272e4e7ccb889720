/**
 * Multi-News raw form (`*.src`): one cluster per line, its documents joined by
 * `|||||`, newlines inside a document spelled `NEWLINE_CHAR`. Each line
 * becomes one pile.
 *
 * Offsets: a document's `text` is its segment with every `NEWLINE_CHAR` token
 * (and the spaces or tabs around it) turned into one `\n`, then trimmed. So
 * "a . NEWLINE_CHAR NEWLINE_CHAR b" reads "a .\n\nb", paragraphs come out as
 * blank-line separated like every other format, and later offsets index that
 * text; the raw line is not an offset space (its tokens are not content).
 */
import type { Pile, Problem, SourceDocument } from '../types.js';
import { safeId, stemOf, UniqueIds } from './ids.js';
import { problem } from './problem.js';

const SEPARATOR = '|||||';
const NEWLINE_TOKEN = /[ \t]*NEWLINE_CHAR[ \t]*/g;

/** Reads Multi-News raw text from `path`: one pile per non-blank line. */
export function readMultiNews(path: string, text: string): { piles: Pile[]; problems: Problem[] } {
  const piles: Pile[] = [];
  const problems: Problem[] = [];
  const stem = safeId(stemOf(path), 'multinews');
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    const pileId = `${stem}-${line}`;
    const docPath = `${path}:${line}`;
    const ids = new UniqueIds();
    const documents: SourceDocument[] = [];
    raw.split(SEPARATOR).forEach((segment, position) => {
      const docText = segment.replace(NEWLINE_TOKEN, '\n').trim();
      // The raw files end many lines with a separator and an empty segment: nothing was lost there.
      if (docText === '') return;
      documents.push({
        // Numbered by position in the line, as Multi-News annotations (kept-document lists) count them.
        id: ids.take(`${pileId}-d${position}`),
        path: docPath,
        format: 'multinews',
        text: docText,
        title: null,
        published: null,
        source: null,
        url: null,
        authors: [],
      });
    });
    if (documents.length === 0) {
      problems.push(
        problem(
          path,
          'empty',
          'has only separators and no document text',
          'Remove the line, or put documents between the ||||| separators',
          line,
        ),
      );
      return;
    }
    piles.push({ id: pileId, label: docPath, documents });
  });
  return { piles, problems };
}
