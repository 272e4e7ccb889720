import { describe, expect, it } from 'vitest';
import {
  charsetFromContentType,
  declaredCharset,
  decodeHtml,
  decodeHtmlInput,
} from '../../src/extract/charset.js';
import { readPiles } from '../../src/read/index.js';

const bytes = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
// "日本語" in Shift_JIS.
const SJIS_NIHONGO = [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea];

describe('decodeHtml', () => {
  it('takes a byte-order mark first', () => {
    expect(decodeHtml(Uint8Array.of(0xef, 0xbb, 0xbf, ...utf8('<p>é</p>')))).toEqual({
      text: '<p>é</p>',
      charset: 'utf-8',
      source: 'bom',
    });
    const le = Uint8Array.of(0xff, 0xfe, ...[...'<p>é'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeHtml(le, 'text/html; charset=iso-8859-1')).toMatchObject({ text: '<p>é', source: 'bom' });
  });

  it('then the Content-Type header, over the page declaration', () => {
    const page = bytes('<meta charset="utf-8"><p>caf\xe9</p>');
    expect(decodeHtml(page, 'text/html; charset=ISO-8859-1')).toMatchObject({
      text: '<meta charset="utf-8"><p>café</p>',
      charset: 'windows-1252',
      source: 'header',
    });
  });

  it('then <meta charset>, http-equiv or an XML declaration', () => {
    const sjis = Uint8Array.of(
      ...utf8('<html><head><meta charset="Shift_JIS"></head><body><p>'),
      ...SJIS_NIHONGO,
    );
    expect(decodeHtml(sjis)).toMatchObject({ charset: 'shift_jis', source: 'meta' });
    expect(decodeHtml(sjis).text).toContain('<p>日本語');
    const equiv = bytes(
      '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251"><p>\xcf\xf0\xe8\xe2\xe5\xf2</p>',
    );
    expect(decodeHtml(equiv).text).toContain('Привет');
    const xml = bytes('<?xml version="1.0" encoding="ISO-8859-1"?><rss><title>Caf\xe9</title></rss>');
    expect(decodeHtml(xml).text).toContain('Café');
  });

  it('then UTF-8 when the bytes are valid UTF-8, else Windows-1252 with its curly quotes', () => {
    expect(decodeHtml(utf8('<p>“naïve”</p>'))).toMatchObject({ text: '<p>“naïve”</p>', source: 'utf-8' });
    expect(decodeHtml(bytes('<p>\x93naive\x94 \x80 5</p>'))).toMatchObject({
      text: '<p>“naive” € 5</p>',
      charset: 'windows-1252',
      source: 'guess',
    });
  });

  it('reads latin1 labels as Windows-1252, UTF-16 in markup as UTF-8, and ignores unknown labels', () => {
    expect(decodeHtml(bytes('<p>\x93x\x94</p>'), 'text/html; charset=latin1').text).toBe('<p>“x”</p>');
    expect(decodeHtml(utf8('<meta charset="utf-16"><p>é</p>'))).toMatchObject({
      charset: 'utf-8',
      source: 'meta',
    });
    expect(decodeHtml(utf8('<meta charset="klingon"><p>é</p>'))).toMatchObject({
      charset: 'utf-8',
      source: 'utf-8',
    });
  });
});

describe('charset helpers', () => {
  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset="UTF-8"')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(undefined)).toBeNull();
  });

  it('finds the declaration only near the top of the page', () => {
    expect(declaredCharset(bytes(`<meta charset='koi8-r'>`))).toBe('koi8-r');
    expect(declaredCharset(bytes(`${' '.repeat(5000)}<meta charset="koi8-r">`))).toBeNull();
  });
});

describe('decodeHtmlInput, the read stage hook', () => {
  const cp1251 = bytes(
    '<html><head><meta charset="windows-1251"><title>x</title></head><body><p>\xcf\xf0\xe8\xe2\xe5\xf2, \xec\xe8\xf0</p></body></html>',
  );

  it('decodes .html files and fetched pages that declare another encoding', () => {
    expect(decodeHtmlInput('page.html', cp1251)?.text).toContain('Привет, мир');
    expect(
      decodeHtmlInput('https://x.example/a', bytes('<p>caf\xe9</p>'), 'text/html; charset=iso-8859-1')?.text,
    ).toBe('<p>café</p>');
  });

  it('leaves UTF-8 pages and other files to the ordinary reading', () => {
    expect(decodeHtmlInput('page.html', utf8('<meta charset="utf-8"><p>é</p>'))).toBeUndefined();
    expect(decodeHtmlInput('page.html', utf8('<p>é</p>'))).toBeUndefined();
    expect(decodeHtmlInput('notes.txt', cp1251)).toBeUndefined();
  });

  it('lets readPiles brief a Windows-1251 page', () => {
    const { piles, problems } = readPiles([{ path: 'ru.html', bytes: cp1251 }]);
    expect(problems).toEqual([]);
    expect(piles[0]!.documents[0]!.text).toBe('Привет, мир');
  });
});
