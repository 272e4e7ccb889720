/** Shared fixtures and checks for the clean-stage tests. */
import { expect } from 'vitest';
import { cleanDocument } from '../../src/clean/index.js';
import type { CleanDocument, RemovalReason, SourceDocument } from '../../src/types.js';

/** A text document as the read stage would produce it. */
export function doc(text: string, title: string | null = null): SourceDocument {
  return {
    id: 'a',
    path: 'a.txt',
    format: 'text',
    text,
    title,
    published: null,
    source: null,
    url: null,
    authors: [],
  };
}

/** Cleans a text and checks the stage's invariants on the way. */
export function clean(text: string, title: string | null = null): CleanDocument {
  const result = cleanDocument(doc(text, title));
  expectInvariants(result);
  return result;
}

/** The body paragraphs as text. */
export function body(result: CleanDocument): string[] {
  return result.paragraphs.map((p) => result.document.text.slice(p.start, p.end));
}

/** The texts removed for a reason. */
export function removed(result: CleanDocument, reason: RemovalReason): string[] {
  return result.removed.filter((r) => r.reason === reason).map((r) => r.text);
}

/** Every reason a text was removed for. */
export function reasons(result: CleanDocument): RemovalReason[] {
  return result.removed.map((r) => r.reason);
}

/**
 * The stage's contract: removals and repairs are exact, in range, ordered and
 * non-overlapping; paragraphs are trimmed; paragraphs and removals together
 * cover every non-whitespace character exactly once; repairs lie in the body
 * or the title.
 */
export function expectInvariants(result: CleanDocument): void {
  const { text } = result.document;
  const owner = new Array<number>(text.length).fill(0);
  for (const r of result.removed) {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThan(r.end);
    expect(r.text).toBe(text.slice(r.start, r.end));
    for (let i = r.start; i < r.end; i++) owner[i]!++;
  }
  for (const p of result.paragraphs) {
    expect(p.start).toBeLessThan(p.end);
    const slice = text.slice(p.start, p.end);
    expect(slice).toBe(slice.trim());
    for (let i = p.start; i < p.end; i++) owner[i]!++;
  }
  const wrong = owner.findIndex((n, i) => (/\S/u.test(text.charAt(i)) ? n !== 1 : n > 1));
  expect(
    wrong,
    wrong === -1 ? '' : `character ${wrong} covered ${owner[wrong]} times: ${text.slice(wrong, wrong + 30)}`,
  ).toBe(-1);
  const spans = [...result.paragraphs, ...result.removed.filter((r) => r.reason === 'title')];
  result.repairs.forEach((r, k) => {
    expect(r.start).toBeGreaterThanOrEqual(0);
    expect(r.end).toBeLessThanOrEqual(text.length);
    expect(r.start).toBeLessThanOrEqual(r.end);
    expect(spans.some((s) => s.start <= r.start && r.end <= s.end)).toBe(true);
    const before = result.repairs[k - 1];
    if (before === undefined) return;
    // Sorted and disjoint; two insertions never share a point.
    expect(r.start).toBeGreaterThanOrEqual(before.end);
    if (r.start === r.end && before.start === before.end) expect(r.start).toBeGreaterThan(before.start);
  });
}
