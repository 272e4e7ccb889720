import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../src/clean/rules/dateline.js';
import { body, clean, removed } from './helpers.js';

describe('parseDateline', () => {
  it.each([
    ['WASHINGTON (AFP) - The talks', 'WASHINGTON (AFP) -', 'WASHINGTON', 'AFP'],
    ['MOSCOW, April 12 (Reuters) - Russia said', 'MOSCOW, April 12 (Reuters) -', 'MOSCOW', 'Reuters'],
    ['NEW YORK (AP) — Stocks fell', 'NEW YORK (AP) —', 'NEW YORK', 'AP'],
    ['KABUL, Afghanistan (AP) — A bomb', 'KABUL, Afghanistan (AP) —', 'KABUL, Afghanistan', 'AP'],
    ['LONDON — The bank', 'LONDON —', 'LONDON', null],
    ['Beirut (Reuters) - Shelling', 'Beirut (Reuters) -', 'Beirut', 'Reuters'],
    ['(CNN)The president said', '(CNN)', null, 'CNN'],
    ['ROME _ The pope', 'ROME _', 'ROME', null],
  ])('%s', (text, prefix, place, agency) => {
    const found = parseDateline(text, true);
    expect(found).not.toBeNull();
    expect(text.slice(0, found!.end)).toBe(prefix);
    expect(found!.place).toBe(place);
    expect(found!.agency).toBe(agency);
  });

  it.each([
    'NATO said on Monday it would respond.',
    'Russia — the largest country — voted no.',
    'UPDATE: The road is open.',
    'The president (R) said no.',
    'US — the world’s biggest economy — grew.',
  ])('is not a dateline: %s', (text) => {
    expect(parseDateline(text, true)).toBeNull();
  });

  it('needs an agency deeper in the body', () => {
    expect(parseDateline('LONDON — The bank', false)).toBeNull();
    expect(parseDateline('LONDON (Reuters) — The bank', false)).not.toBeNull();
  });
});

describe('dateline rule', () => {
  it('removes only the prefix and keeps the rest of the paragraph as body', () => {
    const result = clean(
      'Bank holds rates\n\nLONDON (Reuters) - The Bank of England held rates on Thursday.',
    );
    expect(removed(result, 'dateline')).toEqual(['LONDON (Reuters) -']);
    expect(body(result)).toEqual(['The Bank of England held rates on Thursday.']);
    expect(result.meta).toMatchObject({ source: 'Reuters', place: 'LONDON' });
  });

  it('makes the agency the source and an earlier outlet line the publisher', () => {
    const result = clean(
      'Bank holds rates again\n\nValley Times\n\nLONDON (AFP) - The Bank of England held rates on Thursday.',
    );
    expect(result.meta).toMatchObject({ source: 'AFP', publisher: 'Valley Times', place: 'LONDON' });
  });

  it('removes a dateline standing on its own line', () => {
    const result = clean(
      'BRUSSELS, March 3 (Xinhua) --\n\nMinisters agreed on a new fisheries deal on Friday.',
    );
    expect(removed(result, 'dateline')).toEqual(['BRUSSELS, March 3 (Xinhua) --']);
    expect(body(result)).toEqual(['Ministers agreed on a new fisheries deal on Friday.']);
  });
});
