import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCopies } from '../../src/dedupe/provenance.js';
import { findStatements } from '../../src/dedupe/statements.js';
import { renderHtml } from '../../src/render/html.js';
import { toJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { briefingJsonSchema } from '../../src/render/schema.js';
import { synthesiseStory } from '../../src/synthesise/story.js';
import type { Briefing } from '../../src/types.js';
import { bodyArticle } from '../helpers/articles.js';
import { briefingValidator } from '../helpers/schema.js';

const hostile = '<script>alert(1)</script> and <img src=x onerror=alert(2)> "quoted" & more';

function briefing(): Briefing {
  const articles = [
    bodyArticle('one', [`The council voted to close the bridge after ${hostile} were found in the cables.`], {
      title: `Bridge shut ${hostile}`,
      published: '2026-03-03',
    }),
    bodyArticle('two', [
      `The council voted to close the bridge after ${hostile} were found in the cables today.`,
    ]),
  ];
  const statements = findStatements(articles);
  const story = synthesiseStory('s1', articles, statements, { words: 100 });
  return {
    id: 'b1',
    label: `pile ${hostile}`,
    articles,
    stories: [story],
    problems: [],
    statements,
    copies: findCopies(articles, statements),
  };
}

describe('JSON rendering', () => {
  it('keeps schema/briefing.schema.json in step with the zod schema (run `npm run schema`)', () => {
    const file = JSON.parse(
      readFileSync(new URL('../../schema/briefing.schema.json', import.meta.url), 'utf8'),
    );
    expect(file).toEqual(JSON.parse(JSON.stringify(briefingJsonSchema())));
  });

  it('produces documents the published schema accepts', () => {
    const validate = briefingValidator();
    const json = toJson(briefing());
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is rejected by the schema when a contract field is missing', () => {
    const validate = briefingValidator();
    const json = toJson(briefing()) as unknown as { stories: Record<string, unknown>[] };
    delete json.stories[0]!.summary;
    expect(validate(json)).toBe(false);
  });
});

describe('HTML rendering', () => {
  it('escapes every piece of article text and carries no script', () => {
    const html = renderHtml([briefing()]);
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('Content-Security-Policy');
  });

  it('links each citation to an anchor present in the page', () => {
    const html = renderHtml([briefing()]);
    const targets = [...html.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets.length).toBeGreaterThan(0);
    for (const t of targets) expect(html).toContain(`id="${t}"`);
  });
});

describe('Markdown rendering', () => {
  it('marks each summary sentence with article§sentence citations that exist', () => {
    const b = briefing();
    const md = renderMarkdown(b);
    const marks = [...md.matchAll(/\[(\d+)§(\d+)\]/g)].map((m) => [Number(m[1]), Number(m[2])] as const);
    expect(marks.length).toBeGreaterThanOrEqual(2);
    for (const [a, s] of marks) expect(b.articles[a - 1]?.sentences[s - 1]).toBeDefined();
  });
});
