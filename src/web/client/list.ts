import { api, type StoryRow } from './api.js';
import { h, replace } from './dom.js';

/** The story list with a search box and a form to add articles; polls so new stories appear without a reload. */
export function listView(root: HTMLElement, signal: AbortSignal): void {
  const list = h('ol', { class: 'stories', 'aria-live': 'polite', 'aria-label': 'Stories' });
  const status = h('p', { class: 'status', role: 'status' });
  const search = h('input', {
    type: 'search',
    name: 'q',
    placeholder: 'Search articles',
    'aria-label': 'Search articles',
  });
  let query = '';
  const refresh = async () => {
    try {
      const { stories } = await api.stories(query);
      replace(
        list,
        ...(stories.length
          ? stories.map(storyItem)
          : [
              h(
                'li',
                { class: 'empty' },
                query ? 'No story matches.' : 'No stories yet: add articles below.',
              ),
            ]),
      );
    } catch (error) {
      status.textContent = (error as Error).message;
    }
  };
  const form = h(
    'form',
    {
      class: 'search',
      role: 'search',
      onsubmit: (e: Event) => {
        e.preventDefault();
        query = search.value.trim();
        void refresh();
      },
    },
    search,
    h('button', { type: 'submit' }, 'Search'),
  );
  replace(root, h('h1', {}, 'Stories'), form, list, ingestForm(refresh, status), status);
  void refresh();
  const timer = setInterval(() => void refresh(), 3000);
  signal.addEventListener('abort', () => clearInterval(timer));
}

function storyItem(s: StoryRow): HTMLElement {
  const span = s.firstPublished
    ? s.lastPublished && s.lastPublished !== s.firstPublished
      ? `${s.firstPublished} – ${s.lastPublished}`
      : s.firstPublished
    : null;
  const meta = [
    `${s.articleCount} article${s.articleCount === 1 ? '' : 's'}`,
    `${s.outlets.length} outlet${s.outlets.length === 1 ? '' : 's'}`,
    span,
    `updated ${s.updatedAt.slice(0, 16).replace('T', ' ')}`,
  ];
  return h(
    'li',
    { 'data-story': s.id },
    h(
      'a',
      { href: `#/story/${encodeURIComponent(s.id)}`, class: 'story-link' },
      s.title ?? '(untitled story)',
    ),
    h('p', { class: 'meta' }, meta.filter(Boolean).join(' · ')),
  );
}

function ingestForm(refresh: () => Promise<void>, status: HTMLElement): HTMLElement {
  const text = h('textarea', {
    name: 'text',
    rows: 6,
    'aria-label': 'Article text',
    placeholder: 'Paste an article…',
  });
  const files = h('input', {
    type: 'file',
    name: 'files',
    multiple: true,
    accept: '.txt,.html,.htm,.jsonl',
    'aria-label': 'Article files',
  });
  const token = h('input', {
    type: 'password',
    name: 'token',
    autocomplete: 'off',
    'aria-label': 'Access token (if the server needs one)',
    placeholder: 'Token (if needed)',
  });
  const submit = async (e: Event) => {
    e.preventDefault();
    status.textContent = 'Adding…';
    try {
      let stored = 0;
      let seen = 0;
      const count = (r: { articles: { status: string }[] }) => {
        seen += r.articles.length;
        stored += r.articles.filter((a) => a.status === 'stored').length;
      };
      if (text.value.trim()) count(await api.ingestText(text.value, token.value));
      for (const f of Array.from(files.files ?? [])) count(await api.ingestFile(f, token.value));
      status.textContent = seen
        ? `Added ${stored} new article${stored === 1 ? '' : 's'} (${seen - stored} already stored).`
        : 'Nothing to add.';
      text.value = '';
      files.value = '';
      await refresh();
    } catch (error) {
      status.textContent = `Could not add: ${(error as Error).message}`;
    }
  };
  return h(
    'details',
    { class: 'ingest' },
    h('summary', {}, 'Add articles'),
    h(
      'form',
      { onsubmit: submit, 'aria-label': 'Add articles' },
      text,
      h('div', { class: 'row' }, files, token, h('button', { type: 'submit' }, 'Add')),
    ),
  );
}
