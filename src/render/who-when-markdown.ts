/** The "Who said what" and "Timeline" sections of a Markdown story. */
import type { Story } from '../types.js';
import type { CitationRef } from './citations.js';
import { quotesBySpeaker } from './who-when.js';

function marks(citations: readonly string[], resolve: (id: string) => CitationRef): string {
  return citations
    .map((id) => {
      const ref = resolve(id);
      return `[${ref.articleNumber}§${ref.sentenceNumber}]`;
    })
    .join('');
}

/** Markdown lines for a story's quotes by speaker and its timeline; none when it has neither. */
export function whoWhenMarkdown(story: Story, resolve: (id: string) => CitationRef): string[] {
  const lines: string[] = [];
  const groups = quotesBySpeaker(story);
  if (groups.length > 0) {
    lines.push('### Who said what', '');
    for (const g of groups) {
      lines.push(`**${g.speaker}**${g.role ? ` (${g.role})` : ''}`, '');
      for (const q of g.quotes)
        lines.push(`- “${q.text}”${q.partial ? ' _(partial)_' : ''} ${marks(q.citations, resolve)}`);
      lines.push('');
    }
  }
  if (story.timeline.length > 0) {
    lines.push('### Timeline', '');
    for (const t of story.timeline)
      lines.push(
        `- **${t.date}**${t.certain ? '' : ' _(implied)_'} ${t.text} ${marks(t.citations, resolve)}`,
      );
    lines.push('');
  }
  return lines;
}
