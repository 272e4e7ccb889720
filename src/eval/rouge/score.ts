/**
 * ROUGE-1, ROUGE-2, ROUGE-SU4 and ROUGE-L of one candidate summary against its
 * references, as ROUGE-1.5.5.pl computes them with `-n 2 -2 4 -u -f A -p alpha`
 * (plus `-m` and `-l`/`-b` when asked).
 */
import { wordnetExceptions } from './exceptions.js';
import { unionLcs } from './lcs.js';
import { clippedHits, type GramBag, ngramBag, skipBigramBag } from './ngrams.js';
import { perlRound } from './round.js';
import { type LengthLimit, readSentences, type SummaryText, truncateText, truncateUnits } from './text.js';
import { Vocabulary } from './vocabulary.js';

/** The metrics computed, in report order. */
export const ROUGE_METRICS = ['rouge1', 'rouge2', 'rougeSU4', 'rougeL'] as const;

/** One of the computed metrics. */
export type RougeMetric = (typeof ROUGE_METRICS)[number];

/** Short names of the metrics for tables. */
export const METRIC_LABELS: Readonly<Record<RougeMetric, string>> = {
  rouge1: 'R-1',
  rouge2: 'R-2',
  rougeSU4: 'R-SU4',
  rougeL: 'R-L',
};

/** The largest gap allowed inside an SU4 skip bigram (`-2 4`). */
export const SKIP_GAP = 4;

/** How to score; every default is the DUC protocol's setting except the length limit (none). */
export interface RougeOptions {
  /** Porter-stem tokens longer than 3 characters (`-m`); default true. */
  readonly stem?: boolean;
  /** Cut every summary, candidate and references alike, to this length (`-l N` or `-b N`). */
  readonly limit?: LengthLimit;
  /** Weight of precision in F (`-p`), between 0 and 1; default 0.5. */
  readonly alpha?: number;
  /** Irregular forms looked up before stemming (ROUGE's WordNet-2.0.exc.db); default the shipped WordNet lists. */
  readonly exceptions?: ReadonlyMap<string, string>;
}

/** One metric for one candidate: rounded scores as ROUGE prints them, and the counts behind them. */
export interface MetricScore {
  readonly recall: number;
  readonly precision: number;
  readonly f: number;
  /** Matched grams (LCS tokens for ROUGE-L), summed over references. */
  readonly hits: number;
  /** Grams in the references, summed. */
  readonly referenceTotal: number;
  /** Grams in the candidate, counted once per reference as `-f A` does. */
  readonly candidateTotal: number;
}

/** Every metric for one candidate. */
export type RougeScores = Readonly<Record<RougeMetric, MetricScore>>;

/** A summary read, cut and tokenised once, ready to be scored many times by the scorer that made it. */
export interface AnalysedSummary {
  readonly unigrams: GramBag;
  readonly bigrams: GramBag;
  readonly skipBigrams: GramBag;
  /** Token ids per sentence, as ROUGE-L sees them. */
  readonly units: readonly (readonly number[])[];
}

interface Tally {
  hits: number;
  referenceTotal: number;
  candidateTotal: number;
}

/** Scores summaries with fixed options; reuse one scorer to share its token cache. */
export class RougeScorer {
  /** The options in force, defaults filled in. */
  readonly options: Required<Pick<RougeOptions, 'stem' | 'alpha'>> & Pick<RougeOptions, 'limit'>;
  private readonly vocabulary: Vocabulary;

  constructor(options: RougeOptions = {}) {
    const alpha = options.alpha ?? 0.5;
    if (!(alpha >= 0 && alpha <= 1)) throw new RangeError(`alpha must be between 0 and 1, got ${alpha}`);
    const limit = options.limit;
    if (limit) {
      const size = 'words' in limit ? limit.words : limit.bytes;
      if (!Number.isInteger(size) || size <= 0) {
        throw new RangeError(`length limit must be a whole number above 0, got ${JSON.stringify(limit)}`);
      }
    }
    this.options = { stem: options.stem ?? true, alpha, limit };
    this.vocabulary = new Vocabulary(this.options.stem, options.exceptions ?? wordnetExceptions());
  }

  /** Reads, cuts and tokenises a summary once. */
  analyse(text: SummaryText): AnalysedSummary {
    const sentences = readSentences(text);
    const ids = this.vocabulary.encode(truncateText(sentences, this.options.limit));
    return {
      unigrams: ngramBag(ids, 1),
      bigrams: ngramBag(ids, 2),
      skipBigrams: skipBigramBag(ids, SKIP_GAP),
      units: truncateUnits(sentences, this.options.limit).map((unit) => this.vocabulary.encode(unit)),
    };
  }

  /** Scores a candidate against its references. */
  score(candidate: SummaryText, references: readonly SummaryText[]): RougeScores {
    return this.scoreAnalysed(
      this.analyse(candidate),
      references.map((r) => this.analyse(r)),
    );
  }

  /**
   * Scores analysed summaries. References combine as `-f A`: hits and gram
   * totals are summed over references before dividing (no per-reference
   * average, no jackknifing), so precision divides by the candidate's total
   * once per reference.
   */
  scoreAnalysed(candidate: AnalysedSummary, references: readonly AnalysedSummary[]): RougeScores {
    const tallies = {
      rouge1: { hits: 0, referenceTotal: 0, candidateTotal: 0 },
      rouge2: { hits: 0, referenceTotal: 0, candidateTotal: 0 },
      rougeSU4: { hits: 0, referenceTotal: 0, candidateTotal: 0 },
      rougeL: { hits: 0, referenceTotal: 0, candidateTotal: 0 },
    } satisfies Record<RougeMetric, Tally>;
    const addBags = (tally: Tally, reference: GramBag, peer: GramBag): void => {
      tally.hits += clippedHits(reference, peer);
      tally.referenceTotal += reference.total;
      tally.candidateTotal += peer.total;
    };
    for (const reference of references) {
      addBags(tallies.rouge1, reference.unigrams, candidate.unigrams);
      addBags(tallies.rouge2, reference.bigrams, candidate.bigrams);
      addBags(tallies.rougeSU4, reference.skipBigrams, candidate.skipBigrams);
      const lcs = unionLcs(
        reference.units,
        candidate.units,
        reference.unigrams.counts,
        candidate.unigrams.counts,
      );
      tallies.rougeL.hits += lcs.hits;
      tallies.rougeL.referenceTotal += lcs.referenceLength;
      tallies.rougeL.candidateTotal += candidate.unigrams.total;
    }
    return {
      rouge1: this.finish(tallies.rouge1),
      rouge2: this.finish(tallies.rouge2),
      rougeSU4: this.finish(tallies.rougeSU4),
      rougeL: this.finish(tallies.rougeL),
    };
  }

  private finish(tally: Tally): MetricScore {
    const { alpha } = this.options;
    const recall = tally.referenceTotal > 0 ? perlRound(tally.hits / tally.referenceTotal) : 0;
    const precision = tally.candidateTotal > 0 ? perlRound(tally.hits / tally.candidateTotal) : 0;
    // F from the rounded R and P, as the script does.
    const denominator = (1 - alpha) * precision + alpha * recall;
    const f = denominator > 0 ? perlRound((precision * recall) / denominator) : 0;
    return { recall, precision, f, ...tally };
  }
}

/** Scores one candidate against its references with a throwaway scorer. */
export function scoreSummary(
  candidate: SummaryText,
  references: readonly SummaryText[],
  options: RougeOptions = {},
): RougeScores {
  return new RougeScorer(options).score(candidate, references);
}
