/**
 * Every kind of bad input, end to end (paths -> files -> piles): each case gives a
 * good file alongside the bad one and checks that the good one is still read.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/adapters/fs/index.js';
import { readPiles } from '../../src/read/index.js';
import type { Problem } from '../../src/types.js';

const GOOD = 'Rain fell on Tuesday.\nThe river rose by a metre.\n';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbrief-bad-'));
  await writeFile(join(dir, 'good.txt'), GOOD);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function run(paths: string[], maxBytes = 1_000_000) {
  const collected = await collectInputs(paths, { maxBytes });
  const read = readPiles(collected.files);
  const problems: Problem[] = [...collected.problems, ...read.problems];
  const documents = read.piles.flatMap((p) => p.documents);
  return { collected, read, problems, documents };
}

function expectGoodRead(documents: { id: string; text: string }[]): void {
  const good = documents.find((d) => d.id === 'good');
  expect(good?.text).toBe(GOOD);
}

describe('bad inputs are reported and the good ones still read', () => {
  it('a missing path', async () => {
    const missing = join(dir, 'nope.txt');
    const { problems, documents } = await run([missing, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'not-found', path: missing });
    expect(problems[0]!.message).toContain('nope.txt');
    expect(problems[0]!.hint).toBeTruthy();
    expectGoodRead(documents);
  });

  it('a folder with nothing readable', async () => {
    const photos = join(dir, 'photos');
    await mkdir(photos);
    await writeFile(join(photos, 'a.jpg'), 'x');
    await writeFile(join(photos, '.hidden.txt'), 'hidden text');
    const { problems, documents } = await run([photos, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'empty-folder', path: photos });
    expect(problems[0]!.message).toMatch(/photos: .*no readable files.*1 other file skipped/);
    expectGoodRead(documents);
  });

  it('a binary file', async () => {
    const bin = join(dir, 'notes.bin');
    await writeFile(
      bin,
      Buffer.from([0x4e, 0x6f, 0x74, 0x65, 0x73, 0x3a, 0x20, 0x61, 0x62, 0x63, 0x64, 0x65, 0x00, 0x01, 0x02]),
    );
    const { problems, documents } = await run([bin, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'binary', path: bin });
    expect(problems[0]!.message).toContain(
      'notes.bin: looks like a binary file (NUL byte at offset 12), not text',
    );
    expect(problems[0]!.hint).toContain('.txt, .html and .jsonl');
    expectGoodRead(documents);
  });

  it('a Windows-1252 file is decoded, and noted', async () => {
    const old = join(dir, 'old.txt');
    // “café” in Windows-1252: curly quotes 0x93/0x94, é 0xE9.
    await writeFile(
      old,
      Buffer.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x6f, 0x70, 0x65, 0x6e, 0x73, 0x2e]),
    );
    const { problems, documents } = await run([old, join(dir, 'good.txt')]);
    expect(documents.find((d) => d.id === 'old')?.text).toBe('“café” opens.');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'encoding', path: old });
    expect(problems[0]!.message).toContain('read it as Windows-1252');
    expect(problems[0]!.message).toContain('byte 0x93 at offset 0');
    expectGoodRead(documents);
  });

  it('a non-UTF-8 file that is not Windows-1252 is refused', async () => {
    const gbk = join(dir, 'gbk.txt');
    // "News: 中文新闻" in GBK: long runs of high bytes, which Windows-1252 would turn into mojibake.
    await writeFile(
      gbk,
      Buffer.from([0x4e, 0x65, 0x77, 0x73, 0x3a, 0x20, 0xd6, 0xd0, 0xce, 0xc4, 0xd0, 0xc2, 0xce, 0xc5]),
    );
    const { problems, documents } = await run([gbk, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'encoding', path: gbk });
    expect(problems[0]!.message).toContain('gbk.txt: is not UTF-8 text: invalid byte 0xD6 at offset 6');
    expect(problems[0]!.hint).toContain('iconv');
    expect(documents.map((d) => d.id)).toEqual(['good']);
  });

  it('an empty file, and one of only whitespace', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'blank.txt'), ' \n\t\n');
    const { problems, documents } = await run([
      join(dir, 'empty.txt'),
      join(dir, 'blank.txt'),
      join(dir, 'good.txt'),
    ]);
    expect(problems.map((p) => [p.code, p.message.replace(`${dir}/`, '')])).toEqual([
      ['empty', 'empty.txt: is empty (0 bytes)'],
      ['empty', 'blank.txt: holds only whitespace (4 bytes)'],
    ]);
    expect(documents.map((d) => d.id)).toEqual(['good']);
  });

  it('a file over the size limit is refused before reading, naming size, limit and --max-bytes', async () => {
    const big = join(dir, 'big.txt');
    await writeFile(big, 'word '.repeat(100));
    const { problems, documents } = await run([big, join(dir, 'good.txt')], 200);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'too-large', path: big });
    expect(problems[0]!.message).toContain('big.txt: 500 bytes, over the size limit of 200 bytes');
    expect(problems[0]!.hint).toContain('--max-bytes 500');
    expectGoodRead(documents);
  });

  it('a malformed JSON Lines line, with its line number', async () => {
    const jsonl = join(dir, 'piles.jsonl');
    await writeFile(
      jsonl,
      [
        '{"id":"p1","docs":[{"id":"a","text":"First pile text."}]}',
        '{"id":"p2","docs":[{"id":"b","text":"broken"}',
        '',
        '{"id":"p3","docs":[{"id":"c","text":"Third pile text."}]}',
      ].join('\n'),
    );
    const { problems, read } = await run([jsonl, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'bad-json', path: jsonl, line: 2 });
    expect(problems[0]!.message).toContain('piles.jsonl:2: not valid JSON');
    expect(problems[0]!.message).toContain('"broken"');
    expect(read.piles.map((p) => p.id)).toEqual(['p1', 'p3', 'good']);
    expectGoodRead(read.piles.flatMap((p) => p.documents));
  });

  it.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    const { chmod } = await import('node:fs/promises');
    const locked = join(dir, 'locked.txt');
    await writeFile(locked, 'secret');
    await chmod(locked, 0o000);
    const { problems, documents } = await run([locked, join(dir, 'good.txt')]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'unreadable', path: locked });
    expect(problems[0]!.message).toContain('permission denied');
    expectGoodRead(documents);
  });
});
