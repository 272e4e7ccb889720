import { describe, expect, it } from 'vitest';
import { remainder, splitLines } from '../../src/clean/lines.js';

describe('splitLines', () => {
  it('makes every line a paragraph, trimmed, with exact offsets', () => {
    const text = '  First line.  \n\nSecond line.\r\nThird line.\n   \n';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['First line.', 'Second line.', 'Third line.']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
    expect(lines.map((l) => l.index)).toEqual([0, 1, 2]);
  });

  it('breaks lines at every line terminator, Unicode separators included', () => {
    const text = 'One.\u2028Two.\u2029\rThree.\r\n\r\nFour.';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual(['One.', 'Two.', 'Three.', 'Four.']);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.text);
  });

  it('joins a hard-wrapped line that continues in lower case', () => {
    const text = 'The minister said the plan\nwould be ready in May.\nA new paragraph starts here.';
    const lines = splitLines(text);
    expect(lines.map((l) => l.text)).toEqual([
      'The minister said the plan\nwould be ready in May.',
      'A new paragraph starts here.',
    ]);
  });

  it('does not join across a blank line or after a full stop', () => {
    const text = 'The plan was ready.\nlater it was dropped\n\nagain it came back';
    expect(splitLines(text).map((l) => l.text)).toEqual([
      'The plan was ready.',
      'later it was dropped',
      'again it came back',
    ]);
  });

  it('returns nothing for blank text', () => {
    expect(splitLines(' \n\t\n')).toEqual([]);
  });

  it('cuts a prefix and trims what remains', () => {
    const text = 'PARIS (AP) — The talks resumed.';
    const [line] = splitLines(text);
    const rest = remainder(line!, 'PARIS (AP) —'.length);
    expect(rest?.text).toBe('The talks resumed.');
    expect(text.slice(rest!.start, rest!.end)).toBe('The talks resumed.');
    expect(remainder(line!, line!.end)).toBeNull();
  });
});
