import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/extract/dom.js';
import { readArticle } from '../../src/extract/readable.js';

const PAGE = `<!doctype html><html><head><title>Ferry service to end - Harbour Times</title></head><body>
<div class="page"><header><a href="/">Harbour Times</a></header>
<div class="byline">By <span itemprop="author">Jane Roe</span></div>
<div id="story" class="article-body">
<h2>Ferry service to end</h2>
<p>The harbour authority said on Tuesday that the Old Mill ferry, which has run for forty years, would stop in April.</p>
<div>About 1,200 passengers a day use the ferry, most of them commuters between the harbour district and the suburbs.</div>
<p style="display:none">A hidden paragraph that no reader sees, and that the extractor must not keep either.</p>
<p>"We looked at every option," the authority's director, Carla Test, said. <a href="#note">See the note</a>.</p>
<ul><li>Last sailing: 30 April</li><li>Replacement buses from 1 May</li></ul>
<table><tr><td>Route</td><td>Passengers</td></tr><tr><td>Old Mill</td><td>1,200</td></tr></table>
<p>Residents said they would campaign to keep the service, which they called a lifeline for the northern suburbs.</p>
</div>
<div class="related"><a href="/a">Other story one</a><a href="/b">Other story two</a></div>
</div></body></html>`;

const squash = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

describe('readArticle', () => {
  it('gives the same text with its shortcuts as plain Readability', () => {
    const fast = readArticle(parseDocument(PAGE) as never);
    const plain = readArticle(parseDocument(PAGE) as never, { fast: false });
    expect(fast).not.toBeNull();
    expect(squash(fast!.content.textContent)).toBe(squash(plain!.content.textContent));
    expect(fast!.byline).toBe(plain!.byline);
    expect(fast!.title).toBe(plain!.title);
    expect(squash(fast!.content.textContent)).toContain('the Old Mill ferry');
    expect(squash(fast!.content.textContent)).not.toContain('hidden paragraph');
  });

  it('returns null when Readability finds nothing or fails', () => {
    expect(readArticle(parseDocument('<html><body></body></html>') as never)).toBeNull();
  });
});
