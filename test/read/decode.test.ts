import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';

const bytes = (...parts: (number[] | string)[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'utf8')] : p)));

function text(input: Uint8Array): string {
  const result = decode(input, 'f.txt');
  if ('problem' in result) throw new Error(result.problem.message);
  return result.text;
}

describe('decode', () => {
  it('reads UTF-8 and drops a byte-order mark', () => {
    expect(text(bytes('Zürich – “quoted”'))).toBe('Zürich – “quoted”');
    const withBom = decode(bytes([0xef, 0xbb, 0xbf], 'Hi'), 'f.txt');
    expect(withBom).toEqual({ text: 'Hi', encoding: 'utf-8' });
  });

  it('reads UTF-16 with a byte-order mark, either byte order', () => {
    const le = Uint8Array.from([0xff, 0xfe, ...Buffer.from('Café', 'utf16le')]);
    const be = Uint8Array.from([0xfe, 0xff, ...Buffer.from('Café', 'utf16le').swap16()]);
    expect(decode(le, 'f.txt')).toEqual({ text: 'Café', encoding: 'utf-16le' });
    expect(decode(be, 'f.txt')).toEqual({ text: 'Café', encoding: 'utf-16be' });
  });

  it('refuses UTF-16 with a BOM but an odd byte count', () => {
    const result = decode(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]), 'odd.txt');
    expect(result).toMatchObject({ problem: { code: 'encoding' } });
  });

  it('calls a file with a NUL byte binary, naming the offset', () => {
    const result = decode(bytes('abc', [0x00]), 'x.dat');
    expect(result).toMatchObject({ problem: { code: 'binary', path: 'x.dat' } });
    if ('problem' in result)
      expect(result.problem.message).toBe('x.dat: looks like a binary file (NUL byte at offset 3), not text');
  });

  it('calls a file with many control characters binary, but not one with a few', () => {
    const noisy = bytes('ab', [0x01, 0x02, 0x03, 0x04, 0x05, 0x06], 'cd');
    const result = decode(noisy, 'x.dat');
    expect(result).toMatchObject({ problem: { code: 'binary' } });
    if ('problem' in result)
      expect(result.problem.message).toContain('60% control characters in its first 10 bytes');
    const scraped = bytes(
      'A form feed\f, a vertical tab',
      [0x0b],
      ' and plenty of ordinary text around them.\r\n',
    );
    expect(text(scraped)).toContain('vertical tab\u000b and');
  });

  it('decodes every defined Windows-1252 punctuation byte', () => {
    const high = [0x80, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89, 0x8a, 0x8b, 0x8c, 0x8e];
    const high2 = [0x91, 0x92, 0x93, 0x94, 0x95, 0x96, 0x97, 0x98, 0x99, 0x9a, 0x9b, 0x9c, 0x9e, 0x9f];
    // One high byte between letters, as such bytes appear in prose.
    const input = bytes(...[...high, ...high2, 0xe9, 0xff].map((b) => [0x61, 0x61, 0x61, b]), 'a');
    const result = decode(input, 'old.txt');
    expect(result).toMatchObject({ encoding: 'windows-1252' });
    if ('text' in result) {
      expect(result.text.replaceAll('a', '')).toBe('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸéÿ');
      expect(result.note).toMatchObject({ code: 'encoding', path: 'old.txt' });
    }
  });

  it('refuses bytes Windows-1252 leaves undefined', () => {
    const result = decode(bytes('caf', [0xe9, 0x20, 0x81], ' ok'), 'x.txt');
    expect(result).toMatchObject({ problem: { code: 'encoding' } });
    if ('problem' in result) expect(result.problem.message).toContain('invalid byte 0xE9 at offset 3');
  });

  it('refuses Cyrillic Windows-1251 text rather than turning it into accented Latin', () => {
    // "Привет мир" in Windows-1251.
    const cp1251 = Uint8Array.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0xec, 0xe8, 0xf0]);
    expect(decode(cp1251, 'ru.txt')).toMatchObject({ problem: { code: 'encoding' } });
  });

  it('refuses a file that mixes UTF-8 with Windows-1252, naming the first bad byte', () => {
    const mixed = bytes('Zürich ', [0x93], 'quoted', [0x94]);
    const result = decode(mixed, 'mixed.txt');
    expect(result).toMatchObject({ problem: { code: 'encoding' } });
    if ('problem' in result) {
      expect(result.problem.message).toBe(
        'mixed.txt: is not UTF-8 text: invalid byte 0x93 at offset 8; it mixes UTF-8 with another encoding',
      );
    }
  });

  it('does not take overlong or surrogate sequences as UTF-8, and names where they start', () => {
    for (const seq of [
      [0xc0, 0xaf],
      [0xed, 0xa0, 0x80],
      [0xf4, 0x90, 0x80, 0x80],
    ]) {
      const result = decode(bytes('ok', seq, 'x'.repeat(2000)), 'x.txt');
      // Never UTF-8: refused, or (a lone pair of high bytes) read as Windows-1252; either way the offset is named.
      const message = 'problem' in result ? result.problem.message : result.note?.message;
      expect('encoding' in result ? result.encoding : 'refused').not.toBe('utf-8');
      expect(message).toContain(`0x${seq[0]!.toString(16).toUpperCase()} at offset 2`);
    }
  });
});
