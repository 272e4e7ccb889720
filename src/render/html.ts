import type { Article, Briefing, Story } from '../types.js';
import { type CitationRef, citationResolver, removalCounts, storyOutlets, storySpan } from './citations.js';
import { escapeHtml as esc } from './escape.js';
import { whoWhenHtml } from './who-when-html.js';

// One self-contained page: no script at all, so article text can never run;
// hovering a citation shows its source sentence (title attribute) and
// following it highlights the sentence in place (:target).
const STYLE = `
:root{color-scheme:light dark;--fg:#1b1b1b;--muted:#5f6368;--bg:#fff;--accent:#0b57d0;--mark:#fff3b0;--line:#ddd}
@media (prefers-color-scheme:dark){:root{--fg:#e8e8e8;--muted:#a0a4a8;--bg:#121212;--accent:#8ab4f8;--mark:#5c4d00;--line:#333}}
body{font:17px/1.6 Georgia,'Times New Roman',serif;color:var(--fg);background:var(--bg);max-width:46rem;margin:2rem auto;padding:0 1rem}
h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}h1{font-size:1.6rem}h2{font-size:1.3rem;margin-top:2.5rem}
h3{font-size:1.05rem;margin-bottom:.2rem}.meta{color:var(--muted);font:14px/1.4 system-ui,sans-serif}
ul.summary li{margin:.5rem 0}sup a{font:12px system-ui,sans-serif;color:var(--accent);text-decoration:none;padding:0 .1rem}
sup a:focus,sup a:hover{text-decoration:underline}.sentence:target{background:var(--mark);outline:2px solid var(--mark)}
article{border-top:1px solid var(--line);padding-top:.5rem}details{margin:.5rem 0 1rem}summary{cursor:pointer;color:var(--muted);font:14px system-ui,sans-serif}
table{border-collapse:collapse;font:14px/1.4 system-ui,sans-serif}td{border-top:1px solid var(--line);padding:.2rem .5rem;vertical-align:top}
.problems li{color:#b3261e}`;

/** Anchor of a sentence in the page, from positions (ids may hold any character). */
function anchor(b: number, ref: Pick<CitationRef, 'articleNumber' | 'sentenceNumber'>): string {
  return `b${b}-a${ref.articleNumber}-s${ref.sentenceNumber}`;
}

/** Briefings (one per pile) as one self-contained, readable HTML page. */
export function renderHtml(briefings: readonly Briefing[]): string {
  const title = briefings.length === 1 ? briefings[0]!.label : `${briefings.length} briefings`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(title)}: newsbrief</title><style>${STYLE}</style></head>
<body>
${briefings.map((b, i) => briefingHtml(b, i + 1)).join('\n')}
</body></html>
`;
}

function briefingHtml(briefing: Briefing, b: number): string {
  const articles = new Map(briefing.articles.map((a) => [a.id, a]));
  const resolve = citationResolver(briefing);
  const body = [
    `<h1>${esc(briefing.label)}</h1>`,
    `<p class="meta">${briefing.articles.length} articles · ${briefing.stories.length} stories</p>`,
    ...briefing.stories.map((s) => storyHtml(b, s, articles, resolve)),
    '<h2>Sources</h2>',
    ...briefing.articles.map((a, i) => articleHtml(b, a, i + 1)),
    cleaningHtml(briefing),
    problemsHtml(briefing),
  ];
  return `<main>${body.filter(Boolean).join('\n')}</main>`;
}

function storyHtml(
  b: number,
  story: Story,
  articles: ReadonlyMap<string, Article>,
  resolve: (id: string) => CitationRef,
): string {
  const meta = [`${story.articles.length} articles`, ...storyOutlets(story, articles)];
  const span = storySpan(story, articles);
  if (span) meta.push(span);
  const mark = (ref: CitationRef) => {
    const tip = `${ref.article.source ?? ref.article.title ?? ref.article.id}: ${ref.article.sentences[ref.sentenceNumber - 1]!.text}`;
    return `<sup><a href="#${anchor(b, ref)}" title="${esc(tip)}">${ref.articleNumber}§${ref.sentenceNumber}</a></sup>`;
  };
  const items = story.summary.map(
    (s) => `<li>${esc(s.text)} ${s.citations.map((id) => mark(resolve(id))).join('')}</li>`,
  );
  return `<section><h2>${esc(story.title)}</h2><p class="meta">${esc(meta.join(' · '))}</p>
<ul class="summary">${items.join('\n')}</ul>${whoWhenHtml(story, resolve, mark)}</section>`;
}

function articleHtml(b: number, a: Article, number: number): string {
  const meta = [
    a.source,
    a.publisher && a.publisher !== a.source ? `via ${a.publisher}` : null,
    a.published,
    a.path,
  ];
  const paragraphs: string[][] = [];
  a.sentences.forEach((s, k) => {
    const html = `<span class="sentence" id="${anchor(b, { articleNumber: number, sentenceNumber: k + 1 })}">${esc(s.text)}</span>`;
    const paragraph = paragraphs[s.paragraph] ?? [];
    paragraph.push(html);
    paragraphs[s.paragraph] = paragraph;
  });
  return `<article><h3>${number}. ${esc(a.title ?? a.id)}</h3><p class="meta">${esc(meta.filter(Boolean).join(' · '))}</p>
<details><summary>Article text (${a.sentences.length} sentences)</summary>${paragraphs
    .filter(Boolean)
    .map((p) => `<p>${p.join(' ')}</p>`)
    .join('\n')}</details></article>`;
}

function cleaningHtml(briefing: Briefing): string {
  if (removalCounts(briefing).size === 0) return '';
  const rows = briefing.articles.flatMap((a, i) =>
    a.removed.map((r) => `<tr><td>${i + 1}</td><td>${esc(r.reason)}</td><td>${esc(r.text)}</td></tr>`),
  );
  return `<h2>Removed by cleaning</h2><details><summary>${rows.length} pieces of text kept out of the summaries</summary>
<table><tbody>${rows.join('\n')}</tbody></table></details>`;
}

function problemsHtml(briefing: Briefing): string {
  if (briefing.problems.length === 0) return '';
  const items = briefing.problems.map(
    (p) => `<li>${esc(p.message)}${p.hint ? ` (${esc(p.hint)})` : ''}</li>`,
  );
  return `<h2>Problems with the input</h2><ul class="problems">${items.join('\n')}</ul>`;
}
