import { describe, expect, it } from 'vitest';
import { detectFormat, isReadableName } from '../../src/read/format.js';

describe('detectFormat', () => {
  it('goes by extension first', () => {
    expect(detectFormat('a.HTML', 'plain words')).toBe('html');
    expect(detectFormat('a.htm', 'plain words')).toBe('html');
    expect(detectFormat('a.jsonl', 'x')).toBe('jsonl');
    expect(detectFormat('a.json', 'x')).toBe('jsonl');
    expect(detectFormat('a.txt', 'Some article.')).toBe('text');
    expect(detectFormat('a.md', '# Title')).toBe('text');
  });

  it('sniffs files without an extension, and stdin', () => {
    expect(detectFormat('-', '  <!DOCTYPE html><html><body>x</body></html>')).toBe('html');
    expect(detectFormat('page', '<div class="story"><p>x</p></div>')).toBe('html');
    expect(detectFormat('-', '{"id":"1","text":"a"}\n{"id":"2","text":"b"}\n')).toBe('jsonl');
    expect(detectFormat('-', '{\n  "id": "1",\n  "docs": []\n}\n')).toBe('jsonl');
    expect(detectFormat('raw', 'doc one NEWLINE_CHAR more ||||| doc two\n')).toBe('multinews');
    expect(detectFormat('notes', 'Rain fell {heavily} today.')).toBe('text');
    expect(detectFormat('notes', '{not json at all} but prose')).toBe('text');
  });

  it('reads a JSON Lines stream whose first record is long', () => {
    const long = JSON.stringify({ id: 'x', text: 'word '.repeat(3000) });
    expect(detectFormat('-', `${long}\n${long}\n`)).toBe('jsonl');
  });

  it('keeps .txt files as text unless they are clearly a page or Multi-News', () => {
    expect(detectFormat('a.txt', '<Reuters> reports that rain fell.')).toBe('text');
    expect(detectFormat('a.txt', '<html><body><p>x</p></body></html>')).toBe('html');
    expect(detectFormat('val.src.txt', 'a ||||| b')).toBe('multinews');
  });
});

describe('isReadableName', () => {
  it('accepts the article extensions and names without one', () => {
    expect(
      ['a.txt', 'a.text', 'b.HTML', 'c.htm', 'd.jsonl', 'e.json', 'f.md', 'README'].every(isReadableName),
    ).toBe(true);
    expect(['a.jpg', 'b.pdf', 'c.src', 'archive.tar.gz'].some(isReadableName)).toBe(false);
  });
});
