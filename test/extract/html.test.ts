import { describe, expect, it } from 'vitest';
import { type ExtractedHtml, extractHtml, isHtmlFailure, stripSiteName } from '../../src/extract/html.js';

const ARTICLE_PAGE = `<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <title>Council approves new river defences | The Riverside Courier</title>
  <meta property="og:site_name" content="The Riverside Courier">
  <meta property="og:title" content="Council approves new river defences | The Riverside Courier">
  <meta name="author" content="Ann Example">
  <link rel="canonical" href="/news/2021/03/river-defences">
  <script type="application/ld+json">
  {"@context": "https://schema.org", "@type": "NewsArticle",
   "headline": "Council approves new river defences",
   "datePublished": "2021-03-04T18:05:00+00:00",
   "author": [{"@type": "Person", "name": "Ann Example"}, {"@type": "Person", "name": "Bob Sample"}],
   "publisher": {"@type": "Organization", "name": "The Riverside Courier"}}
  </script>
  <style>.ad { color: red }</style>
</head>
<body>
  <nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
  <div class="ad-banner advertisement">Buy one mattress, get one free! Limited offer.</div>
  <main>
    <article>
      <h1>Council approves new river defences</h1>
      <p class="byline">By Ann Example and Bob Sample</p>
      <p>The town council on Thursday approved a &pound;12 million plan to raise the flood walls along the
         River Wend, after three floods in two   years damaged more than 400 homes.</p>
      <h2>Work to start in May</h2>
      <p>Construction will begin in May and is expected to last eighteen months, the council&rsquo;s
         engineering chief, Carla Test, told reporters. &ldquo;This is the single biggest investment the town
         has made in a generation,&rdquo; she said.</p>
      <p>Residents of the lower town, where water reached the first floor of some houses last winter, welcomed
         the decision but said the work should have started years ago.<br>Others asked about the cost.</p>
      <ul><li>Flood walls raised by 1.2 metres</li><li>Two new pumping stations</li></ul>
    </article>
    <aside class="related"><h3>Related stories</h3><a href="/x">Bridge closed for repairs</a></aside>
  </main>
  <footer><p>&copy; 2021 The Riverside Courier. All rights reserved.</p><p>Contact us | Privacy | Cookies</p></footer>
  <script>trackPageView();</script>
</body>
</html>`;

function extracted(html: string, url?: string): ExtractedHtml {
  const result = extractHtml(html, url);
  if (isHtmlFailure(result)) throw new Error(result.reason);
  return result;
}

describe('extractHtml on an article page', () => {
  const page = extracted(ARTICLE_PAGE, 'https://courier.example/news/2021/03/river-defences?utm=x');

  it('keeps the article paragraphs, each heading and list item on its own, separated by blank lines', () => {
    const paragraphs = page.text.split('\n\n');
    expect(paragraphs).toContain('Work to start in May');
    expect(paragraphs).toContain('Flood walls raised by 1.2 metres');
    expect(paragraphs).toContain('Two new pumping stations');
    expect(paragraphs.find((p) => p.startsWith('The town council'))).toBe(
      'The town council on Thursday approved a £12 million plan to raise the flood walls along the River Wend, after three floods in two years damaged more than 400 homes.',
    );
    // A <br> inside a paragraph is a line break, not a new paragraph.
    expect(paragraphs.find((p) => p.startsWith('Residents'))).toMatch(
      /started years ago\.\nOthers asked about the cost\.$/,
    );
  });

  it('decodes entities and collapses whitespace', () => {
    expect(page.text).toContain(
      'the council’s engineering chief, Carla Test, told reporters. “This is the single biggest',
    );
    expect(page.text).not.toMatch(/ {2}|\t|&\w+;/);
  });

  it('leaves out navigation, ads, related links, footer and scripts', () => {
    for (const junk of [
      'Home',
      'mattress',
      'Related stories',
      'All rights reserved',
      'trackPageView',
      'color: red',
    ]) {
      expect(page.text).not.toContain(junk);
    }
  });

  it('reads metadata: title without the site suffix, site, authors, date, language, canonical URL', () => {
    expect(page.title).toBe('Council approves new river defences');
    expect(page.source).toBe('The Riverside Courier');
    expect(page.authors).toEqual(['Ann Example', 'Bob Sample']);
    expect(page.published).toBe('2021-03-04');
    expect(page.lang).toBe('en-GB');
    expect(page.url).toBe('https://courier.example/news/2021/03/river-defences');
  });
});

describe('extractHtml metadata fallbacks', () => {
  const body = '<p>Enough words in this paragraph to count as the article body of the page.</p>';

  it('takes the date from meta tags, then from <time datetime>', () => {
    const meta = (attr: string) => `<html><head><meta ${attr}></head><body>${body}</body></html>`;
    expect(
      extracted(meta('property="article:published_time" content="2019-11-19T10:00:00-05:00"')).published,
    ).toBe('2019-11-19');
    expect(extracted(meta('name="DC.date.issued" content="2018-01-02"')).published).toBe('2018-01-02');
    expect(extracted(meta('property="og:published_time" content="2017-04-12"')).published).toBe('2017-04-12');
    const time = `<html><body><time datetime="2016-12-30T08:00Z">Friday</time>${body}</body></html>`;
    expect(extracted(time).published).toBe('2016-12-30');
    expect(extracted(`<html><body>${body}</body></html>`).published).toBeNull();
  });

  it('splits a byline into authors when no structured author is given', () => {
    const html = `<html><head><meta name="author" content="By Jane Roe, Staff Writer and John Doe"></head><body>${body}</body></html>`;
    expect(extracted(html).authors).toEqual(['Jane Roe', 'John Doe']);
  });

  it('survives broken JSON-LD', () => {
    const html = `<html><head><script type="application/ld+json">{"datePublished": </script></head><body>${body}</body></html>`;
    expect(extracted(html).text).toBe(body.slice(3, -4));
  });
});

