/**
 * The evaluation protocols `newsbrief eval summarize` knows: how long a
 * summary may be, how ROUGE cuts it, and which ROUGE measure is the headline.
 */
import type { SummaryBudget } from '../../types.js';
import type { LengthLimit } from '../rouge/index.js';

/** One scored setting: the budget the summarizer gets and the cut ROUGE applies. */
export interface EvalSetting {
  /** Short name, also the `system` field of `--out` lines when a preset has several settings. */
  readonly name: string;
  /** What a reader sees in the table header. */
  readonly label: string;
  readonly budget: SummaryBudget;
  readonly limit: LengthLimit;
  /** The ROUGE measure the literature reports for this protocol. */
  readonly measure: 'recall' | 'f';
}

/** A named protocol: one or more settings scored on the same clusters. */
export interface EvalPreset {
  readonly name: PresetName;
  readonly description: string;
  readonly settings: readonly EvalSetting[];
}

/** The preset names accepted by `--preset`. */
export const PRESET_NAMES = ['duc2004', 'multinews'] as const;

/** One of `PRESET_NAMES`. */
export type PresetName = (typeof PRESET_NAMES)[number];

/**
 * DUC 2004 as Hong et al. (2014) report it (100 words, recall) and as the
 * task was run (665 bytes); Multi-News as its papers do (F1 over ~260 words).
 */
export const PRESETS: Readonly<Record<PresetName, EvalPreset>> = {
  duc2004: {
    name: 'duc2004',
    description: 'DUC 2004 task 2: ROUGE recall at 100 words (Hong et al. 2014) and at 665 bytes (official)',
    settings: [
      {
        name: 'words100',
        label: '100 words',
        budget: { words: 100 },
        limit: { words: 100 },
        measure: 'recall',
      },
      {
        name: 'bytes665',
        label: '665 bytes',
        budget: { bytes: 665 },
        limit: { bytes: 665 },
        measure: 'recall',
      },
    ],
  },
  multinews: {
    name: 'multinews',
    description: 'Multi-News: ROUGE F1 at 260 words',
    settings: [
      { name: 'words260', label: '260 words', budget: { words: 260 }, limit: { words: 260 }, measure: 'f' },
    ],
  },
};
