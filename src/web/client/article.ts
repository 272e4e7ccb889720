import { api } from './api.js';
import { h, replace } from './dom.js';

/** One article, its sentences in order; the cited sentence highlighted and scrolled into view. */
export async function articleView(root: HTMLElement, id: string, highlight: string | null): Promise<void> {
  const a = await api.article(id);
  const marked: HTMLElement[] = [];
  const body = h(
    'div',
    { class: 'article-text' },
    ...a.sentences.map((s) => {
      const el = h(
        'span',
        {
          class: s.id === highlight ? 'sentence highlighted' : 'sentence',
          id: `s-${s.id}`,
          tabindex: s.id === highlight ? -1 : null,
        },
        s.text,
      );
      if (s.id === highlight) marked.push(el);
      return h('span', {}, el, ' ');
    }),
  );
  replace(
    root,
    h('p', {}, h('a', { href: `#/story/${encodeURIComponent(a.story)}` }, '← Back to the story')),
    h('h1', {}, a.title ?? a.id),
    h('p', { class: 'meta' }, [a.source, a.published, a.url].filter(Boolean).join(' · ')),
    body,
  );
  const first = marked[0];
  if (first) {
    first.scrollIntoView({ block: 'center' });
    first.focus();
  }
}
