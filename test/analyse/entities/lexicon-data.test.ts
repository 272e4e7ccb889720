import { describe, expect, it } from 'vitest';
import { compromiseLexicon } from '../../../scripts/lexicon-source.js';
import {
  firstNameGender,
  isOrganisationWord,
  isPlaceTagged,
  lexiconTags,
} from '../../../src/analyse/entities/lexicon.js';
import { LEXICON_DATA, ORG_WORDS } from '../../../src/analyse/entities/lexicon-data.js';

describe('the lexicon copied from compromise', () => {
  it('is what the installed compromise holds (else run `npx tsx scripts/generate-lexicon.ts`)', () => {
    const current = compromiseLexicon();
    expect(LEXICON_DATA).toBe(current.data);
    expect(JSON.stringify(ORG_WORDS)).toBe(current.orgWords);
  });

  it('gives every word its tags', () => {
    expect(firstNameGender('john')).toBe('m');
    expect(firstNameGender('mary')).toBe('f');
    expect(isPlaceTagged(lexiconTags('paris'))).toBe(true);
    expect(isOrganisationWord('ministry')).toBe(true);
    expect(lexiconTags('zzqx')).toEqual([]);
  });
});
