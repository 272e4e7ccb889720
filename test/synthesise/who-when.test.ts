import { describe, expect, it } from 'vitest';
import { findStatements } from '../../src/dedupe/statements.js';
import { renderHtml } from '../../src/render/html.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { synthesiseStory } from '../../src/synthesise/story.js';
import type { Briefing } from '../../src/types.js';
import { bodyArticle } from '../helpers/articles.js';

const courier = bodyArticle(
  'courier',
  [
    'Mayor Ana Ruiz closed the Kellingbay bridge on Monday after inspectors found corroded cables.',
    '“Nobody crosses until every cable is replaced,” Ruiz said.',
    'Sergei Lavrov, the visiting foreign minister, watched the works.',
  ],
  { published: '2026-03-04' },
);
const radio = bodyArticle(
  'radio',
  [
    'Kellingbay mayor Ana Ruiz closed the bridge on Monday after inspectors found corroded cables.',
    '“Nobody crosses until every cable is replaced,” the mayor said, adding that ferries would run.',
    'Sergey Lavrov also toured the site <b>& the port</b>.',
  ],
  { published: '2026-03-04' },
);

function story() {
  const articles = [courier, radio];
  const statements = findStatements(articles);
  return { articles, statements, story: synthesiseStory('s1', articles, statements, { words: 60 }) };
}

describe('who said what, and when, for a story', () => {
  it('merges one quote carried by two outlets into one quote citing both', () => {
    const { story: s } = story();
    expect(s.quotes).toEqual([
      {
        speaker: 'Ana Ruiz',
        text: 'Nobody crosses until every cable is replaced',
        partial: false,
        citations: ['courier:1', 'radio:1'],
      },
    ]);
  });

  it('merges a person’s names across outlets', () => {
    const { story: s } = story();
    const lavrov = s.entities.find((e) => e.name === 'Sergei Lavrov')!;
    expect(lavrov.aliases).toEqual(['Sergey Lavrov']);
    expect(lavrov.citations).toEqual(['courier:2', 'radio:2']);
    expect(lavrov.role).toBe('visiting foreign minister');
  });

  it('builds a timeline of dated sentences, one event per statement', () => {
    const { story: s } = story();
    expect(s.timeline).toHaveLength(1);
    expect(s.timeline[0]).toMatchObject({ date: '2026-03-02', certain: false });
    expect(s.timeline[0]!.citations.sort()).toEqual(['courier:0', 'radio:0']);
  });

  it('renders both sections in Markdown and escapes them in HTML', () => {
    const { articles, statements, story: s } = story();
    const briefing: Briefing = {
      id: 'b',
      label: 'b',
      articles,
      stories: [s],
      problems: [],
      statements,
      copies: new Map(),
    };
    const md = renderMarkdown(briefing);
    expect(md).toContain('### Who said what');
    expect(md).toContain('**Ana Ruiz** (Mayor)');
    expect(md).toMatch(/### Timeline\n\n- \*\*2026-03-02\*\* _\(implied\)_ Mayor Ana Ruiz closed/);
    const html = renderHtml([briefing]);
    expect(html).toContain('<h3>Who said what</h3>');
    expect(html).toContain('<time datetime="2026-03-02">');
    expect(html).not.toContain('<b>& the port</b>');
  });
});
