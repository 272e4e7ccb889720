import { describe, expect, it } from 'vitest';
import { parseFeedDate } from '../../src/web/feeds/dates.js';
import { OpmlError, opmlFeedUrls } from '../../src/web/feeds/opml.js';
import { FeedParseError, parseFeedBytes, parseFeedText } from '../../src/web/feeds/parse.js';

const FEED_URL = 'https://news.example/feeds/main.xml';

const RSS = `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Example News</title><link>https://news.example/</link>
<item><title>Bridge closed</title><link>/2026/03/bridge</link><guid isPermaLink="false">bridge-1</guid><pubDate>Tue, 03 Mar 2026 10:00:00 GMT</pubDate></item>
<item><title>Broken date</title><link>https://news.example/2026/03/broken</link><pubDate>Mon, 32 Foo 2026 99:00</pubDate></item>
<item><title>Date in dc</title><link>https://news.example/dc</link><dc:date>2026-03-02T08:00:00+01:00</dc:date></item>
<item><title>No link, no guid</title><description>nothing to fetch</description></item>
<item><title>Duplicate</title><link>/2026/03/bridge</link><guid isPermaLink="false">bridge-1</guid></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Atom News</title><id>urn:feed</id><updated>2026-03-03T10:00:00Z</updated>
<entry><title>First</title><id>urn:entry:1</id><link rel="self" href="https://news.example/self/1"/><link rel="alternate" type="text/html" href="https://news.example/a/1"/>
<updated>not a date</updated><published>2026-03-03T11:30:00-05:00</published></entry>
<entry><title>Second</title><id>urn:entry:2</id><link href="/a/2"/><updated>2026-02-30T10:00:00Z</updated></entry>
</feed>`;

const RDF = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://news.example/"><title>RDF News</title><link>https://news.example/</link></channel>
<item rdf:about="https://news.example/r/1"><title>RDF item</title><link>https://news.example/r/1</link><dc:date>2002-09-01T00:00:00Z</dc:date></item>
</rdf:RDF>`;

const JSON_FEED = JSON.stringify({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'JSON News',
  items: [
    { id: 'j1', url: 'https://news.example/j/1', title: 'JSON item', date_published: '2026-03-01T09:00:00Z' },
    { id: 'j2', url: 'https://news.example/j/2', title: 'Bad date', date_published: 'yesterday-ish' },
  ],
});

describe('parseFeedText', () => {
  it('reads RSS 2.0: guid or link as id, relative links resolved, raw dates normalised', () => {
    const feed = parseFeedText(RSS, FEED_URL);
    expect(feed.format).toBe('rss');
    expect(feed.title).toBe('Example News');
    expect(feed.items).toEqual([
      {
        id: 'bridge-1',
        url: 'https://news.example/2026/03/bridge',
        title: 'Bridge closed',
        published: '2026-03-03T10:00:00.000Z',
      },
      {
        id: 'https://news.example/2026/03/broken',
        url: 'https://news.example/2026/03/broken',
        title: 'Broken date',
        published: null,
      },
      {
        id: 'https://news.example/dc',
        url: 'https://news.example/dc',
        title: 'Date in dc',
        published: '2026-03-02T07:00:00.000Z',
      },
    ]);
  });

  it('reads Atom: the alternate link, published before updated, broken dates as null', () => {
    const feed = parseFeedText(ATOM, FEED_URL);
    expect(feed.format).toBe('atom');
    expect(feed.title).toBe('Atom News');
    expect(feed.items.map((i) => [i.id, i.url, i.published])).toEqual([
      ['urn:entry:1', 'https://news.example/a/1', '2026-03-03T16:30:00.000Z'],
      ['urn:entry:2', 'https://news.example/a/2', null],
    ]);
  });

  it('reads RDF and JSON Feed', () => {
    const rdf = parseFeedText(RDF, FEED_URL);
    expect(rdf.format).toBe('rdf');
    expect(rdf.items).toEqual([
      {
        id: 'https://news.example/r/1',
        url: 'https://news.example/r/1',
        title: 'RDF item',
        published: '2002-09-01T00:00:00.000Z',
      },
    ]);
    const json = parseFeedText(JSON_FEED, FEED_URL);
    expect(json.format).toBe('json');
    expect(json.items.map((i) => [i.id, i.published])).toEqual([
      ['j1', '2026-03-01T09:00:00.000Z'],
      ['j2', null],
    ]);
  });

  it('decodes the bytes by the XML declaration or the Content-Type', () => {
    const latin = `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Caf\xe9</title>
