/**
 * Reading an article-extraction benchmark: JSON Lines of
 * `{"id", "url", "html", "article_body"}` (the ../shared/data conversion of
 * the Zyte/Scrapinghub benchmark). A bad line is an error naming its line
 * number and what is wrong, since a silently skipped page changes the score.
 */

/** One benchmark page. */
export interface BenchmarkPage {
  id: string;
  url: string | undefined;
  html: string;
  /** The true article body: paragraphs separated by blank lines, headline excluded. */
  articleBody: string;
  /** 1-based line in the benchmark file. */
  line: number;
}

/** A benchmark file that cannot be scored as written. */
export class BenchmarkInputError extends Error {
  override name = 'BenchmarkInputError';
}

/** Parses the JSON Lines text of a benchmark read from `file`; throws `BenchmarkInputError` on a bad line. */
export function parseBenchmark(text: string, file: string): BenchmarkPage[] {
  const pages: BenchmarkPage[] = [];
  const seen = new Set<string>();
  const lines = text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = index + 1;
    if (raw.trim() === '') continue;
    let record: unknown;
    try {
      record = JSON.parse(raw);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new BenchmarkInputError(`${file}:${line}: not valid JSON (${reason})`);
    }
    if (typeof record !== 'object' || record === null || Array.isArray(record)) {
      throw new BenchmarkInputError(`${file}:${line}: expected an object, got ${describe(record)}`);
    }
    const { id, url, html, article_body: articleBody } = record as Record<string, unknown>;
    if (typeof id !== 'string' || id === '')
      throw new BenchmarkInputError(`${file}:${line}: "id" must be a non-empty string, got ${describe(id)}`);
    if (typeof html !== 'string')
      throw new BenchmarkInputError(`${file}:${line}: "html" must be a string, got ${describe(html)}`);
    if (typeof articleBody !== 'string') {
      throw new BenchmarkInputError(
        `${file}:${line}: "article_body" must be a string, got ${describe(articleBody)}`,
      );
    }
    if (url !== undefined && typeof url !== 'string')
      throw new BenchmarkInputError(`${file}:${line}: "url" must be a string, got ${describe(url)}`);
    if (seen.has(id)) throw new BenchmarkInputError(`${file}:${line}: id '${id}' appears twice`);
    seen.add(id);
    pages.push({ id, url, html, articleBody, line });
  }
  if (pages.length === 0) throw new BenchmarkInputError(`${file}: no pages (the file is empty)`);
  return pages;
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 40 ? `${json.slice(0, 40)}…` : json;
}
