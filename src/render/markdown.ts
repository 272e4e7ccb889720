import type { Article, Briefing } from '../types.js';
import { citationResolver, removalCounts, storyOutlets, storySpan } from './citations.js';
import { whoWhenMarkdown } from './who-when-markdown.js';

/**
 * A briefing as Markdown for the terminal: per story, the summary with
 * citation markers `[article§sentence]`, then the numbered source list, what
 * cleaning removed, and any problems with the input.
 */
export function renderMarkdown(briefing: Briefing): string {
  const articles = new Map(briefing.articles.map((a) => [a.id, a]));
  const resolve = citationResolver(briefing);
  const lines: string[] = [];
  const n = briefing.articles.length;
  lines.push(`# Briefing: ${briefing.label}`, '');
  lines.push(
    `${n} article${n === 1 ? '' : 's'}, ${briefing.stories.length} stor${briefing.stories.length === 1 ? 'y' : 'ies'}`,
    '',
  );
  for (const story of briefing.stories) {
    lines.push(`## ${story.title}`, '');
    const meta = [`${story.articles.length} article${story.articles.length === 1 ? '' : 's'}`];
    const outlets = storyOutlets(story, articles);
    if (outlets.length > 0) meta.push(outlets.join(', '));
    const span = storySpan(story, articles);
    if (span) meta.push(span);
    lines.push(`_${meta.join(' · ')}_`, '');
    for (const s of story.summary) {
      const marks = s.citations.map((id) => {
        const ref = resolve(id);
        return `[${ref.articleNumber}§${ref.sentenceNumber}]`;
      });
      lines.push(`- ${s.text} ${marks.join('')}`);
    }
    if (story.summary.length === 0)
      lines.push('_No sentence of these articles can stand alone in a summary._');
    lines.push('');
    lines.push(...whoWhenMarkdown(story, resolve));
  }
  lines.push('## Sources', '');
  briefing.articles.forEach((a, i) => {
    lines.push(`${i + 1}. ${describe(a)}`);
  });
  lines.push('');
  const counts = removalCounts(briefing);
  if (counts.size > 0) {
    const parts = [...counts].map(([reason, k]) => `${k} ${reason}`);
    lines.push(`_Cleaning removed ${parts.join(', ')} (listed in full with \`--format json\`)._`, '');
  }
  if (briefing.problems.length > 0) {
    lines.push('## Problems with the input', '');
    for (const p of briefing.problems) lines.push(`- ${p.message}${p.hint ? ` (${p.hint})` : ''}`);
    lines.push('');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

function describe(a: Article): string {
  const parts = [a.title ? `**${a.title}**` : `**${a.id}**`];
  const outlet = [a.source, a.publisher].filter(Boolean).join(' via ');
  if (outlet) parts.push(outlet);
  if (a.published) parts.push(a.published);
  parts.push(`\`${a.path}\``);
  return parts.join(' · ');
}
