import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { enrichPile, whoOf } from '../../src/analyse/enrich.js';
import { nameKey } from '../../src/analyse/entities/index.js';
import { briefPile } from '../../src/pipeline.js';
import { readPiles } from '../../src/read/index.js';
import { resolveStory, storyEntities } from '../../src/synthesise/entities.js';
import { synthesiseStory } from '../../src/synthesise/story.js';
import type { Article, Story, StoryEntity } from '../../src/types.js';
import { sharedPath } from '../helpers/shared.js';

// Every full-sentence direct quote of the seeds with its speaker's surname (issue: who said what, and when).
const QUOTES: [seed: string, opening: string, surname: string][] = [
  ['000', 'Let us view this moment of crisis', 'Mistura'],
  ['000', 'The main problem was that the draft resolution', 'Safronkov'],
  ['000', 'To Assad and the Syrian government', 'Haley'],
  ['001', 'It is long past time for Russia', 'Haley'],
  ['001', 'The U.S. and its allies have held', 'Putin'],
  ['001', 'How could anyone look at the faces', 'Rycroft'],
  ['001', "I think it's very bad for mankind", 'Trump'],
  ['001', 'It reminds me of the events in 2003', 'Putin'],
  ['001', 'Our policy is consistent', 'Lavrov'],
  ['002', 'The Trump administration came in', 'Sestanovich'],
  ['003', 'This is on life support, but it has not flatlined yet', 'Toner'],
  ['003', 'It’s egregious, it’s horrific', 'Toner'],
  ['003', 'That said, I just can’t definitively say', 'Toner'],
  ['003', 'It left me shaking my head', 'Toner'],
  ['003', 'It’s absurd.', 'Toner'],
  ['004', 'He informed the foreign minister', 'Kirby'],
  ['004', 'Unless we see something extraordinary', 'Kirby'],
  ['004', 'The purpose of the call today', 'Kirby'],
  ['004', 'Finally, a real power move in American diplomacy', 'McCain'],
  ['004', 'There’s nothing that the secretary is going to apologize for', 'Kirby'],
  ['004', 'But as he also has said, his patience is not limitless', 'Kirby'],
  ['004', 'This is the sad, pointless diplomacy', 'Hof'],
  ['004', 'A careful consideration of military options', 'Hof'],
];

