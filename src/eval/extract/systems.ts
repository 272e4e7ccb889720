/** The systems `newsbrief eval extract` can run: newsbrief's extractor and the baselines beside it. */
import { extractHtml, isHtmlFailure } from '../../extract/html.js';
import { readabilityText } from './baseline.js';
import type { ExtractionSystem } from './run.js';

/** newsbrief's extractor: the text `brief` would read from the page. */
export const newsbriefSystem: ExtractionSystem = {
  name: 'newsbrief',
  extract(html, url) {
    const result = extractHtml(html, url === undefined ? {} : { url });
    return isHtmlFailure(result) ? '' : result.text;
  },
};

/** Readability.js alone, as the benchmark runs it (its `textContent`). */
export const readabilitySystem: ExtractionSystem = {
  name: 'readability',
  extract: (html) => readabilityText(html),
};

/** Baselines by the name `--baseline` takes. */
export const BASELINES: Readonly<Record<string, ExtractionSystem>> = {
  readability: readabilitySystem,
};
