import { describe, expect, it } from 'vitest';
import { resolveMentions } from '../../../src/analyse/entities/index.js';
import { mentionsOf } from './helpers.js';

function entities(...sentences: string[]) {
  const ms = mentionsOf(...sentences);
  const r = resolveMentions(ms.map((mention) => ({ mention, article: 0, counted: true })));
  return { ...r, mentions: ms };
}

describe('entity resolution', () => {
  it('joins a surname and a shortened name to the full name', () => {
    const { entities: es } = entities(
      'Sergei Lavrov arrived.',
      'Lavrov said so.',
      'Staffan de Mistura spoke.',
      'Mr De Mistura left.',
    );
    const lavrov = es.find((e) => e.name === 'Sergei Lavrov')!;
    expect(lavrov.aliases).toEqual(['Lavrov']);
    expect(es.find((e) => e.name === 'Staffan de Mistura')!.aliases).toEqual(['De Mistura']);
  });

  it('merges transliteration and article variants under the most used full name', () => {
    const { entities: es } = entities(
      'Bashar al-Assad spoke.',
      'Bashar al-Assad left.',
      'Bashar Assad stayed.',
      'Assad replied.',
    );
    const assad = es.filter((e) => e.type === 'person');
    expect(assad).toHaveLength(1);
    expect(assad[0]!.name).toBe('Bashar al-Assad');
    expect(assad[0]!.aliases.sort()).toEqual(['Assad', 'Bashar Assad']);
  });

  it('gives a shared surname to the full name mentioned nearest before it', () => {
    const {
      entities: es,
      entityOf,
      mentions,
    } = entities('Bill Clinton spoke first.', 'Hillary Clinton spoke next.', 'Clinton was applauded.');
    const lone = mentions.findIndex((m) => m.text === 'Clinton');
    expect(es[entityOf[lone]!]!.name).toBe('Hillary Clinton');
  });

  it('keeps different people with the same given name apart', () => {
    const { entities: es } = entities('John Kerry spoke.', 'John Kirby answered.', 'John left.');
    expect(es.map((e) => e.name)).toEqual(['John Kerry', 'John Kirby', 'John']);
  });

  it('merges country aliases and keeps the capital apart', () => {
    const { entities: es } = entities('The US and the USA met Russia and the Russian Federation in Moscow.');
    expect(es.map((e) => [e.name, e.aliases])).toEqual([
      ['United States', ['US', 'USA']],
      ['Russia', ['Russian Federation']],
      ['Moscow', []],
    ]);
  });
});
