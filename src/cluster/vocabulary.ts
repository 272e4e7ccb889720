/**
 * Term ids and an online document-frequency table. Ids index typed arrays, so
 * a similarity is a walk over numbers, not strings. The table forgets: once it
 * holds `maxTerms` terms, every count (and the document count) is halved and
 * terms no story uses and no recent article had are dropped, so a long stream
 * keeps idf current and memory bounded.
 */

/** Term ids, document frequencies and idf over the articles seen so far. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private terms: string[] = [];
  private free: number[] = [];
  private df: Float64Array = new Float64Array(1024);
  private lnDf: Float64Array = new Float64Array(1024);
  private refs = new Int32Array(1024);
  private docs = 0;
  private lnDocs = 0;
  private forgetAt: number;

  /** @param maxTerms how many terms are kept before the table forgets. */
  constructor(private readonly maxTerms = 500_000) {
    this.forgetAt = maxTerms;
  }

  /** How many terms are held. */
  get size(): number {
    return this.ids.size;
  }

  /** One past the largest id handed out: the length a dense vector over ids needs. */
  get capacity(): number {
    return this.terms.length;
  }

  /** The id of `term`, made if new. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id !== undefined) return id;
    id = this.free.pop() ?? this.terms.length;
    if (id === this.terms.length) this.terms.push(term);
    else this.terms[id] = term;
    this.ids.set(term, id);
    this.grow(id + 1);
    this.df[id] = 0;
    this.lnDf[id] = 0;
    this.refs[id] = 0;
    return id;
  }

  /**
   * Counts one more article containing each of `ids` (distinct). Pass
   * `newArticle` false for more ids of the article just counted.
   */
  observe(ids: readonly number[], newArticle = true): void {
    for (const id of ids) {
      this.df[id]! += 1;
      this.lnDf[id] = Math.log(this.df[id]! + 1);
    }
    if (!newArticle) return;
    this.docs += 1;
    this.lnDocs = Math.log(this.docs + 1);
  }

  /**
   * Forgets if the table is full. Called between articles, never while one
   * is being processed: the ids of its terms must not be handed out again.
   */
  maintain(): void {
    if (this.ids.size > this.forgetAt) this.forget();
  }

  /**
   * Smoothed inverse document frequency. The +1 keeps a term every article
   * has at a small positive weight rather than zero, so two texts made of
   * common words still compare.
   */
  idf(id: number): number {
    return this.lnDocs - this.lnDf[id]! + 1;
  }

  /** Notes that a story holds `id` (while it does, the term is never dropped). */
  hold(id: number): void {
    this.refs[id]! += 1;
  }

  /** Notes that a story no longer holds `id`. */
  release(id: number): void {
    this.refs[id]! -= 1;
  }

  private forget(): void {
    this.docs /= 2;
    this.lnDocs = Math.log(this.docs + 1);
    for (const [term, id] of this.ids) {
      this.df[id] = Math.floor(this.df[id]! / 2);
      this.lnDf[id] = Math.log(this.df[id]! + 1);
      if (this.df[id] === 0 && this.refs[id] === 0) {
        this.ids.delete(term);
        this.terms[id] = '';
        this.free.push(id);
      }
    }
    // Terms stories still hold cannot go; without this margin a table full of
    // them would forget again on every article.
    this.forgetAt = Math.max(this.maxTerms, this.ids.size + Math.ceil(this.maxTerms / 4));
  }

  private grow(length: number): void {
    if (length <= this.df.length) return;
    const size = Math.max(length, this.df.length * 2);
    this.df = resized(this.df, size);
    this.lnDf = resized(this.lnDf, size);
    const refs = new Int32Array(size);
    refs.set(this.refs);
    this.refs = refs;
  }
}

function resized(array: Float64Array, size: number): Float64Array {
  const out = new Float64Array(size);
  out.set(array);
  return out;
}