<item><title>Cr\xe8me br\xfbl\xe9e</title><link>https://news.example/c</link></item></channel></rss>`;
    const bytes = Uint8Array.from(latin, (c) => c.charCodeAt(0));
    expect(parseFeedBytes(bytes, FEED_URL).items[0]!.title).toBe('Crème brûlée');
    const undeclared = Uint8Array.from(latin.replace(' encoding="ISO-8859-1"', ''), (c) => c.charCodeAt(0));
    expect(parseFeedBytes(undeclared, FEED_URL, 'application/rss+xml; charset=iso-8859-1').title).toBe(
      'Café',
    );
  });

  it('refuses what is not a feed, naming the feed and how the document starts', () => {
    expect(() => parseFeedText('<html><body>Not a feed</body></html>', FEED_URL)).toThrow(FeedParseError);
    expect(() => parseFeedText('<html><body>Not a feed</body></html>', FEED_URL)).toThrow(
      /main\.xml.*<html>/,
    );
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822 dates as feeds write them', () => {
    expect(parseFeedDate('Tue, 10 Jun 2003 04:00:00 GMT')).toBe('2003-06-10T04:00:00.000Z');
    expect(parseFeedDate('10 Jun 2003 04:00 +0200')).toBe('2003-06-10T02:00:00.000Z');
    expect(parseFeedDate('Tue, 10 June 2003 04:00:00 EST')).toBe('2003-06-10T09:00:00.000Z');
    expect(parseFeedDate('Tue, 10 Jun 03 04:00:00 GMT')).toBe('2003-06-10T04:00:00.000Z');
    expect(parseFeedDate('Wed, 4 Mar 2026')).toBe('2026-03-04T00:00:00.000Z');
  });

  it('reads ISO 8601 / RFC 3339', () => {
    expect(parseFeedDate('2026-03-03T11:30:00-05:00')).toBe('2026-03-03T16:30:00.000Z');
    expect(parseFeedDate('2026-03-03T11:30:00.123Z')).toBe('2026-03-03T11:30:00.000Z');
    expect(parseFeedDate('2026-03-03 11:30')).toBe('2026-03-03T11:30:00.000Z');
    expect(parseFeedDate('2026-03-03')).toBe('2026-03-03T00:00:00.000Z');
  });

  it('returns null for broken dates, never throws', () => {
    for (const bad of [
      'Mon, 32 Foo 2020 99:00',
      '2026-02-30T10:00:00Z',
      '2026-13-01',
      '2026-03-03T25:00:00Z',
      'yesterday',
      '',
      'Tue, 10 Jun 2003 04:00:00 XYZ',
      '9'.repeat(100),
      undefined,
      null,
      42,
      {},
    ]) {
      expect(parseFeedDate(bad), String(bad)).toBeNull();
    }
  });
});

describe('opmlFeedUrls', () => {
  it('lists every outline with an xmlUrl, nested or not, once each', () => {
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Subs</title></head><body>
<outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/feed.xml"/>
<outline text="Deeper"><outline text="B" xmlUrl="https://b.example/atom"/></outline></outline>
<outline type="rss" text="A again" xmlUrl="https://a.example/feed.xml"/>
<outline text="Not a feed" htmlUrl="https://c.example/"/></body></opml>`;
    expect(opmlFeedUrls(opml, 'subs.opml')).toEqual(['https://a.example/feed.xml', 'https://b.example/atom']);
  });

  it('names the file when it is not OPML or lists no feeds', () => {
    expect(() => opmlFeedUrls('<rss></rss>', 'subs.opml')).toThrow(OpmlError);
    expect(() =>
      opmlFeedUrls('<opml version="2.0"><head/><body><outline text="x"/></body></opml>', 'empty.opml'),
    ).toThrow(/empty\.opml: lists no feeds/);
  });
});
