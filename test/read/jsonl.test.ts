import { describe, expect, it } from 'vitest';
import { readJsonl } from '../../src/read/jsonl.js';

const lines = (...records: unknown[]): string =>
  records.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n');

describe('readJsonl: dataset records', () => {
  it('makes one pile per line, keeping ids, dates, titles and references', () => {
    const { piles, problems } = readJsonl(
      'sets.jsonl',
      lines(
        {
          id: 'd1',
          docs: [
            { id: 'APW1', title: null, date: '1998-10-16', text: 'Hun Sen rejected talks.' },
            { id: 'NYT2', title: 'Talks', date: '1998-10-17T09:30:00Z', text: 'Opposition leaders met.' },
          ],
          refs: ['Summary one.\nSecond line.', 'Summary two.'],
        },
        { id: 'd2', docs: [{ id: 'x', date: 'garbage', text: 'Only one.' }] },
      ),
    );
    expect(problems).toEqual([]);
    expect(piles.map((p) => [p.id, p.label, p.documents.length])).toEqual([
      ['d1', 'sets.jsonl:1', 2],
      ['d2', 'sets.jsonl:2', 1],
    ]);
    expect(piles[0]!.references).toEqual(['Summary one.\nSecond line.', 'Summary two.']);
    expect(piles[1]!.references).toBeUndefined();
    expect(piles[0]!.documents[1]).toEqual({
      id: 'NYT2',
      path: 'sets.jsonl:1',
      format: 'jsonl',
      text: 'Opposition leaders met.',
      title: 'Talks',
      published: '1998-10-17',
      source: null,
      url: null,
      authors: [],
    });
    expect(piles[1]!.documents[0]!.published).toBeNull();
  });

  it('makes document ids unique within a pile and fills in missing ones', () => {
    const { piles } = readJsonl(
      'a.jsonl',
      lines({
        id: 'p',
        docs: [
          { id: 'same', text: 'a' },
          { id: 'same', text: 'b' },
          { text: 'c' },
          { id: 'same', text: 'd' },
        ],
      }),
    );
    expect(piles[0]!.documents.map((d) => d.id)).toEqual(['same', 'same-2', 'p-d2', 'same-3']);
  });

  it('reports bad records with their line number and reads the rest', () => {
    const { piles, problems } = readJsonl(
      'bad.jsonl',
      lines(
        { id: 'ok1', docs: [{ id: 'a', text: 'Good.' }] },
        [1, 2, 3],
        { id: 'p3', docs: 'not a list' },
        {
          id: 'p4',
          docs: [
            { id: 'n', text: 42 },
            { id: 'e', text: '  ' },
            { id: 'g', text: 'Kept.' },
          ],
        },
        { id: 'p5', docs: [{ id: 'a', text: 'Text.' }], refs: 'one string' },
        { headline: 'no text here' },
        { id: 'ok7', docs: [{ id: 'b', text: 'Also good.' }] },
      ),
    );
    expect(piles.map((p) => p.id)).toEqual(['ok1', 'p4', 'p5', 'ok7']);
    expect(piles[1]!.documents.map((d) => d.id)).toEqual(['g']);
    expect(problems.map((p) => [p.line, p.code])).toEqual([
      [2, 'bad-record'],
      [3, 'bad-record'],
      [4, 'bad-record'],
      [4, 'empty'],
      [5, 'bad-record'],
      [6, 'bad-record'],
    ]);
    const messages = problems.map((p) => p.message);
    expect(messages[0]).toBe('bad.jsonl:2: expected a JSON object, got a list');
    expect(messages[1]).toContain(
      `bad.jsonl:3: "docs" should be a list of documents, got the string 'not a list'`,
    );
    expect(messages[2]).toContain(`docs[0] of pile 'p4' has no "text" string (its "text" is number 42)`);
    expect(messages[4]).toContain('"refs" should be a list of strings');
    expect(messages[5]).toContain('its fields: headline');
    for (const p of problems) expect(p.hint).toBeTruthy();
  });

  it('names the line of broken JSON, and stops listing after ten', () => {
    const text = lines(...Array.from({ length: 13 }, (_, i) => `{"id": "p${i}", "docs": [`), {
      id: 'ok',
      docs: [{ text: 'x' }],
    });
    const { piles, problems } = readJsonl('many.jsonl', text);
    expect(piles.map((p) => p.id)).toEqual(['ok']);
    expect(problems).toHaveLength(11);
    expect(problems[0]).toMatchObject({ code: 'bad-json', line: 1 });
    expect(problems[0]!.message).toMatch(
      /^many\.jsonl:1: not valid JSON \(.+\): '\{"id": "p0", "docs": \['$/,
    );
    expect(problems[10]).toMatchObject({ code: 'bad-json' });
    expect(problems[10]!.message).toBe('many.jsonl: 3 more bad lines not listed (13 problems in all)');
  });

  it('counts lines across blank and CRLF lines', () => {
    const { problems } = readJsonl('crlf.jsonl', '{"id":"a","text":"x"}\r\n\r\n{oops}\r\n');
    expect(problems).toMatchObject([{ code: 'bad-json', line: 3 }]);
  });
});

describe('readJsonl: flat documents', () => {
  it('gathers a file of flat documents into one pile named after the file', () => {
    const { piles, problems } = readJsonl(
      'data/stream.jsonl',
      lines(
        {
          id: 'APW1',
          date: '1998-10-01',
          title: null,
          text: 'Yeltsin burned his hand.',
          lang: 'en',
          cluster: 't1',
        },
        { id: 'APW2', text: 'Rebels attacked a village.', publisher: 'AP', url: 'https://example.org/2' },
        { text: 'No id.' },
      ),
    );
    expect(problems).toEqual([]);
    expect(piles).toHaveLength(1);
    expect(piles[0]!.id).toBe('stream');
    expect(piles[0]!.label).toBe('data/stream.jsonl');
    expect(piles[0]!.documents.map((d) => [d.id, d.path, d.published, d.source])).toEqual([
      ['APW1', 'data/stream.jsonl:1', '1998-10-01', null],
      ['APW2', 'data/stream.jsonl:2', null, 'AP'],
      ['stream-3', 'data/stream.jsonl:3', null, null],
    ]);
  });

  it('reads a .json file holding an array of records, or one pretty-printed record', () => {
    const array = readJsonl(
      'set.json',
      JSON.stringify(
        [
          { id: 'a', docs: [{ text: 'x' }] },
          { id: 'b', docs: [] },
        ],
        null,
        2,
      ),
    );
    expect(array.piles.map((p) => [p.id, p.label])).toEqual([['a', 'set.json[0]']]);
    expect(array.problems[0]!.message).toBe(`set.json: record [1] pile 'b' has no documents with text`);
    const one = readJsonl('one.json', JSON.stringify({ id: 'solo', text: 'Alone.' }, null, 2));
    expect(one.piles[0]!.documents.map((d) => d.id)).toEqual(['solo']);
  });
});
