import { describe, expect, it } from 'vitest';
import { mention, mentionsOf } from './helpers.js';

describe('mentions', () => {
  it('cut titles off names and keep them as roles', () => {
    const ms = mentionsOf(
      'US Secretary of State Rex Tillerson met Foreign Minister Sergei Lavrov in Moscow.',
    );
    expect(mention(ms, 'Rex Tillerson')).toMatchObject({ type: 'person', role: 'US Secretary of State' });
    expect(mention(ms, 'Sergei Lavrov')).toMatchObject({
      type: 'person',
      role: 'Foreign Minister',
      gender: 'm',
    });
    expect(mention(ms, 'State Rex')).toBeUndefined();
  });

  it('read roles given in apposition, after or before the name', () => {
    const ms = mentionsOf(
      '"Enough," said Nikki Haley, US ambassador to the UN.',
      "Russia's foreign minister, Sergey Lavrov, who was at the news conference, disagreed.",
    );
    expect(mention(ms, 'Nikki Haley')?.role).toBe('US ambassador to the UN');
    expect(mention(ms, 'Sergey Lavrov')?.role).toBe("Russia's foreign minister");
  });

  it('keep a possessive owner in the role, not in the name', () => {
    const ms = mentionsOf('"We are ready," Kerry’s spokesman John Kirby said.');
    expect(mention(ms, 'John Kirby')?.role).toBe('Kerry’s spokesman');
    expect(mention(ms, 'Kerry')?.role ?? null).toBeNull();
  });

  it('give gazetteer names their canonical name, and keep a capital city apart from its country', () => {
    const ms = mentionsOf(
      'The U.S. and the USA and the United States talked to Russia, Moscow and the Kremlin.',
    );
    expect(ms.filter((m) => m.canonical === 'United States').map((m) => m.text)).toEqual([
      'U.S.',
      'USA',
      'United States',
    ]);
    expect(mention(ms, 'Moscow')).toMatchObject({ type: 'place', canonical: null });
    expect(mention(ms, 'Kremlin')).toMatchObject({ type: 'organisation', canonical: 'Kremlin' });
  });

  it('split hyphenated country pairs and skip demonyms', () => {
    const ms = mentionsOf('US-Russia talks stalled as Russian jets flew.');
    expect(ms.map((m) => m.canonical)).toEqual(['United States', 'Russia']);
  });

  it('do not take capitalised sentence openers for names', () => {
    const ms = mentionsOf('Unless talks resume, nothing moves.', 'World leaders met.', 'The mayor spoke.');
    expect(ms).toEqual([]);
  });

  it('take a name that opens a sentence when the article capitalises it elsewhere', () => {
    const ms = mentionsOf('Tillerson arrived.', 'He met Tillerson later.');
    expect(ms.map((m) => m.text)).toEqual(['Tillerson', 'Tillerson']);
  });

  it('keep particles and Arabic articles inside names', () => {
    const ms = mentionsOf('Staffan de Mistura met Bashar al-Assad.');
    expect(ms.map((m) => m.text)).toEqual(['Staffan de Mistura', 'Bashar al-Assad']);
  });

  it('start a name on a glued particle in a sentence with no capital before it', () => {
    const ms = mentionsOf('talks with al-Assad resumed.', 'the envoy met bin-Salman in Riyadh.');
    expect(ms.map((m) => m.text)).toEqual(['al-Assad', 'bin-Salman', 'Riyadh']);
  });
});
