/** The "Who said what" and "Timeline" sections of an HTML story; every text escaped. */
import type { Story } from '../types.js';
import type { CitationRef } from './citations.js';
import { escapeHtml as esc } from './escape.js';
import { quotesBySpeaker } from './who-when.js';

/** Renders one citation mark (the page's own format, with its anchors). */
export type CitationMark = (ref: CitationRef) => string;

function marks(
  citations: readonly string[],
  resolve: (id: string) => CitationRef,
  mark: CitationMark,
): string {
  return citations.map((id) => mark(resolve(id))).join('');
}

/** HTML for a story's quotes by speaker and its timeline; empty when it has neither. */
export function whoWhenHtml(story: Story, resolve: (id: string) => CitationRef, mark: CitationMark): string {
  const parts: string[] = [];
  const groups = quotesBySpeaker(story);
  if (groups.length > 0) {
    const items = groups.map((g) => {
      const quotes = g.quotes.map(
        (q) =>
          `<li class="quote"><q>${esc(q.text)}</q>${q.partial ? ' <span class="meta">(partial)</span>' : ''} ${marks(q.citations, resolve, mark)}</li>`,
      );
      return `<h4>${esc(g.speaker)}${g.role ? ` <span class="meta">${esc(g.role)}</span>` : ''}</h4><ul>${quotes.join('')}</ul>`;
    });
    parts.push(`<h3>Who said what</h3>${items.join('\n')}`);
  }
  if (story.timeline.length > 0) {
    const items = story.timeline.map(
      (t) =>
        `<li class="event"><time datetime="${esc(t.date)}">${esc(t.date)}</time>${t.certain ? '' : ' <span class="meta">(implied)</span>'} ${esc(t.text)} ${marks(t.citations, resolve, mark)}</li>`,
    );
    parts.push(`<h3>Timeline</h3><ul class="timeline">${items.join('\n')}</ul>`);
  }
  return parts.join('\n');
}
