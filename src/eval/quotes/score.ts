/**
 * Scoring predicted direct quotes against PolNeAR's. A predicted quote and
 * a gold quote match when their content overlaps by at least half of the
 * shorter of the two (a partial quote inside a longer annotated attribution
 * matches it; a quote touching another by a few characters does not).
 * Precision counts predicted quotes that match a gold one, recall gold
 * quotes matched by a prediction; speaker accuracy is the share of found
 * gold quotes whose best-matching prediction names the right speaker.
 */
import type { GoldQuote, QuoteDocument, Range } from './input.js';
import { type PredictedQuote, type Prediction, predictQuotes } from './predict.js';
import { sameSpeaker } from './speaker.js';

/** Counts over a set of documents. */
export interface QuoteCounts {
  gold: number;
  predicted: number;
  /** Predicted quotes that match a gold quote. */
  matchedPredicted: number;
  /** Gold quotes matched by a predicted quote. */
  found: number;
  /** Found gold quotes whose best match names the right speaker. */
  speakerRight: number;
  /** Matched predicted quotes whose best gold match has their speaker. */
  predictedSpeakerRight: number;
}

/** A gold quote the system missed or misattributed, for reading the errors. */
export interface QuoteError {
  document: string;
  kind: 'missed' | 'wrong-speaker' | 'spurious';
  text: string;
  gold: string | null;
  predicted: string | null;
}

/** The overlap in characters of two range lists. */
function overlap(a: readonly Range[], b: readonly Range[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

function length(list: readonly Range[]): number {
  return list.reduce((n, r) => n + (r.end - r.start), 0);
}

/** How strongly a prediction matches a gold quote: the overlap, or 0 below half of the shorter one. */
function strength(p: PredictedQuote, g: GoldQuote): number {
  const o = overlap(p.content, g.content);
  return o > 0 && o >= 0.5 * Math.min(length(p.content), length(g.content)) ? o : 0;
}

function best<T>(items: readonly T[], score: (x: T) => number): T | null {
  let top: T | null = null;
  let s = 0;
  for (const x of items) {
    const v = score(x);
    if (v > s) {
      s = v;
      top = x;
    }
  }
  return top;
}

function excerpt(text: string, ranges: readonly Range[]): string {
  return ranges
    .map((r) => text.slice(r.start, r.end))
    .join(' … ')
    .slice(0, 160);
}

/** Scores one document; `errors` collects what went wrong. */
export function scoreDocument(doc: QuoteDocument, prediction: Prediction, errors: QuoteError[]): QuoteCounts {
  const predicted = prediction.quotes.filter((q) => q.speaker !== null);
  const counts: QuoteCounts = {
    gold: doc.quotes.length,
    predicted: predicted.length,
    matchedPredicted: 0,
    found: 0,
    speakerRight: 0,
    predictedSpeakerRight: 0,
  };
  for (const g of doc.quotes) {
    const p = best(predicted, (x) => strength(x, g));
    if (p === null) {
      errors.push({
        document: doc.id,
        kind: 'missed',
        text: excerpt(doc.text, g.content),
        gold: g.source?.text ?? null,
        predicted: null,
      });
      continue;
    }
    counts.found++;
    if (sameSpeaker(prediction, p, g.source)) counts.speakerRight++;
    else
      errors.push({
        document: doc.id,
        kind: 'wrong-speaker',
        text: excerpt(doc.text, g.content),
        gold: g.source?.text ?? null,
        predicted: p.speaker!.name,
      });
  }
  for (const p of predicted) {
    const g = best(doc.quotes, (x) => strength(p, x));
    if (g === null) {
      errors.push({
        document: doc.id,
        kind: 'spurious',
        text: excerpt(doc.text, p.content),
        gold: null,
        predicted: p.speaker!.name,
      });
      continue;
    }
    counts.matchedPredicted++;
    if (sameSpeaker(prediction, p, g.source)) counts.predictedSpeakerRight++;
  }
  return counts;
}

/** Scores every document. */
export function scoreQuotes(docs: readonly QuoteDocument[]): { counts: QuoteCounts; errors: QuoteError[] } {
  const errors: QuoteError[] = [];
  const counts: QuoteCounts = {
    gold: 0,
    predicted: 0,
    matchedPredicted: 0,
    found: 0,
    speakerRight: 0,
    predictedSpeakerRight: 0,
  };
  for (const doc of docs) {
    const c = scoreDocument(doc, predictQuotes(doc), errors);
    for (const key of Object.keys(counts) as (keyof QuoteCounts)[]) counts[key] += c[key];
  }
  return { counts, errors };
}

/** Precision, recall, F1 and speaker figures from counts. */
export function quoteMetrics(c: QuoteCounts) {
  const ratio = (a: number, b: number) => (b === 0 ? 0 : a / b);
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const precision = ratio(c.matchedPredicted, c.predicted);
  const recall = ratio(c.found, c.gold);
  const speakerPrecision = ratio(c.predictedSpeakerRight, c.predicted);
  const speakerRecall = ratio(c.speakerRight, c.gold);
  return {
    precision,
    recall,
    f1: f1(precision, recall),
    speakerAccuracy: ratio(c.speakerRight, c.found),
    speakerPrecision,
    speakerRecall,
    speakerF1: f1(speakerPrecision, speakerRecall),
  };
}
