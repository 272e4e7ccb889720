/**
 * A story's entities: the mentions of all its articles grouped across
 * outlets (one outlet's "Sergey Lavrov" is another's "Sergei Lavrov", a
 * third names only "Lavrov"), each with its aliases, role, mention count
 * and the sentences naming it. Names in photo captions join the grouping
 * as aliases ("Khan Sheikhun" beside the body's "Khan Sheikhoun") but are
 * no mentions: a caption is not a sentence a citation can point at.
 */

import { whoOf } from '../analyse/enrich.js';
import { type Entity, type PlacedMention, resolveMentions } from '../analyse/entities/index.js';
import type { Article, StoryEntity } from '../types.js';

/** A story's mentions resolved together, with the way back from each article's own entities. */
export interface StoryResolution {
  items: PlacedMention[];
  entities: Entity[];
  entityOf: number[];
  /** Per article, the index of its first body mention in `items`. */
  offsets: number[];
}

/** Resolves the mentions of a story's articles together. */
export function resolveStory(articles: readonly Article[]): StoryResolution {
  const items: PlacedMention[] = [];
  const offsets: number[] = [];
  articles.forEach((a, i) => {
    offsets.push(items.length);
    for (const mention of whoOf(a).mentions) items.push({ mention, article: i, counted: true });
  });
  // Captions come last, so each article's body mentions stay one run from its offset.
  articles.forEach((a, i) => {
    for (const mention of whoOf(a).captionMentions) items.push({ mention, article: i, counted: false });
  });
  return { items, ...resolveMentions(items), offsets };
}

/** The story entity an article's own entity belongs to, or null. */
export function storyEntityOf(
  r: StoryResolution,
  articles: readonly Article[],
  article: number,
  entity: number,
): Entity | null {
  const first = whoOf(articles[article]!).entities[entity]?.mentions[0];
  if (first === undefined) return null;
  return r.entities[r.entityOf[r.offsets[article]! + first]!] ?? null;
}

/** The story's people, organisations and places, most mentioned first. */
export function storyEntities(articles: readonly Article[], r: StoryResolution): StoryEntity[] {
  const out: (StoryEntity & { first: number })[] = [];
  for (const e of r.entities) {
    if (e.type === null) continue;
    const citations = new Set<string>();
    let mentions = 0;
    let first = Number.POSITIVE_INFINITY;
    for (const i of e.mentions) {
      const item = r.items[i]!;
      if (!item.counted) continue;
      mentions++;
      first = Math.min(first, i);
      citations.add(articles[item.article]!.sentences[item.mention.sentence]!.id);
    }
    if (mentions === 0) continue;
    out.push({
      name: e.name,
      type: e.type,
      aliases: e.aliases,
      role: e.role,
      mentions,
      citations: [...citations],
      first,
    });
  }
  return out
    .sort((a, b) => b.mentions - a.mentions || a.first - b.first)
    .map(({ first: _first, ...entity }) => entity);
}
