/**
 * Trains the summarizer's concept model: the probability that a stemmed
 * bigram of a pile appears in the first words of a human summary of it, from
 * the features in src/synthesise/summary/features.ts, by L2-regularised
 * logistic regression (Newton's method). Summaries then maximise the expected
 * number of reference bigrams they cover, which is what ROUGE-2 recall counts.
 *
 * Data: the Multi-News validation split in ../shared/data (never copied into
 * the repository), documents judged relevant only (`multinewsplus_kept_doc_idx`).
 * Four clusters in five train the model; every fifth is held out and only
 * scored, so the printed figures are out of sample. Labels come from the first
 * 100 words of each reference: what a summary of the length `brief` writes
 * (120 words by default) says first, rather than all a 260-word one says.
 *
 * It also measures what a function-word bigram ("of the", "it was"), which is
 * no concept, is worth to ROUGE-2: per mention in an extract as long as the
 * labels (every article's sentences in turn, as the lead baseline reads
 * them), the matches with the same words of the reference, counts clipped as
 * ROUGE clips them. Over every document, junk included: the summarizer is
 * given all of them, and no lead feature is learned here.
 *
 *   npx tsx scripts/train-summary-weights.ts [--data file.jsonl] [--out src/synthesise/summary/model.ts]
 *       [--label-words N (0: the whole reference)] [--all-docs]
 *
 * The shipped model.ts is this command's output with no options (about 20 s).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyseArticle } from '../src/analyse/article.js';
import { isStopword } from '../src/analyse/stopwords.js';
import { stems, words } from '../src/analyse/tokens.js';
import { cleanDocument } from '../src/clean/index.js';
import { readPiles } from '../src/read/index.js';
import { conceptsOf, pileConcepts } from '../src/synthesise/summary/concepts.js';
import { CONCEPT_FEATURES, conceptFeatures } from '../src/synthesise/summary/features.js';
import type { Article } from '../src/types.js';

const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const at = args.indexOf(name);
  return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const root = resolve(import.meta.dirname, '..');
const dataPath = option('--data', resolve(root, '../shared/data/multinews/validation.jsonl'));
const outPath = option('--out', resolve(root, 'src/synthesise/summary/model.ts'));
/** Only the first this many words of each reference count as what a summary says (0: all). */
const labelWords = Number(option('--label-words', '100'));
/** Train on the documents judged relevant only (`--all-docs` keeps the junk too). */
const keptOnly = !args.includes('--all-docs');
/** L2 penalty on the coefficients (not the bias), per training row. */
const L2 = 1e-4;
const HELD_OUT_EVERY = 5;

const width = CONCEPT_FEATURES.length;

interface Rows {
  x: number[];
  y: number[];
  /** Function-word bigram mentions in the clusters' extracts, and their clipped matches in the references. */
  pairs: number;
  pairMatches: number;
}

