import type { Article, Briefing, Copy, Repair } from '../types.js';
import type { BriefingJson } from './schema.js';

/** The JSON form of a briefing (the contract in schema.ts): analysis internals such as stems are left out. */
export function toJson(briefing: Briefing): BriefingJson {
  const carriedBy = carriers(briefing);
  return {
    id: briefing.id,
    label: briefing.label,
    articles: briefing.articles.map((a) => articleJson(a, briefing.copies.get(a.id) ?? [], carriedBy)),
    stories: briefing.stories.map((s) => ({
      id: s.id,
      title: s.title,
      articles: s.articles,
      summary: s.summary.map((x) => ({
        text: x.text,
        sentence: x.sentence,
        article: x.article,
        citations: x.citations,
      })),
      entities: s.entities.map((e) => ({ ...e, aliases: [...e.aliases], citations: [...e.citations] })),
      quotes: s.quotes.map((q) => ({ ...q, citations: [...q.citations] })),
      timeline: s.timeline.map((t) => ({ ...t, citations: [...t.citations] })),
    })),
    problems: briefing.problems.map((p) => ({ ...p })),
  };
}

/** For each sentence id, the articles carrying the same statement. */
function carriers(briefing: Briefing): (sentenceId: string, own: string) => string[] {
  const bySentence = new Map<string, string[]>();
  for (const st of briefing.statements) for (const id of st.sentences) bySentence.set(id, st.articles);
  return (id, own) => (bySentence.get(id) ?? []).filter((a) => a !== own);
}

function articleJson(
  a: Article,
  copies: readonly Copy[],
  carriedBy: (sentenceId: string, own: string) => string[],
): BriefingJson['articles'][number] {
  const repair = (r: Repair) => ({
    start: r.start,
    end: r.end,
    original: a.text.slice(r.start, r.end),
    replacement: r.replacement,
    kind: r.kind,
  });
  return {
    id: a.id,
    path: a.path,
    format: a.format,
    title: a.title,
    source: a.source,
    publisher: a.publisher,
    published: a.published,
    publishedInferred: a.publishedInferred,
    url: a.url,
    authors: a.authors,
    sentences: a.sentences.map((s) => ({
      id: s.id,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      repairs: s.repairs.map(repair),
      carriedBy: carriedBy(s.id, a.id),
    })),
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason, start: r.start, end: r.end })),
    copies: copies.map((c) => ({ article: c.article, share: c.share, reworded: c.reworded, swaps: c.swaps })),
  };
}

/** Serialises one briefing as pretty JSON. */
export function renderJson(briefing: Briefing): string {
  return `${JSON.stringify(toJson(briefing), null, 2)}\n`;
}
