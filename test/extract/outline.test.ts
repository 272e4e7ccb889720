import { describe, expect, it } from 'vitest';
import { narrow } from '../../src/extract/narrow.js';
import { type OutlineNode, outline } from '../../src/extract/outline.js';
import { tokenize } from '../../src/extract/tokens.js';

function tags(html: string): string[] {
  const out: string[] = [];
  tokenize(html, {
    open: (name, attributes) =>
      out.push(`<${name}${Object.keys(attributes).length ? JSON.stringify(attributes) : ''}>`),
    close: (name) => out.push(`</${name}>`),
    text: (start, end) => out.push(JSON.stringify(html.slice(start, end))),
    raw: (name, start, end) => out.push(`raw:${name}:${JSON.stringify(html.slice(start, end))}`),
  });
  return out;
}

function shape(node: OutlineNode): string {
  const children = node.children.map(shape).join('');
  return node.name === '#root' ? children : `${node.name}${node.explicit ? '' : '?'}(${children})`;
}

describe('tokenize', () => {
  it('keeps quoted ">" inside attributes, and only the attributes the extractor reads', () => {
    expect(tags('<a href="/x?a>b" data-x=\'1>2\' class=lead>go</a>')).toEqual([
      '<a{"href":"/x?a>b","class":"lead"}>',
      '"go"',
      '</a>',
    ]);
  });

  it('reads script, style and title as raw text to their own end tag', () => {
    expect(tags('<script>if (a<b) document.write("</div>")</script><p>x')).toEqual([
      '<script>',
      'raw:script:"if (a<b) document.write(\\"</div>\\")"',
      '</script>',
      '<p>',
      '"x"',
    ]);
  });

  it('skips comments and doctype, and treats a lone "<" as text', () => {
    expect(tags('<!doctype html><!-- <p>hidden</p> -->1 < 2<b>!</b>')).toEqual([
      '"1 < 2"',
      '<b>',
      '"!"',
      '</b>',
    ]);
  });

  it('runs in linear time on hostile input', () => {
    for (const hostile of [
      '<a'.repeat(200_000),
      `<a title="${'x'.repeat(400_000)}`,
      '<!--'.repeat(100_000),
    ]) {
      const started = performance.now();
      tokenize(hostile, { open() {}, close() {}, text() {}, raw() {} });
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('outline', () => {
  it('implies the end tags HTML implies, and marks what was closed explicitly', () => {
    const page = outline('<div><p>one<p>two<ul><li>a<li>b</ul></div><p>stray</span>');
    expect(shape(page.root)).toBe('div(p?()p?()ul(li?()li?()))p?()');
  });

  it('collects metadata facts from anywhere in the page', () => {
    const page = outline(
      '<html lang="de"><head><title>T &amp; U</title><meta property="og:title" content="OG"><base href="https://x.example/a/">' +
        '<link rel="canonical" href="/c"><script type="application/ld+json">{"@type":"NewsArticle"}</script></head>' +
        '<body><svg><title>icon</title></svg><time datetime="2026-03-04" itemprop="datePublished">4 March</time></body></html>',
    );
    expect(page.facts).toEqual({
      lang: 'de',
      title: 'T &amp; U',
      metas: [{ property: 'og:title', content: 'OG' }],
      links: [{ rel: 'canonical', href: '/c' }],
      jsonLd: ['{"@type":"NewsArticle"}'],
      times: [{ datetime: '2026-03-04', itemprop: 'datePublished', pubdate: false }],
      base: 'https://x.example/a/',
    });
  });
});

describe('narrow', () => {
  const prose = (n: number): string =>
    Array.from(
      { length: n },
      (_, i) => `<p>Paragraph ${i} of the story, long enough to count as prose.</p>`,
    ).join('');

  it('keeps the container holding the text and cuts what Readability would drop', () => {
    const html = `<html><head><title>T</title><script>x()</script></head><body>
<nav><a href="/">Home</a></nav>
<div id="main" data-tracking="abc"><article class="story" onclick="x()">${prose(8)}
<div class="social-share">Share this</div><div hidden>Hidden text</div><div style="display: none">Gone</div></article>
<div class="comments">${prose(2)}</div></div>
<aside>${prose(1)}</aside><footer>© Site</footer></body></html>`;
    const page = outline(html);
    const result = narrow(html, page.root, 'T');
    expect(result.region.name).toBe('article');
    expect(result.html).toContain('<title>T</title>');
    expect(result.html).toContain('<article class="story">');
    expect(result.html).not.toMatch(/onclick|data-tracking|Share this|Hidden text|Gone|Home|©/);
    expect(result.html.match(/<p>/g)).toHaveLength(8);
  });

  it('does not cut a layout container with an unlucky name that holds the article', () => {
    const html = `<body><div class="container penci_sidebar"><article>${prose(6)}</article></div>
<div class="sidebar">${prose(1)}</div></body>`;
    const result = narrow(html, outline(html).root, null);
    expect(result.region.name).toBe('article');
    expect(result.html.match(/<p>/g)).toHaveLength(6);
  });

  it('keeps the whole body when no single container holds the text', () => {
    const html = `<body><div>${prose(3)}</div><div>${prose(3)}</div></body>`;
    const result = narrow(html, outline(html).root, null);
    expect(result.region.name).toBe('body');
    expect(result.html.match(/<p>/g)).toHaveLength(6);
  });
});