/** The function-word bigrams ("stem stem") among the first `length` of these words, with their counts. */
function functionBigramCounts(
  w: readonly string[],
  s: readonly string[],
  length: number,
): Map<string, number> {
  const counts = new Map<string, number>();
  const n = Math.min(length, w.length);
  for (let k = 0; k + 1 < n; k++) {
    if (!isStopword(w[k]!) || !isStopword(w[k + 1]!)) continue;
    const key = `${s[k]} ${s[k + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** The first `length` words (and stems) of every article's sentences taken in turn: first sentences, then second ... */
function leadExtract(articles: readonly Article[], length: number): { w: string[]; s: string[] } {
  const w: string[] = [];
  const s: string[] = [];
  const longest = Math.max(0, ...articles.map((a) => a.sentences.length));
  for (let k = 0; k < longest && w.length < length; k++)
    for (const a of articles) {
      const sentence = a.sentences[k];
      if (!sentence || w.length >= length) continue;
      w.push(...sentence.words);
      s.push(...sentence.stems);
    }
  return { w, s };
}

/**
 * The documents judged relevant to each cluster (`multinewsplus_kept_doc_idx`),
 * by cluster id: the others are scrape junk (archive pages, cookie walls)
 * whose "lead" says nothing about where news puts its facts.
 */
function keptDocuments(text: string): Map<string, Set<number>> {
  const kept = new Map<string, Set<number>>();
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    const record = JSON.parse(line) as { id?: unknown; multinewsplus_kept_doc_idx?: unknown };
    const idx = record.multinewsplus_kept_doc_idx;
    if (typeof record.id === 'string' && Array.isArray(idx)) kept.set(record.id, new Set(idx as number[]));
  }
  return kept;
}

function collect(): { train: Rows; test: Rows; clusters: number } {
  const bytes = readFileSync(dataPath);
  const { piles } = readPiles([{ path: dataPath, bytes }]);
  const kept = keptOnly ? keptDocuments(bytes.toString('utf8')) : new Map<string, Set<number>>();
  const train: Rows = { x: [], y: [], pairs: 0, pairMatches: 0 };
  const test: Rows = { x: [], y: [], pairs: 0, pairMatches: 0 };
  piles.forEach((pile, i) => {
    if (!pile.references || pile.references.length === 0) return;
    const keep = kept.get(pile.id);
    const analysed = pile.documents.map((d) => analyseArticle(cleanDocument(d)));
    const rows = i % HELD_OUT_EVERY === HELD_OUT_EVERY - 1 ? test : train;
    const length = labelWords > 0 ? labelWords : Number.POSITIVE_INFINITY;
    const extract = leadExtract(
      analysed.filter((a) => a.sentences.length > 0),
      length,
    );
    const mentions = functionBigramCounts(extract.w, extract.s, length);
    for (const ref of pile.references) {
      const w = words(ref);
      const inReference = functionBigramCounts(w, stems(w), length);
      for (const [key, count] of mentions) {
        rows.pairs += count / pile.references.length;
        rows.pairMatches += Math.min(count, inReference.get(key) ?? 0) / pile.references.length;
      }
    }
    const articles = analysed.filter((a, k) => (!keep || keep.has(k)) && a.sentences.length > 0);
    if (articles.length === 0) return;
    const pc = pileConcepts(articles);
    const gold = new Set<string>();
    for (const ref of pile.references) {
      const w = words(ref);
      const n = labelWords > 0 ? Math.min(labelWords, w.length) : w.length;
      for (const c of conceptsOf(w, stems(w), n)) gold.add(c);
    }
    const x = new Float64Array(width);
    for (let c = 0; c < pc.size; c++) {
      conceptFeatures(pc, articles.length, c, x);
      for (let f = 0; f < width; f++) rows.x.push(x[f]!);
      rows.y.push(gold.has(pc.key(c)) ? 1 : 0);
    }
    if ((i + 1) % 1000 === 0) console.error(`read ${i + 1}/${piles.length} clusters`);
  });
  return { train, test, clusters: piles.length };
}

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function dot(theta: readonly number[], x: readonly number[], row: number): number {
  let z = 0;
  for (let f = 0; f < width; f++) z += theta[f]! * x[row * width + f]!;
  return z;
}

/** Solves the small linear system A t = b by Gaussian elimination with partial pivoting. */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    for (let r = c + 1; r < n; r++) {
      const k = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= n; j++) m[r]![j]! -= k * m[c]![j]!;
    }
  }
  const t = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let j = r + 1; j < n; j++) s -= m[r]![j]! * t[j]!;
    t[r] = s / m[r]![r]!;
  }
  return t;
}

/** Logistic regression by Newton's method; the penalty spares the bias. */
function fitLogistic(rows: Rows): number[] {
  const n = rows.y.length;
  let theta = new Array<number>(width).fill(0);
  for (let iteration = 0; iteration < 25; iteration++) {
    const grad = new Array<number>(width).fill(0);
    const hess = Array.from({ length: width }, () => new Array<number>(width).fill(0));
    for (let r = 0; r < n; r++) {
      const p = sigmoid(dot(theta, rows.x, r));
      const e = p - rows.y[r]!;
      const v = p * (1 - p);
      for (let f = 0; f < width; f++) {
        const xf = rows.x[r * width + f]!;
        grad[f]! += e * xf;
        for (let g = f; g < width; g++) hess[f]![g]! += v * xf * rows.x[r * width + g]!;
      }
    }
    for (let f = 0; f < width; f++) {
      for (let g = 0; g < f; g++) hess[f]![g] = hess[g]![f]!;
      if (f > 0) {
        grad[f]! += L2 * n * theta[f]!;
        hess[f]![f]! += L2 * n;
      }
    }
    const step = solve(hess, grad);
    theta = theta.map((t, f) => t - step[f]!);
    const size = Math.sqrt(step.reduce((s, x) => s + x * x, 0));
    console.error(`newton step ${iteration + 1}: |step| = ${size.toExponential(2)}`);
    if (size < 1e-7) break;
  }
  return theta;
}

/** Mean log loss and ranking AUC of scores against labels. */
function quality(scores: readonly number[], labels: readonly number[]): { logLoss: number; auc: number } {
  let loss = 0;
  scores.forEach((s, i) => {
    const p = Math.min(1 - 1e-12, Math.max(1e-12, s));
    loss -= labels[i]! ? Math.log(p) : Math.log(1 - p);
  });
  const order = scores.map((_, i) => i).sort((a, b) => scores[a]! - scores[b]!);
  let positives = 0;
  let rankSum = 0;
  let r = 0;
  while (r < order.length) {
    let end = r;
    while (end + 1 < order.length && scores[order[end + 1]!] === scores[order[r]!]) end++;
    const mid = (r + end) / 2 + 1;
    for (let k = r; k <= end; k++) {
      if (labels[order[k]!]) {
        positives++;
        rankSum += mid;
      }
    }
    r = end + 1;
  }
  const negatives = labels.length - positives;
  const auc = (rankSum - (positives * (positives + 1)) / 2) / Math.max(1, positives * negatives);
  return { logLoss: loss / Math.max(1, labels.length), auc };
}

const started = performance.now();
const { train, test, clusters } = collect();
console.error(`${train.y.length} training concepts, ${test.y.length} held-out, from ${clusters} clusters`);
const theta = fitLogistic(train);
const model = quality(
  test.y.map((_, r) => sigmoid(dot(theta, test.x, r))),
  test.y,
);
// Document frequency alone, the classic weight, ranked on the same held-out concepts.
const df = quality(
  test.y.map((_, r) => sigmoid(test.x[r * width + 2]!)),
  test.y,
);
const positiveRate = test.y.reduce((a, b) => a + b, 0) / Math.max(1, test.y.length);
const note =
  `held-out AUC ${model.auc.toFixed(4)} (document frequency alone ${df.auc.toFixed(4)}), ` +
  `log loss ${model.logLoss.toFixed(4)}, positive rate ${positiveRate.toFixed(4)}`;
console.error(note);
const pairRate = (rows: Rows): number => rows.pairMatches / Math.max(1, rows.pairs);
const pairNote =
  `held-out ${pairRate(test).toFixed(4)} of ${Math.round(test.pairs)} mentions ` +
  `(training ${pairRate(train).toFixed(4)} of ${Math.round(train.pairs)})`;
console.error(`function-word bigrams: ${pairNote}`);
// Written as the formatter would, so a regenerated file is lint-clean.
const coefficients = CONCEPT_FEATURES.map((name, f) => `  ${name}: ${Number(theta[f]!.toFixed(5))},`).join(
  '\n',
);

const source = `/**
 * The concept model: logistic-regression coefficients over CONCEPT_FEATURES
 * (features.ts), giving the probability that a concept (stemmed bigram) of a
 * pile appears in the first ${labelWords > 0 ? labelWords : 'all'} words of a human summary of it.
 * Generated by scripts/train-summary-weights.ts${labelWords > 0 ? ` --label-words ${labelWords}` : ''}${keptOnly ? '' : ' --all-docs'} from the
 * Multi-News validation split (${clusters} clusters; ${train.y.length} concepts
 * of four clusters in five${keptOnly ? ', documents judged relevant only' : ''}); do not edit by hand.
 * On the fifth held out: ${note}.
 */
export const CONCEPT_MODEL: Readonly<Record<string, number>> = {
${coefficients}
};

/**
 * What a function-word bigram ("of the", "it was") of a sentence is worth:
 * per mention in a ${labelWords > 0 ? `${labelWords}-word` : 'whole'} extract (every article's sentences in turn,
 * all documents), its matches with the reference's first ${labelWords > 0 ? labelWords : 'all'} words, counts clipped
 * as ROUGE-2 clips them; ${pairNote}.
 */
export const FUNCTION_BIGRAM_VALUE = ${Number(pairRate(train).toFixed(4))};
`;
writeFileSync(outPath, source);
console.error(`wrote ${outPath} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
