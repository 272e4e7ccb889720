import { describe, expect, it } from 'vitest';
import { type InputFile, readPiles } from '../../src/read/index.js';

const file = (path: string, text: string | number[]): InputFile => ({
  path,
  bytes: typeof text === 'string' ? new TextEncoder().encode(text) : Uint8Array.from(text),
});

const PAGE = `<!DOCTYPE html><html><head><title>Flood - The Courier</title>
<meta property="og:site_name" content="The Courier"></head>
<body><article><h1>Flood</h1><p>The river rose two metres overnight and flooded the lower town.</p></article></body></html>`;

describe('readPiles', () => {
  it('puts text and HTML files given together into one pile named after their folder', () => {
    const { piles, problems } = readPiles([
      file('news/a.txt', 'Rain fell.'),
      file('news/b.html', PAGE),
      file('news/sub/c.txt', 'More rain.'),
    ]);
    expect(problems).toEqual([]);
    expect(piles).toHaveLength(1);
    expect(piles[0]).toMatchObject({ id: 'news', label: 'news' });
    expect(piles[0]!.documents.map((d) => [d.id, d.format])).toEqual([
      ['a', 'text'],
      ['b', 'html'],
      ['c', 'text'],
    ]);
    const html = piles[0]!.documents[1]!;
    expect(html.title).toBe('Flood');
    expect(html.source).toBe('The Courier');
    expect(html.text).toContain('The river rose two metres overnight');
  });

  it('keeps plain text byte-faithful: no trimming, CRLF and leading spaces kept', () => {
    const text = '\uFEFF  (Source: CGTN)\r\nRussia vetoed.\r\n\r\n';
    const { piles } = readPiles([file('a.txt', text)]);
    // Only the byte-order mark goes: it is an encoding marker, not text.
    expect(piles[0]!.documents[0]!.text).toBe(text.slice(1));
  });

  it('suffixes colliding document ids, the same way on every run', () => {
    const inputs = [file('x/report.txt', 'one'), file('y/report.html', PAGE), file('z/report.txt', 'three')];
    const first = readPiles(inputs);
    expect(first.piles[0]!.documents.map((d) => d.id)).toEqual(['report', 'report-2', 'report-3']);
    expect(readPiles(inputs)).toEqual(first);
  });

  it('makes ids safe for sentence ids', () => {
    const { piles } = readPiles([file('my notes: day 1.txt', 'x')]);
    expect(piles[0]!.documents[0]!.id).toBe('my-notes-day-1');
    expect(piles[0]).toMatchObject({ id: 'my-notes-day-1', label: 'my notes: day 1.txt' });
  });

  it('names the loose pile from options when given, and from the files otherwise', () => {
    expect(readPiles([file('a.txt', 'x'), file('b.txt', 'y')]).piles[0]).toMatchObject({
      id: 'pile',
      label: 'a.txt, b.txt',
    });
    expect(readPiles([file('-', 'x')]).piles[0]).toMatchObject({ id: 'stdin', label: '-' });
    expect(readPiles([file('/a.txt', 'x'), file('/b.txt', 'y')]).piles[0]).toMatchObject({
      id: 'pile',
      label: '/',
    });
    const named = readPiles([file('a.txt', 'x')], { label: 'a.txt b.txt', id: 'mine' });
    expect(named.piles[0]).toMatchObject({ id: 'mine', label: 'a.txt b.txt' });
  });

  it('gives every JSON Lines and Multi-News record its own pile, in input order, ids unique', () => {
    const record = JSON.stringify({ id: 'd1', docs: [{ id: 'a', text: 'x' }], refs: ['r'] });
    const { piles } = readPiles([
      file('one.jsonl', record),
      file('loose.txt', 'text'),
      file('two.jsonl', `${record}\n`),
      file('raw', 'a NEWLINE_CHAR b ||||| c'),
    ]);
    expect(piles.map((p) => [p.id, p.label])).toEqual([
      ['d1', 'one.jsonl:1'],
      ['loose', 'loose.txt'],
      ['d1-2', 'two.jsonl:1'],
      ['raw-1', 'raw:1'],
    ]);
    expect(piles[3]!.documents.map((d) => d.text)).toEqual(['a\nb', 'c']);
  });

  it('sniffs stdin: a JSON Lines stream becomes record piles', () => {
    const { piles } = readPiles([file('-', '{"id":"s1","text":"From a pipe."}\n')]);
    expect(piles).toMatchObject([{ id: 'stdin', label: '-', documents: [{ id: 's1', path: '-:1' }] }]);
  });

  it('reports an HTML file with no text and reads the rest', () => {
    const { piles, problems } = readPiles([
      file('blank.html', '<html><head><title>Nothing</title></head><body><script>x()</script></body></html>'),
      file('a.txt', 'Kept.'),
    ]);
    expect(problems).toMatchObject([{ code: 'no-text', path: 'blank.html' }]);
    expect(problems[0]!.message).toBe('blank.html: has no readable text in its HTML body');
    expect(piles[0]!.documents.map((d) => d.id)).toEqual(['a']);
  });

  it('returns no piles, only problems, when nothing can be read', () => {
    const { piles, problems } = readPiles([file('a.bin', [0, 1, 2]), file('b.txt', '')]);
    expect(piles).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(['binary', 'empty']);
  });
});
