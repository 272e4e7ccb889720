import { describe, expect, it } from 'vitest';
import { isAuthorName, splitByline } from '../../src/extract/authors.js';
import { type ExtractedHtml, extractHtml, isHtmlFailure } from '../../src/extract/html.js';
import { detectLanguage } from '../../src/extract/language.js';
import { dateFromUrl, dateInLines } from '../../src/extract/published.js';
import { stripSiteName } from '../../src/extract/title.js';

const BODY =
  '<p>The harbour authority said on Tuesday that the Old Mill ferry would stop running in April after forty years.</p>' +
  '<p>About 1,200 passengers a day use the ferry between the harbour district and the northern suburbs.</p>';

function page(head: string, body = BODY, url?: string): ExtractedHtml {
  const result = extractHtml(
    `<html><head>${head}</head><body><article>${body}</article></body></html>`,
    url ?? {},
  );
  if (isHtmlFailure(result)) throw new Error(result.reason);
  return result;
}

describe('titles', () => {
  it('drops the site name as given, or as the host name says it', () => {
    expect(stripSiteName('Ferry to stop | The Harbour Times', 'The Harbour Times')).toBe('Ferry to stop');
    expect(stripSiteName('Ferry to stop - NJ.com', null, 'https://www.nj.com/news/x')).toBe('Ferry to stop');
    expect(stripSiteName('엘제이 싸움 - Entermedia', null, 'http://entermedia.co.kr/news/1')).toBe(
      '엘제이 싸움',
    );
    expect(stripSiteName('Ferry to stop - Weather', null, 'https://www.nj.com/x')).toBe(
      'Ferry to stop - Weather',
    );
  });

  it('reads the title from og:title, JSON-LD or <title>, without the suffix', () => {
    expect(
      page(
        '<title>Ferry to stop – Harbour Times</title><meta property="og:site_name" content="Harbour Times">',
      ).title,
    ).toBe('Ferry to stop');
  });
});

describe('authors', () => {
  it('splits bylines, keeping initials and dropping roles and credentials', () => {
    expect(splitByline('By Sarah E. Needleman and Tom Roe')).toEqual(['Sarah E. Needleman', 'Tom Roe']);
    expect(splitByline('Rachael Link, MS, RD')).toEqual(['Rachael Link']);
    expect(splitByline('TOM KRISHER, AP Auto Writer')).toEqual(['Tom Krisher']);
    expect(splitByline('Analysis by Chris Cillizza')).toEqual(['Chris Cillizza']);
    expect(splitByline('ERIC TUCKERAssociated Press')).toEqual(['Eric Tucker', 'Associated Press']);
  });

  it('never takes junk for a name', () => {
    for (const junk of [
      'Share',
      'Share on Facebook',
      'Updated 3:45 p.m. ET',
      'November 19, 2019',
      '19 Nov 2019',
      'https://www.facebook.com/someone',
      'Staff',
      'Follow',
      '@reporter',
      'Email the author',
      'a sentence that goes on in lower case',
      'One Two Three Four Five Six Seven',
    ]) {
      expect(isAuthorName(junk), junk).toBe(false);
    }
  });

  it('prefers JSON-LD, then author meta tags, and drops the publisher posing as an author', () => {
    const ld = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Ann Example"},{"@type":"Organization","name":"Harbour Times"}],"publisher":{"name":"Harbour Times"}}</script>`;
    expect(page(ld).authors).toEqual(['Ann Example']);
    expect(page('<meta name="author" content="Share">').authors).toEqual([]);
  });

  it('falls back to the byline in the text, which it removes', () => {
    const result = page('<title>Ferry</title>', `<p class="byline">By Jane Roe</p>${BODY}`);
    expect(result.authors).toEqual(['Jane Roe']);
    expect(result.text).not.toContain('Jane Roe');
  });
});

describe('publication dates', () => {
  it('reads a date from JSON-LD even when its strings hold raw newlines', () => {
    const ld =
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2019-11-20T01:38:07+05:30","description":"one\ntwo"}</script>';
    expect(page(ld).published).toBe('2019-11-20');
  });

  it('reads dates written into URLs', () => {
    expect(dateFromUrl('https://x.example/2019/11/19/story-slug')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/news/2019-11-19-story')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/20191119/story')).toBe('2019-11-19');
    expect(dateFromUrl('https://x.example/2019/13/40/story')).toBeNull();
    expect(dateFromUrl('https://x.example/news/12345678')).toBeNull();
    expect(page('', BODY, 'https://x.example/2021/03/04/ferry').published).toBe('2021-03-04');
  });

  it('reads dates from byline and date lines, not from prose', () => {
    expect(dateInLines(['Published: Tuesday, November 19, 2019 08:38 AM'])).toBe('2019-11-19');
    expect(dateInLines(['Aktualisiert am 19.11.2019'])).toBe('2019-11-19');
    const result = page('', `<p>Updated 1:39 am EST, Wednesday, November 20, 2019</p>${BODY}`);
    expect(result.published).toBe('2019-11-20');
    expect(result.text).not.toContain('1:39');
  });
});

describe('language', () => {
  it('detects the language when the page does not declare it, and corrects a wrong declaration', () => {
    expect(
      detectLanguage('Die elektronische Patientenakte soll die Versorgung verbessern und Kosten senken.'),
    ).toBe('de');
    expect(detectLanguage('Too short')).toBeNull();
    const german =
      '<p>Die elektronische Patientenakte soll die Versorgung der Patienten verbessern und die Kosten im Gesundheitswesen senken.</p>' +
      '<p>Ärzte und Krankenhäuser sollen künftig alle Befunde an einem Ort speichern und miteinander teilen können.</p>';
    expect(extractHtml(`<html lang="en"><body><article>${german}</article></body></html>`)).toMatchObject({
      lang: 'de',
    });
    expect(extractHtml(`<html lang="en-GB"><body><article>${BODY}</article></body></html>`)).toMatchObject({
      lang: 'en-GB',
    });
    expect(extractHtml(`<html><body><article>${BODY}</article></body></html>`)).toMatchObject({ lang: 'en' });
  });
});

describe('canonical URL', () => {
  it('resolves the canonical link against the page URL, and reads <base href> for saved pages', () => {
    expect(page('<link rel="canonical" href="/news/ferry">', BODY, 'https://x.example/a?utm=1').url).toBe(
      'https://x.example/news/ferry',
    );
    const saved = page('<base href="https://x.example/2020/05/06/ferry">');
    expect(saved.url).toBe('https://x.example/2020/05/06/ferry');
    expect(saved.published).toBe('2020-05-06');
  });
});
