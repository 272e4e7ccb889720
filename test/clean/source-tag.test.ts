import { describe, expect, it } from 'vitest';
import { body, clean, removed } from './helpers.js';

describe('source-tag rule', () => {
  it('removes an explicit source tag and records the source', () => {
    const result = clean(
      '(Source: Xinhua)\nThe bridge reopened on Monday after two years of repairs.\nTraffic was light.',
    );
    expect(removed(result, 'source-tag')).toEqual(['(Source: Xinhua)']);
    expect(result.meta.source).toBe('Xinhua');
    expect(body(result)[0]).toBe('The bridge reopened on Monday after two years of repairs.');
  });

  it('removes a lone outlet line under the title', () => {
    const result = clean(
      'Bridge reopens after two years of repairs\n\nHarbour Daily News\n\nThe bridge reopened on Monday, officials said.',
    );
    expect(removed(result, 'source-tag')).toEqual(['Harbour Daily News']);
    expect(result.meta.source).toBe('Harbour Daily News');
  });

  it('keeps a short name line that is not an outlet', () => {
    const result = clean(
      'Bridge reopens after repairs\n\nMaria Lopez\n\nThe bridge reopened on Monday, officials said.',
    );
    expect(removed(result, 'source-tag')).toEqual([]);
  });

  it('does not take an outlet named inside a sentence', () => {
    const result = clean('The council voted on Tuesday.\n\nIt told the Daily News it would appeal.');
    expect(removed(result, 'source-tag')).toEqual([]);
    expect(result.meta.source).toBeNull();
  });
});
