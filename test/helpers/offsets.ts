import { expect } from 'vitest';
import type { BriefingJson } from '../../src/render/schema.js';

/**
 * Checks the traceability contract of a JSON briefing against the original
 * texts: every sentence is the original slice with its listed repairs applied,
 * and every citation names a sentence of the briefing.
 */
export function expectTraceable(json: BriefingJson, originals: ReadonlyMap<string, string | null>): void {
  const ids = new Set<string>();
  for (const a of json.articles) {
    for (const s of a.sentences) ids.add(s.id);
    // null: no original file text to compare with (HTML offsets point into extracted text).
    const original = originals.get(a.id);
    expect(original, `original text of ${a.id}`).not.toBeUndefined();
    if (original === null || original === undefined) continue;
    for (const s of a.sentences) {
      let rebuilt = '';
      let at = s.start;
      for (const r of [...s.repairs].sort((x, y) => x.start - y.start)) {
        expect(original!.slice(r.start, r.end)).toBe(r.original);
        rebuilt += original!.slice(at, r.start) + r.replacement;
        at = r.end;
      }
      rebuilt += original!.slice(at, s.end);
      expect(rebuilt).toBe(s.text);
    }
    for (const r of a.removed) expect(original!.slice(r.start, r.end)).toBe(r.text);
  }
  for (const story of json.stories) {
    for (const s of story.summary) {
      expect(s.citations).toContain(s.sentence);
      for (const c of s.citations) expect(ids.has(c), `citation ${c}`).toBe(true);
    }
  }
}
