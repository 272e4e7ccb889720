import { rougePorterStem } from './porter.js';
import { rougeTokens } from './text.js';

/** ROUGE-1.5.5 stems only tokens longer than this (`length($stem)>3` under `-m`). */
export const MIN_STEMMED_LENGTH = 4;

/**
 * Turns text into token ids, stemming as `-m` does: a token longer than 3
 * characters is looked up in the exception table, else Porter-stemmed. Ids make n-gram keys plain
 * numbers and LCS comparisons integer compares; one vocabulary must serve all
 * texts that are compared with each other.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly stems = new Map<string, string>();

  constructor(
    private readonly stem: boolean,
    private readonly exceptions: ReadonlyMap<string, string>,
  ) {}

  /** The number of distinct (stemmed) tokens seen so far. */
  get size(): number {
    return this.ids.size;
  }

  /** The ids of the tokens of lowercased text, stemmed when asked. */
  encode(text: string): number[] {
    return rougeTokens(text).map((token) => this.idOf(this.normalise(token)));
  }

  /** The token a raw token counts as: its stem when stemming and long enough. */
  normalise(token: string): string {
    if (!this.stem || token.length < MIN_STEMMED_LENGTH) return token;
    let stem = this.stems.get(token);
    if (stem === undefined) {
      stem = this.exceptions.get(token) ?? rougePorterStem(token);
      this.stems.set(token, stem);
    }
    return stem;
  }

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(token, id);
    }
    return id;
  }
}
