/**
 * `npm run bench:stages -- [dataset.jsonl]`: where `brief`'s time goes, per
 * article and stage, on DUC 2004 by default. Three passes in one process; the
 * last one (warm) is the figure to quote.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../src/analyse/article.js';
import { enrichPile } from '../src/analyse/enrich.js';
import { cleanDocument } from '../src/clean/index.js';
import { clusterArticles } from '../src/cluster/index.js';
import { findCopies } from '../src/dedupe/provenance.js';
import { findStatements } from '../src/dedupe/statements.js';
import { readPiles } from '../src/read/index.js';
import { renderJson } from '../src/render/json.js';
import { synthesiseStory } from '../src/synthesise/story.js';

const path = process.argv[2] ?? resolve(import.meta.dirname, '../../shared/data/duc2004/clusters.jsonl');
if (!existsSync(path)) {
  console.error(`bench-stages: ${path} not found; the benchmarks read ../shared/data beside the repo`);
  process.exit(1);
}
const { piles } = readPiles([{ path, bytes: readFileSync(path) }]);
const articles = piles.reduce((n, p) => n + p.documents.length, 0);
for (let pass = 1; pass <= 3; pass++) {
  const t: Record<string, number> = {};
  for (const pile of piles) {
    let at = performance.now();
    const lap = (stage: string) => {
      const now = performance.now();
      t[stage] = (t[stage] ?? 0) + now - at;
      at = now;
    };
    const analysed = pile.documents.map(cleanDocument).map(analyseArticle);
    lap('clean+sentences');
    const statements = findStatements(analysed);
    lap('statements');
    enrichPile(analysed, statements);
    const copies = findCopies(analysed, statements);
    lap('dates+provenance');
    const groups = clusterArticles(analysed);
    lap('cluster');
    // Summary, entities, quotes and timeline: the story stage.
    const stories = groups.map((g, i) => synthesiseStory(`s${i}`, g, statements, { words: 120 }));
    lap('story');
    renderJson({
      id: pile.id,
      label: pile.label,
      articles: analysed,
      stories,
      problems: [],
      statements,
      copies,
    });
    lap('json');
  }
  const total = Object.values(t).reduce((a, b) => a + b, 0);
  const cells = Object.entries(t).map(([k, v]) => `${k} ${(v / articles).toFixed(2)}`);
  console.log(`pass ${pass}: ${cells.join(' | ')} | total ${(total / articles).toFixed(2)} ms/article`);
}
