import { describe, expect, it } from 'vitest';
import { readMultiNews } from '../../src/read/multinews.js';

describe('readMultiNews', () => {
  it('makes one pile per line and one document per ||||| segment', () => {
    const raw = [
      'First story . NEWLINE_CHAR NEWLINE_CHAR Second paragraph . ||||| Other outlet NEWLINE_CHAR same story . ||||| ',
      '',
      'Lone document about a flood .',
    ].join('\n');
    const { piles, problems } = readMultiNews('val.src', raw);
    expect(problems).toEqual([]);
    expect(piles.map((p) => [p.id, p.label])).toEqual([
      ['val-1', 'val.src:1'],
      ['val-3', 'val.src:3'],
    ]);
    const docs = piles[0]!.documents;
    expect(docs.map((d) => d.id)).toEqual(['val-1-d0', 'val-1-d1']);
    // Each NEWLINE_CHAR token and its surrounding spaces become one newline.
    expect(docs[0]!.text).toBe('First story .\n\nSecond paragraph .');
    expect(docs[1]!.text).toBe('Other outlet\nsame story .');
    expect(docs[0]).toMatchObject({ format: 'multinews', path: 'val.src:1', title: null });
  });

  it('numbers documents by their position in the line, skipping empty segments', () => {
    const { piles } = readMultiNews('x.src', ' ||||| second ||||| third');
    expect(piles[0]!.documents.map((d) => d.id)).toEqual(['x-1-d1', 'x-1-d2']);
  });

  it('reports a line with only separators and reads the others', () => {
    const { piles, problems } = readMultiNews('x.src', 'a ||||| b\n |||||  ||||| \nc');
    expect(piles.map((p) => p.id)).toEqual(['x-1', 'x-3']);
    expect(problems).toMatchObject([{ code: 'empty', line: 2, path: 'x.src' }]);
    expect(problems[0]!.message).toBe('x.src:2: has only separators and no document text');
  });
});
