import type { Article, Briefing, Story } from '../types.js';

/** A citation as shown to a reader: which article (numbered within the briefing) and which sentence. */
export interface CitationRef {
  sentenceId: string;
  article: Article;
  /** 1-based number of the article in the briefing's source list. */
  articleNumber: number;
  /** 1-based number of the sentence within its article. */
  sentenceNumber: number;
}

/** Resolves sentence ids to readable references; an id that does not resolve is a bug, so it throws. */
export function citationResolver(briefing: Briefing): (sentenceId: string) => CitationRef {
  const byId = new Map<string, CitationRef>();
  briefing.articles.forEach((article, a) => {
    article.sentences.forEach((s, k) => {
      byId.set(s.id, { sentenceId: s.id, article, articleNumber: a + 1, sentenceNumber: k + 1 });
    });
  });
  return (id) => {
    const ref = byId.get(id);
    if (!ref) throw new Error(`citation '${id}' does not name a sentence of this briefing`);
    return ref;
  };
}

/** Distinct outlets of a story's articles, in order of first appearance. */
export function storyOutlets(story: Story, articles: ReadonlyMap<string, Article>): string[] {
  const out = new Set<string>();
  for (const id of story.articles) {
    const a = articles.get(id);
    const name = a?.source ?? a?.publisher;
    if (name) out.add(name);
  }
  return [...out];
}

/** The story's date range as `YYYY-MM-DD` or `YYYY-MM-DD – YYYY-MM-DD`, or null when no article is dated. */
export function storySpan(story: Story, articles: ReadonlyMap<string, Article>): string | null {
  const dates = story.articles
    .map((id) => articles.get(id)?.published)
    .filter((d): d is string => !!d)
    .sort();
  if (dates.length === 0) return null;
  const first = dates[0]!;
  const last = dates[dates.length - 1]!;
  return first === last ? first : `${first} – ${last}`;
}

/** Counts removals by reason, for a one-line cleaning report. */
export function removalCounts(briefing: Briefing): Map<string, number> {
  const counts = new Map<string, number>();
  for (const a of briefing.articles)
    for (const r of a.removed) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
  return counts;
}
