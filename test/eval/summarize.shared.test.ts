/**
 * The proof: newsbrief's summaries of the 50 DUC 2004 clusters in
 * ../shared/data, made by the summarizer `brief` uses and scored by the
 * project's ROUGE-1.5.5 as Hong et al. (2014) report the published systems
 * (recall, stemmed, stopwords kept, cut at 100 words), beat the best published
 * extractive systems: ICSISumm R-2 9.81, DPP R-1 39.85.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseArticle } from '../../src/analyse/article.js';
import { countWords } from '../../src/analyse/tokens.js';
import { cleanDocument } from '../../src/clean/index.js';
import { findStatements } from '../../src/dedupe/statements.js';
import { evaluateSummarizer, formatSummarizeReport, PRESETS } from '../../src/eval/summarize/index.js';
import { readPiles } from '../../src/read/index.js';
import { summarise } from '../../src/synthesise/summary/index.js';
import { sharedPath } from '../helpers/shared.js';

describe('newsbrief eval summarize on DUC 2004', () => {
  it('scores R-2 >= 10.5 and R-1 >= 40.0 recall at 100 words, no cluster taking a second', () => {
    const path = sharedPath('data/duc2004/clusters.jsonl');
    const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
    expect(piles).toHaveLength(50);
    const started = performance.now();
    const result = evaluateSummarizer(piles, { preset: PRESETS.duc2004 });
    console.log(formatSummarizeReport(result, 'duc2004/clusters.jsonl'));
    console.log(`whole run: ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const words = result.settings.find((s) => s.setting.name === 'words100')!;
    expect(words.report.clusters).toHaveLength(50);
    const r1 = words.report.scores.rouge1.recall.average * 100;
    const r2 = words.report.scores.rouge2.recall.average * 100;
    expect(r2).toBeGreaterThanOrEqual(10.5);
    expect(r1).toBeGreaterThanOrEqual(40.0);
    expect(Math.max(...result.timings!.pile)).toBeLessThan(1000);
  });

  it('never runs past the budget as `brief` summarises, and fills it', () => {
    const path = sharedPath('data/duc2004/clusters.jsonl');
    const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
    let filled = 0;
    for (const pile of piles) {
      const articles = pile.documents.map((d) => analyseArticle(cleanDocument(d)));
      const statements = findStatements(articles);
      const words = summarise(articles, statements, { words: 100 }).map((s) => s.text);
      expect(countWords(words.join(' '))).toBeLessThanOrEqual(100);
      filled += countWords(words.join(' '));
      const bytes = summarise(articles, statements, { bytes: 665 }).map((s) => s.text);
      expect(Buffer.byteLength(bytes.join('\n'))).toBeLessThanOrEqual(665);
    }
    expect(filled / piles.length).toBeGreaterThan(95);
  });
});