describe('extractHtml on broken markup', () => {
  it('reads a fragment with unclosed tags and stray closers', () => {
    const result = extracted('<div><p>First para <b>bold<p>Second para</i></td></div></span><p>Third');
    expect(result.text.split('\n\n')).toEqual(['First para bold', 'Second para', 'Third']);
    expect(result.title).toBeNull();
  });

  it('never throws on garbage, and says why there is no text', () => {
    for (const junk of [
      '<<<>>>',
      '',
      '</html><',
      '<html><body></body></html>',
      '<!-- only a comment',
      '<<<<<<div',
    ]) {
      const result = extractHtml(junk);
      if (isHtmlFailure(result)) expect(['bad-html', 'no-text']).toContain(result.code);
      else expect(result.text.length).toBeGreaterThan(0);
    }
    const empty = extractHtml(
      '<html><head><title>Empty</title></head><body><script>x()</script><style>p{}</style></body></html>',
    );
    expect(empty).toMatchObject({ code: 'no-text' });
  });

  it('keeps text from a document whose structure came out broken', () => {
    expect(extracted('</html><p>Stray closing tag first, then a sentence.').text).toBe(
      'Stray closing tag first, then a sentence.',
    );
  });

  it('reads plain text mislabelled as HTML', () => {
    expect(extracted('Just a sentence, no tags.').text).toBe('Just a sentence, no tags.');
  });
});

describe('stripSiteName', () => {
  it('drops the site name as a suffix or prefix, and nothing else', () => {
    expect(stripSiteName('Storm hits coast - BBC News', 'BBC News')).toBe('Storm hits coast');
    expect(stripSiteName('Storm hits coast | bbc news', 'BBC News')).toBe('Storm hits coast');
    expect(stripSiteName('BBC News | Storm hits coast', 'BBC News')).toBe('Storm hits coast');
    expect(stripSiteName('Storm hits coast - live updates', 'BBC News')).toBe(
      'Storm hits coast - live updates',
    );
    expect(stripSiteName('Storm hits coast - BBC News', null)).toBe('Storm hits coast - BBC News');
  });
});

describe('extractHtml on random tag soup', () => {
  it('never throws', () => {
    // A fixed-seed generator, so a failure can be replayed.
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const pieces = [
      '<p>',
      '</p>',
      '<div class="x">',
      '</div>',
      '<html>',
      '</html>',
      '<body>',
      '<br>',
      '<!--',
      '-->',
      '<script>',
      '</script>',
      '<table><tr><td>',
      '&amp;',
      '&#x',
      '<',
      '>',
      '"',
      'word ',
      'Sentence here. ',
      '<h1>',
      '<li>',
      '<meta property="og:title" content="',
      '<time datetime="2020-02-30">',
      '<script type="application/ld+json">{"@graph":[',
    ];
    for (let i = 0; i < 300; i++) {
      const html = Array.from({ length: 1 + random(40) }, () => pieces[random(pieces.length)]).join('');
      const result = extractHtml(html);
      expect(isHtmlFailure(result) ? result.code : typeof result.text).toMatch(/^(bad-html|no-text|string)$/);
    }
  });
});

describe('extractHtml on a page that leaks furniture into the article', () => {
  const PROSE = [
    'The harbour authority said on Tuesday that the Old Mill ferry would stop running in April after forty years of service.',
    'About 1,200 passengers a day use the ferry, most of them commuters between the harbour district and the northern suburbs.',
    'Residents said they would campaign to keep the service, which many of them described as a lifeline for older people.',
  ];
  const LEAKY = `<!doctype html><html lang="en"><head><title>Ferry to stop | Harbour Times</title>
<meta property="og:site_name" content="Harbour Times"></head><body>
<article class="story">
<h1>Ferry to stop</h1>
<p class="timestamp">Updated 10:01 pm PST, Tuesday, November 19, 2019</p>
<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a></div>
<p>${PROSE[0]}</p>
<figure><img src="ferry.jpg" alt=""><figcaption>The ferry leaves the harbour on Monday. (Photo: Ann Example)</figcaption></figure>
<p>Advertisement</p>
<p>${PROSE[1]}</p>
<p><a href="/other">Read more: Council approves new river defences</a></p>
<div class="newsletter-box"><p>Get the Harbour Times briefing in your inbox every morning. Sign up now.</p></div>
<p>${PROSE[2]}</p>
<p>(Reporting by Ann Example; Editing by Bob Sample)</p>
<div class="author-bio"><p>Ann Example covers transport for the Harbour Times.</p></div>
<h3>Comments</h3>
</article></body></html>`;

  it('keeps the prose and says why it took out each leaked line (figures go before parsing)', () => {
    const page = extracted(LEAKY, 'https://harbour.example/2019/11/19/ferry');
    expect(page.text).toBe(PROSE.join('\n\n'));
    const reasons = Object.fromEntries(page.dropped.map((d) => [d.text, d.reason]));
    expect(reasons).toMatchObject({
      'Updated 10:01 pm PST, Tuesday, November 19, 2019': expect.stringMatching(/date|furniture/),
      Advertisement: 'widget',
      'Read more: Council approves new river defences': 'related',
      '(Reporting by Ann Example; Editing by Bob Sample)': 'credit',
      Comments: 'widget',
    });
    expect(page.title).toBe('Ferry to stop');
    expect(page.published).toBe('2019-11-19');
  });
});
