import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { collectInputs } from '../../src/adapters/fs/index.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'newsbrief-in-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function files(tree: Record<string, string>): Promise<void> {
  for (const [name, text] of Object.entries(tree)) {
    await mkdir(join(dir, name, '..'), { recursive: true });
    await writeFile(join(dir, name), text);
  }
}

const rel = (paths: { path: string }[]): string[] => paths.map((f) => relative(dir, f.path));
const opts = { maxBytes: 1_000_000 };

describe('collectInputs: folders', () => {
  it('walks folders recursively, sorted, skipping hidden entries, node_modules and other extensions', async () => {
    await files({
      'news/b.txt': 'b',
      'news/a.html': '<p>a</p>',
      'news/sub/c.jsonl': '{}',
      'news/sub/README': 'no extension',
      'news/sub/photo.jpg': 'jpg',
      'news/.git/x.txt': 'hidden folder',
      'news/.draft.txt': 'hidden file',
      'news/node_modules/pkg/d.txt': 'dependency',
      'news/notes.md': 'md',
    });
    const { files: got, problems } = await collectInputs([join(dir, 'news')], opts);
    expect(problems).toEqual([]);
    expect(rel(got)).toEqual([
      'news/a.html',
      'news/b.txt',
      'news/notes.md',
      'news/sub/README',
      'news/sub/c.jsonl',
    ]);
    expect(new TextDecoder().decode(got[1]!.bytes)).toBe('b');
  });

  it('keeps the order of the paths given, and reads a file reached twice only once', async () => {
    await files({ 'z.txt': 'z', 'news/a.txt': 'a', 'news/b.txt': 'b' });
    await symlink(join(dir, 'news/a.txt'), join(dir, 'link.txt'));
    const { files: got, problems } = await collectInputs(
      [
        join(dir, 'z.txt'),
        join(dir, 'news'),
        join(dir, 'news/a.txt'),
        join(dir, 'link.txt'),
        join(dir, 'z.txt'),
      ],
      opts,
    );
    expect(problems).toEqual([]);
    expect(rel(got)).toEqual(['z.txt', 'news/a.txt', 'news/b.txt']);
  });

  it('reads a file named directly whatever its extension', async () => {
    await files({ 'val.src': 'doc one ||||| doc two' });
    const { files: got } = await collectInputs([join(dir, 'val.src')], opts);
    expect(rel(got)).toEqual(['val.src']);
  });

  it('survives a symbolic link loop and reports a broken link', async () => {
    await files({ 'news/a.txt': 'a' });
    await symlink(join(dir, 'news'), join(dir, 'news/loop'));
    await symlink(join(dir, 'gone.txt'), join(dir, 'news/broken.txt'));
    const { files: got, problems } = await collectInputs([join(dir, 'news')], opts);
    expect(rel(got)).toEqual(['news/a.txt']);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: 'not-found', path: join(dir, 'news/broken.txt') });
    expect(problems[0]!.message).toContain('broken.txt: is a link to a missing file');
  });

  it('refuses special files without blocking on them', async () => {
    const fifo = join(dir, 'pipe');
    try {
      execFileSync('mkfifo', [fifo]);
    } catch {
      return; // no mkfifo on this system
    }
    await files({ 'a.txt': 'a' });
    const { files: got, problems } = await collectInputs([fifo, join(dir, 'a.txt')], opts);
    expect(rel(got)).toEqual(['a.txt']);
    expect(problems).toMatchObject([{ code: 'unsupported', path: fifo }]);
  });
});

describe('collectInputs: globs', () => {
  it('expands a pattern, sorted, leaving out hidden paths and other extensions', async () => {
    await files({
      'in/2.txt': '2',
      'in/1.txt': '1',
      'in/deep/3.txt': '3',
      'in/deep/x.png': 'png',
      'in/.hidden/4.txt': '4',
    });
    const { files: got, problems } = await collectInputs([join(dir, 'in/**/*')], opts);
    expect(problems).toEqual([]);
    expect(rel(got)).toEqual(['in/1.txt', 'in/2.txt', 'in/deep/3.txt']);
  });

  it('returns paths relative to the working folder for a relative pattern', async () => {
    await files({ 'in/1.txt': '1' });
    const pattern = `${relative(process.cwd(), join(dir, 'in'))}/*.txt`;
    const { files: got } = await collectInputs([pattern], opts);
    expect(got.map((f) => f.path)).toEqual([`${relative(process.cwd(), join(dir, 'in'))}/1.txt`]);
  });

  it('reports a pattern that matches nothing, and one that matches only unreadable names', async () => {
    await files({ 'in/a.png': 'png', 'in/ok.txt': 'ok' });
    const { files: got, problems } = await collectInputs(
      [join(dir, 'in/*.xml'), join(dir, 'in/*.png'), join(dir, 'in/ok.txt')],
      opts,
    );
    expect(rel(got)).toEqual(['in/ok.txt']);
    expect(problems.map((p) => p.code)).toEqual(['not-found', 'not-found']);
    expect(problems[0]!.message).toContain('*.xml: no files match this pattern');
    expect(problems[1]!.message).toContain('*.png: matches 1 file, none of them readable');
  });

  it('treats an existing file whose name looks like a pattern as a file', async () => {
    await files({ 'odd[1].txt': 'odd' });
    const { files: got, problems } = await collectInputs([join(dir, 'odd[1].txt')], opts);
    expect(problems).toEqual([]);
    expect(rel(got)).toEqual(['odd[1].txt']);
  });
});

describe('collectInputs: stdin', () => {
  it('reads - from the given stream, alongside files', async () => {
    await files({ 'a.txt': 'a' });
    const stdin = Readable.from([Buffer.from('from '), Buffer.from('stdin')]);
    const { files: got, problems } = await collectInputs(['-', join(dir, 'a.txt')], { maxBytes: 100, stdin });
    expect(problems).toEqual([]);
    expect(got.map((f) => f.path)).toEqual(['-', join(dir, 'a.txt')]);
    expect(new TextDecoder().decode(got[0]!.bytes)).toBe('from stdin');
  });

  it('stops reading stdin past the size limit', async () => {
    const stdin = Readable.from([Buffer.alloc(60, 0x61), Buffer.alloc(60, 0x62)]);
    const { files: got, problems } = await collectInputs(['-'], { maxBytes: 100, stdin });
    expect(got).toEqual([]);
    expect(problems).toMatchObject([{ code: 'too-large', path: '-' }]);
    expect(problems[0]!.message).toContain('-: at least 120 bytes, over the size limit of 100 bytes');
    expect(problems[0]!.hint).toContain('--max-bytes');
  });

  it('reports a stream that fails, and still reads the files', async () => {
    await files({ 'a.txt': 'a' });
    const stdin = new Readable({
      read() {
        this.destroy(new Error('EIO: i/o error'));
      },
    });
    const { files: got, problems } = await collectInputs(['-', join(dir, 'a.txt')], { maxBytes: 100, stdin });
    expect(rel(got)).toEqual(['a.txt']);
    expect(problems).toMatchObject([{ code: 'unreadable', path: '-' }]);
    expect(problems[0]!.message).toContain('EIO: i/o error');
  });

  it('refuses to wait on a terminal', async () => {
    const stdin = Object.assign(Readable.from([]), { isTTY: true });
    const { problems } = await collectInputs(['-'], { maxBytes: 100, stdin });
    expect(problems).toMatchObject([{ code: 'unreadable', path: '-' }]);
    expect(problems[0]!.hint).toContain('newsbrief brief -');
  });
});
