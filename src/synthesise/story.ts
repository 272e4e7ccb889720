import { isStopword } from '../analyse/stopwords.js';
import { stems, words } from '../analyse/tokens.js';
import type { Article, Statement, Story, SummaryBudget } from '../types.js';
import { resolveStory, storyEntities } from './entities.js';
import { storyQuotes } from './quotes.js';
import { type SummaryOptions, summarise } from './summary/index.js';
import { storyTimeline } from './timeline.js';

/**
 * Builds one story: its summary, and as its title the article headline that
 * best matches what the summary says (a headline is the source's own words;
 * we never write one).
 */
export function synthesiseStory(
  id: string,
  articles: readonly Article[],
  statements: readonly Statement[],
  budget: SummaryBudget,
  options: Partial<SummaryOptions> = {},
): Story {
  // A statement may reach into other stories; here it counts only the
  // sentences of this story's articles, so citations stay inside the story.
  const members = new Set(articles.map((a) => a.id));
  const own: Statement[] = [];
  for (const s of statements) {
    const inStory = s.articles.filter((a) => members.has(a));
    if (inStory.length === s.articles.length) own.push(s);
    else if (inStory.length > 0)
      own.push({
        sentences: s.sentences.filter((id) => members.has(id.slice(0, id.lastIndexOf(':')))),
        articles: inStory,
      });
  }
  const summary = summarise(articles, own, budget, options);
  return {
    id,
    title: chooseTitle(articles, summary.map((s) => s.text).join(' ')),
    articles: articles.map((a) => a.id),
    summary,
    ...whoSaidWhatWhen(articles, own),
  };
}

/** The story's entities, quotes and timeline (src/analyse/enrich.ts holds the per-article analyses). */
function whoSaidWhatWhen(
  articles: readonly Article[],
  own: readonly Statement[],
): Pick<Story, 'entities' | 'quotes' | 'timeline'> {
  const resolution = resolveStory(articles);
  return {
    entities: storyEntities(articles, resolution),
    quotes: storyQuotes(articles, resolution),
    timeline: storyTimeline(articles, own),
  };
}

function contentStems(text: string): Set<string> {
  const w = words(text).filter((x) => !isStopword(x));
  return new Set(stems(w));
}

/** The headline sharing most content with the summary; the first summary sentence when no article has one. */
export function chooseTitle(articles: readonly Article[], summaryText: string): string {
  const target = contentStems(summaryText);
  let best: string | null = null;
  let bestScore = -1;
  for (const a of articles) {
    if (!a.title) continue;
    const t = contentStems(a.title);
    let shared = 0;
    for (const s of t) if (target.has(s)) shared++;
    const score = t.size > 0 ? shared / Math.sqrt(t.size) : 0;
    if (score > bestScore) {
      bestScore = score;
      best = a.title;
    }
  }
  if (best) return best;
  const first = articles[0]?.sentences[0]?.text;
  return first ?? 'Untitled story';
}
