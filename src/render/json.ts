import type { Article, Briefing, Repair } from '../types.js';
import type { BriefingJson } from './schema.js';

/** The JSON form of a briefing (the contract in schema.ts): analysis internals such as stems are left out. */
export function toJson(briefing: Briefing): BriefingJson {
  return {
    id: briefing.id,
    label: briefing.label,
    articles: briefing.articles.map(articleJson),
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
    })),
    problems: briefing.problems.map((p) => ({ ...p })),
  };
}

function articleJson(a: Article): BriefingJson['articles'][number] {
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
    url: a.url,
    authors: a.authors,
    sentences: a.sentences.map((s) => ({
      id: s.id,
      text: s.text,
      start: s.start,
      end: s.end,
      paragraph: s.paragraph,
      repairs: s.repairs.map(repair),
    })),
    removed: a.removed.map((r) => ({ text: r.text, reason: r.reason, start: r.start, end: r.end })),
  };
}

/** Serialises one briefing as pretty JSON. */
export function renderJson(briefing: Briefing): string {
  return `${JSON.stringify(toJson(briefing), null, 2)}\n`;
}
