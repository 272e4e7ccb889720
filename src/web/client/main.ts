import { articleView } from './article.js';
import { h, replace } from './dom.js';
import { listView } from './list.js';
import { storyView } from './story.js';

const root = document.getElementById('app')!;
let current = new AbortController();

/** Hash routes: `#/` the list, `#/story/<id>`, `#/article/<id>?s=<sentence id>`. */
async function route(): Promise<void> {
  current.abort();
  current = new AbortController();
  const [path = '', query = ''] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  try {
    if (parts[0] === 'story' && parts[1]) await storyView(root, parts[1]);
    else if (parts[0] === 'article' && parts[1])
      await articleView(root, parts[1], new URLSearchParams(query).get('s'));
    else listView(root, current.signal);
  } catch (error) {
    replace(
      root,
      h('p', {}, h('a', { href: '#/' }, '← All stories')),
      h('p', { class: 'status', role: 'alert' }, (error as Error).message),
    );
  }
}

window.addEventListener('hashchange', () => void route());
void route();
