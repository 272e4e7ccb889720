/**
 * The clean stage on the five real seed articles in ../shared/seeds (read,
 * never copied: junk lines are named here by their first words only).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyRepairs, cleanDocument } from '../../src/clean/index.js';
import type { CleanDocument, RemovalReason } from '../../src/types.js';
import { doc, expectInvariants } from './helpers.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SEEDS = resolve(ROOT, '../shared/seeds');

/** What each seed must lose: the first words of each junk line, with the reason. */
interface Expected {
  junk: [prefix: string, reason: RemovalReason][];
  /** `true`: the title is the seed's first line (shown repaired); `false`: there is none. */
  title: boolean;
  meta: { source?: string | null; publisher?: string | null; place?: string | null };
}

const EXPECTED: Record<string, Expected> = {
  '000': { junk: [['(Source: CGTN)', 'source-tag']], title: false, meta: { source: 'CGTN' } },
  '001': {
    junk: [
      ['United States and Russian', 'title'],
      ['Map showing', 'caption'],
      ['• Zachary', 'byline'],
    ],
    title: true,
    meta: {},
  },
  '002': {
    junk: [
      ['Russian Federation blocks', 'title'],
      ['Haley US Ready', 'headline'],
      ['The Latest:', 'headline'],
      ['President Donald Trump speaks', 'caption'],
      ["Garcia's 10th-inning", 'headline'],
      ['Arkansas Pushes', 'headline'],
    ],
    title: true,
    meta: {},
  },
  '003': {
    junk: [
      ['Talks with Russia on Syria', 'title'],
      ['Recommended For You', 'widget'],
      ['About the Author', 'byline'],
    ],
    title: true,
    meta: {},
  },
  '004': {
    junk: [
      ['Unlikely US-Russia outreach', 'title'],
      ['Dunya News', 'source-tag'],
      ['It seems unlikely', 'dek'],
      ['War crimes', 'subhead'],
    ],
    title: true,
    meta: {
      source: 'AFP',
      publisher: 'Dunya News',
      place: 'WASHINGTON',
    },
  },
};

function loadSeeds(): Map<string, string> {
  if (!existsSync(SEEDS)) {
    throw new Error(
      `Seed articles not found at ${SEEDS}: these shared tests need ../shared/seeds next to the repo.`,
    );
  }
  const seeds = new Map<string, string>();
  for (const file of readdirSync(SEEDS).sort()) {
    if (file.endsWith('.txt')) seeds.set(file.slice(0, 3), readFileSync(resolve(SEEDS, file), 'utf8'));
  }
  return seeds;
}

/** The trimmed non-empty lines of a text. */
function lines(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

function bodyOf(result: CleanDocument): string[] {
  return result.paragraphs.map((p) => result.document.text.slice(p.start, p.end));
}

const seeds = loadSeeds();

describe.each(Object.keys(EXPECTED))('seed %s', (key) => {
  const text = seeds.get(key);
  if (text === undefined) throw new Error(`Seed ${key}_*.txt is missing from ${SEEDS}.`);
  const result = cleanDocument({ ...doc(text), id: key, path: `${key}.txt` });
  const expected = EXPECTED[key]!;
  const body = bodyOf(result);

  it('keeps the stage invariants', () => {
    expectInvariants(result);
  });

  it('removes each junk line with its reason, and nowhere keeps it in the body', () => {
    for (const [prefix, reason] of expected.junk) {
      const line = lines(text).find((l) => l.startsWith(prefix));
      expect(line, `a line starting "${prefix}"`).toBeDefined();
      expect(result.removed.find((r) => r.text === line)?.reason, line).toBe(reason);
      expect(body.some((p) => p.includes(line!))).toBe(false);
    }
  });

  it('keeps every other line, which is real prose, as a body paragraph', () => {
    const junk = new Set(result.removed.map((r) => r.text));
    const prose = lines(text).filter((l) => !expected.junk.some(([prefix]) => l.startsWith(prefix)));
    for (const line of prose) {
      // A paragraph that opened with a dateline keeps everything after it.
      const dateline = result.removed.find((r) => r.reason === 'dateline' && line.startsWith(r.text));
      const kept = dateline === undefined ? line : line.slice(dateline.text.length).trim();
      expect(body, `prose line lost: ${line.slice(0, 60)}`).toContain(kept);
      expect(junk.has(line)).toBe(false);
    }
    expect(result.removed.map((r) => r.reason).filter((r) => r !== 'dateline')).toHaveLength(
      expected.junk.length,
    );
  });

  it('recovers the metadata', () => {
    expect(result.meta).toMatchObject(expected.meta);
    if (!expected.title) {
      expect(result.meta.title).toBeNull();
      return;
    }
    // The title is the first line, repaired: only quote marks may differ.
    const first = lines(text)[0]!;
    expect(result.meta.title?.length).toBe(first.length);
    expect(result.meta.title?.replace(/[‘’]/gu, '`')).toBe(first);
  });
});

describe('seed repairs', () => {
  function repairAt(key: string, marker: string, offset: number) {
    const text = seeds.get(key)!;
    const result = cleanDocument(doc(text));
    const at = text.indexOf(marker) + offset;
    return { result, repair: result.repairs.find((r) => r.start === at) };
  }

  it('seed 001: splits "U.S.to"', () => {
    const { repair } = repairAt('001', 'U.S.to', 4);
    expect(repair).toMatchObject({ kind: 'glued-word', replacement: ' ' });
  });

  it('seed 003: splits "withRussia" and fixes every backtick', () => {
    const { result, repair } = repairAt('003', 'withRussia', 4);
    expect(repair).toMatchObject({ kind: 'glued-word', replacement: ' ' });
    const text = result.document.text;
    const backticks = [...text.matchAll(/`/gu)].map((m) => m.index);
    expect(backticks.length).toBeGreaterThan(10);
    for (const at of backticks) expect(result.repairs.some((r) => r.start === at)).toBe(true);
    expect(result.repairs.find((r) => r.start === text.indexOf('`s'))?.kind).toBe('backtick-apostrophe');
    expect(result.repairs.filter((r) => r.kind === 'backtick-quote').map((r) => r.replacement)).toEqual([
      '‘',
      '’',
    ]);
    expect(result.meta.title).toMatch(/‘on life support’/u);
    const repaired = result.paragraphs.map((p) => applyRepairs(text, p, result.repairs).text).join('\n');
    expect(repaired).not.toContain('`');
    expect(repaired).toContain('with Russia');
  });

  it('seeds without glue or backticks get no repairs of those kinds', () => {
    for (const key of ['000', '002', '004']) {
      expect(cleanDocument(doc(seeds.get(key)!)).repairs).toEqual([]);
    }
  });
});
