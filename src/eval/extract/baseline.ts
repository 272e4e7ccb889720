/**
 * The baseline the benchmark publishes for Readability.js: Readability's
 * `textContent` and nothing else (the benchmark runs it over jsdom; here it
 * runs over linkedom, the DOM the project uses, so both systems in one run
 * share a parser and only the extraction differs).
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

/** The article text Readability.js alone finds in `html`, or '' when it finds none or fails. */
export function readabilityText(html: string): string {
  try {
    const { document } = parseHTML(html);
    const article = new Readability(document as never).parse();
    return article?.textContent ?? '';
  } catch {
    // A page Readability cannot read scores as an empty prediction, as a crash would in the benchmark.
    return '';
  }
}
