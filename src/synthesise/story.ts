import { isStopword } from '../analyse/stopwords.js';
import { wordsAndStems } from '../analyse/tokens.js';
import type { Article, Statement, Story, SummaryBudget, SummarySentence } from '../types.js';
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
    // Most statements lie wholly inside or outside the story: count first, copy only the rest.
    let inStory = 0;
    for (const a of s.articles) if (members.has(a)) inStory++;
    if (inStory === s.articles.length) own.push(s);
    else if (inStory > 0)
      own.push({
        sentences: s.sentences.filter((id) => members.has(id.slice(0, id.lastIndexOf(':')))),
        articles: s.articles.filter((a) => members.has(a)),
      });
  }
  const summary = summarise(articles, own, budget, options);
  return {
    id,
    title: chooseTitle(articles, summary),
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

/** The stems of the words of `words` that are no stopwords, added to `into`. */
function addContentStems(words: readonly string[], stems: readonly string[], into: Set<string>): Set<string> {
  for (let k = 0; k < words.length; k++) if (!isStopword(words[k]!)) into.add(stems[k]!);
  return into;
}

/**
 * The content stems of the summary's sentences, read from their analysis:
 * the words of sentences joined by spaces are the words of each in turn, so
 * there is no need to tokenise the summary again.
 */
function summaryStems(articles: readonly Article[], summary: readonly SummarySentence[]): Set<string> {
  const out = new Set<string>();
  for (const { article, sentence: id } of summary) {
    const sentence = articles.find((a) => a.id === article)?.sentences.find((s) => s.id === id);
    if (sentence) addContentStems(sentence.words, sentence.stems, out);
  }
  return out;
}

/** The headline sharing most content with the summary; without headlines, the first sentence of the first article. */
export function chooseTitle(articles: readonly Article[], summary: readonly SummarySentence[]): string {
  const target = summaryStems(articles, summary);
  let best: string | null = null;
  let bestScore = -1;
  for (const a of articles) {
    if (!a.title) continue;
    const title = wordsAndStems(a.title);
    const t = addContentStems(title.words, title.stems, new Set());
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
