import { type ArticleJson, api, type StoryBriefing } from './api.js';
import { h, replace } from './dom.js';
import { timelineChart } from './timeline.js';

type Lookup = (
  sentenceId: string,
) => { article: ArticleJson; sentence: string; n: number; a: number } | undefined;

/** One story: cited summary, timeline, who said what, outlets with provenance, entities. */
export async function storyView(root: HTMLElement, id: string): Promise<void> {
  const data = await api.story(id);
  const story = data.briefing.stories[0];
  if (!story) throw new Error(`story ${id} has no briefing`);
  const lookup = sentenceLookup(data);
  const sections: (HTMLElement | null)[] = [
    h('p', {}, h('a', { href: '#/' }, '← All stories')),
    h('h1', {}, story.title),
    h('p', { class: 'meta' }, storyMeta(data)),
    h(
      'section',
      { 'aria-labelledby': 'h-summary' },
      h('h2', { id: 'h-summary' }, 'Summary'),
      h(
        'ul',
        { class: 'summary' },
        ...story.summary.map((s) => h('li', {}, s.text, ' ', ...citations(s.citations, lookup))),
      ),
    ),
    timelineSection(story.timeline ?? [], lookup),
    quotesSection(story.quotes ?? [], lookup),
    outletsSection(data),
    entitiesSection(story.entities ?? []),
  ];
  replace(root, ...sections);
}

function storyMeta(data: StoryBriefing): string {
  const s = data.story;
  const span = s.firstPublished
    ? s.lastPublished && s.lastPublished !== s.firstPublished
      ? `${s.firstPublished} – ${s.lastPublished}`
      : s.firstPublished
    : null;
  return [`${s.articleCount} articles`, s.outlets.join(', '), span].filter(Boolean).join(' · ');
}

function sentenceLookup(data: StoryBriefing): Lookup {
  const map = new Map<string, { article: ArticleJson; sentence: string; n: number; a: number }>();
  data.briefing.articles.forEach((article, a) => {
    article.sentences.forEach((s, n) => {
      map.set(s.id, { article, sentence: s.text, n: n + 1, a: a + 1 });
    });
  });
  return (id) => map.get(id);
}

let tipCounter = 0;

/** Citation markers: hovering or focusing one shows the source sentence and outlet; following it opens the article there. */
function citations(ids: readonly string[], lookup: Lookup): HTMLElement[] {
  return ids.flatMap((id) => {
    const ref = lookup(id);
    if (!ref) return [];
    const tip = `tip-${++tipCounter}`;
    const outlet = ref.article.source ?? ref.article.publisher ?? ref.article.title ?? ref.article.id;
    return [
      h(
        'span',
        { class: 'cite-wrap' },
        h(
          'a',
          {
            class: 'cite',
            href: `#/article/${encodeURIComponent(ref.article.id)}?s=${encodeURIComponent(id)}`,
            'aria-describedby': tip,
          },
          `${ref.a}§${ref.n}`,
        ),
        h('span', { class: 'tip', role: 'tooltip', id: tip }, h('strong', {}, outlet), ': ', ref.sentence),
      ),
    ];
  });
}

function timelineSection(
  entries: NonNullable<StoryBriefing['briefing']['stories'][number]['timeline']>,
  lookup: Lookup,
): HTMLElement | null {
  if (entries.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'h-timeline' },
    h('h2', { id: 'h-timeline' }, 'Timeline'),
    timelineChart(entries),
    h(
      'ol',
      { class: 'timeline-list' },
      ...entries.map((e, i) =>
        h(
          'li',
          { id: `event-${i}` },
          h('time', { datetime: e.date }, e.date),
          ' ',
          e.text,
          ' ',
          ...citations(e.citations, lookup),
        ),
      ),
    ),
  );
}

function quotesSection(
  quotes: NonNullable<StoryBriefing['briefing']['stories'][number]['quotes']>,
  lookup: Lookup,
): HTMLElement | null {
  if (quotes.length === 0) return null;
  const bySpeaker = new Map<string, typeof quotes>();
  for (const q of quotes) bySpeaker.set(q.speaker, [...(bySpeaker.get(q.speaker) ?? []), q]);
  return h(
    'section',
    { 'aria-labelledby': 'h-quotes', class: 'quotes' },
    h('h2', { id: 'h-quotes' }, 'Who said what'),
    ...[...bySpeaker].map(([speaker, list]) =>
      h(
        'div',
        { class: 'speaker' },
        h('h3', {}, speaker),
        h(
          'ul',
          {},
          ...list.map((q) =>
            h(
              'li',
              {},
              h('q', {}, q.text),
              q.partial ? h('span', { class: 'partial' }, ' (partial)') : null,
              ' ',
              ...citations(q.citations, lookup),
            ),
          ),
        ),
      ),
    ),
  );
}

function outletsSection(data: StoryBriefing): HTMLElement {
  const byId = new Map(data.briefing.articles.map((a) => [a.id, a]));
  const name = (a: ArticleJson | undefined) => (a ? (a.source ?? a.publisher ?? a.title ?? a.id) : '?');
  return h(
    'section',
    { 'aria-labelledby': 'h-outlets' },
    h('h2', { id: 'h-outlets' }, 'Outlets'),
    h(
      'ul',
      { class: 'outlets' },
      ...data.briefing.articles.map((a, i) =>
        h(
          'li',
          {},
          h('a', { href: `#/article/${encodeURIComponent(a.id)}` }, `${i + 1}. ${a.title ?? a.id}`),
          h(
            'span',
            { class: 'meta' },
            ` ${[a.source, a.publisher && a.publisher !== a.source ? `via ${a.publisher}` : null, a.published].filter(Boolean).join(' · ')}`,
          ),
          ...a.copies.map((c) =>
            h(
              'p',
              { class: 'copy' },
              `Copies ${Math.round(c.share * 100)}% of its sentences from ${name(byId.get(c.article))}`,
              c.reworded ? ` — reworded (${c.swaps.map(([x, y]) => `${x} → ${y}`).join(', ')})` : '',
            ),
          ),
        ),
      ),
    ),
  );
}

function entitiesSection(
  entities: NonNullable<StoryBriefing['briefing']['stories'][number]['entities']>,
): HTMLElement | null {
  if (entities.length === 0) return null;
  return h(
    'section',
    { 'aria-labelledby': 'h-entities' },
    h('h2', { id: 'h-entities' }, 'People, organisations and places'),
    h(
      'ul',
      { class: 'entities' },
      ...entities
        .slice(0, 40)
        .map((e) =>
          h(
            'li',
            {},
            h('strong', {}, e.name),
            ` ${e.type}`,
            e.role ? `, ${e.role}` : '',
            e.aliases.length ? ` (also ${e.aliases.join(', ')})` : '',
            ` · ${e.mentions}×`,
          ),
        ),
    ),
  );
}