/** Days between two `YYYY-MM-DD` dates. */
function daysApart(a: string, b: string): number {
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/** Backtick apostrophes are repaired to straight ones; compare quotes with apostrophes made one kind. */
const plain = (s: string) => s.replace(/[’`]/gu, "'");

describe('who said what, and when, in ../shared/seeds', () => {
  let articles: Article[];
  let stories: Story[];
  const article = (seed: string) => articles.find((a) => a.id.startsWith(seed))!;

  beforeAll(() => {
    const dir = sharedPath('seeds');
    const inputs = readdirSync(dir)
      .sort()
      .map((f) => ({ path: join(dir, f), bytes: readFileSync(join(dir, f)) }));
    const briefing = briefPile(readPiles(inputs).piles[0]!);
    articles = briefing.articles.filter((a) => a.sentences.length > 0);
    // What the pipeline hook does (src/analyse/enrich.ts): idempotent once the hook is in briefPile.
    enrichPile(articles, briefing.statements);
    stories = briefing.stories.map((s) =>
      synthesiseStory(
        s.id,
        articles.filter((a) => s.articles.includes(a.id)),
        briefing.statements,
        { words: 120 },
      ),
    );
  });

  it.each(QUOTES)('seed %s: “%s…” is quoted with its speaker %s', (seed, opening, surname) => {
    const a = article(seed);
    const story = stories.find((s) => s.articles.includes(a.id))!;
    const quote = story.quotes.find((q) => plain(q.text).startsWith(plain(opening)));
    expect(quote, `quote “${opening}”`).toBeDefined();
    expect(quote!.partial).toBe(false);
    expect(nameKey(quote!.speaker).endsWith(nameKey(surname)), `speaker ${quote!.speaker}`).toBe(true);
  });

  it('attributes Toner’s quote through “he told reporters”', () => {
    const q = whoOf(article('003')).quotes.find((x) => x.text.startsWith('This is on life support'))!;
    expect(q.speaker).toMatchObject({ name: 'Mark Toner', kind: 'pronoun' });
    expect(q.evidence).toBe('after');
  });

  it('gives Kirby’s unattributed follow-up paragraphs to Kirby', () => {
    const carried = whoOf(article('004')).quotes.filter((q) => q.evidence === 'carried');
    expect(carried.map((q) => q.speaker?.name)).toEqual(['John Kirby', 'John Kirby']);
  });

  it('reads McCain’s quote over three paragraphs as one quote', () => {
    const a = article('004');
    const q = whoOf(a).quotes.find((x) => x.text.startsWith('Finally'))!;
    expect(new Set(q.pieces.map((p) => a.sentences[p.sentence]!.paragraph)).size).toBe(3);
    expect(q.text).toMatch(/price of dialogue with Secretary Kerry\.$/u);
  });

  it('keeps partial quotes, marked, with their speaker', () => {
    const story = stories.find((s) => s.articles.includes(article('001').id))!;
    expect(story.quotes).toContainEqual(
      expect.objectContaining({
        text: 'common interest',
        partial: true,
        speaker: expect.stringMatching(/Lavrov$/u),
      }),
    );
  });

  it('dates the April 2017 seeds 2017-04-12 (±1 day) though none has a metadata date', () => {
    for (const seed of ['000', '001', '002']) {
      const a = article(seed);
      expect(a.publishedInferred, seed).toBe(true);
      expect(daysApart(a.published!, '2017-04-12'), `${seed}: ${a.published}`).toBeLessThanOrEqual(1);
    }
  });

  it('leaves the September 2016 seeds undated rather than give them April 2017', () => {
    // Seeds 003 and 004 write no year, month or date at all ("confirmed Friday", "On Wednesday"): nothing in
    // their text or the pile places them; their nearest neighbours are each other, both undated.
    for (const seed of ['003', '004']) expect(article(seed).published, seed).toBeNull();
  });

  it('merges the aliases of the pile’s entities', () => {
    const all = storyEntities(articles, resolveStory(articles));
    const find = (name: string) => all.find((e) => e.name === name);
    const names = (e: StoryEntity | undefined) => [e?.name, ...(e?.aliases ?? [])].sort();
    expect(names(find('Russia'))).toEqual(['Russia', 'Russian Federation']);
    expect(names(find('United States'))).toEqual(['U.S.', 'US', 'USA', 'United States']);
    expect(names(find('Khan Sheikhoun'))).toEqual(['Khan Sheikhoun', 'Khan Sheikhun']);
    expect(names(find('Sergei Lavrov'))).toEqual(['Lavrov', 'Sergei Lavrov', 'Sergey Lavrov']);
    expect(names(find('Bashar al-Assad'))).toEqual(['Assad', 'Bashar Assad', 'Bashar al-Assad']);
    expect(find('Moscow')?.type).toBe('place');
    expect(find('Russia')?.aliases).not.toContain('Moscow');
  });

  it('reads roles from titles and appositives', () => {
    const all = storyEntities(articles, resolveStory(articles));
    const role = (name: string) => all.find((e) => e.name === name)?.role;
    expect(role('Nikki Haley')).toMatch(/ambassador to the (?:UN|United Nations)$/u);
    expect(role('Rex Tillerson')).toMatch(/Secretary of State$/iu);
    expect(role('Mark Toner')).toBe('State Department spokesman');
    expect(role('John Kirby')).toBe('Kerry’s spokesman');
  });

  it('builds timelines from the dated sentences, resolved against the publication date', () => {
    const story = stories.find((s) => s.articles.includes(article('002').id))!;
    expect(story.timeline.length).toBeGreaterThan(0);
    for (const t of story.timeline) expect(t.date).toBe('2017-04-12');
    expect(story.timeline.map((t) => t.text)).toContainEqual(
      expect.stringMatching(/^Lavrov said Wednesday/u),
    );
  });
});
