import { isStopword } from '../../analyse/stopwords.js';
import type { Article } from '../../types.js';

/**
 * Every concept of a pile, interned once: a concept is a distinct stemmed
 * bigram, leaving out those made only of stopwords ("of the"), which every
 * sentence shares (their mentions are recorded apart, `functionEnds`).
 * Bigrams are what ROUGE-2 and the best extractive systems (ICSISumm) count
 * as facts. One pass over the pile also gathers what the
 * concept weights need: where and how often each concept, and each of its
 * content words, is mentioned.
 */
export interface PileConcepts {
  /** Number of concepts; ids run from 0. */
  readonly size: number;
  /**
   * Every sentence's distinct concept ids, in order of first appearance,
   * sentences in reading order: sentence s of article a holds
   * `concepts[start[g]]` to `concepts[start[g + 1] - 1]`, g = `firstSentence[a] + s`.
   */
  readonly concepts: Int32Array;
  /** Aligned with `concepts`: the index in `sentence.words` of each concept's second word. */
  readonly ends: Int32Array;
  readonly start: Int32Array;
  /** Per article: the index of its first sentence among all the pile's sentences. */
  readonly firstSentence: Int32Array;
  /**
   * Per article: the share of its distinct content stems that another article
   * of the pile also uses (1 for a lone article): low for an article off the
   * story, such as a scraped archive page or a related piece.
   */
  readonly articleShare: Float64Array;
  /**
   * Every sentence's bigrams made only of stopwords ("of the"), each mention,
   * as the index in `sentence.words` of its second word: sentence g holds
   * `functionEnds[functionStart[g]]` to `functionEnds[functionStart[g + 1] - 1]`.
   * They are no concepts, yet ROUGE-2 counts them too.
   */
  readonly functionEnds: Int32Array;
  readonly functionStart: Int32Array;
  /** Per concept: number of articles mentioning it. */
  readonly docs: Int32Array;
  /** Per concept: number of sentences mentioning it. */
  readonly mentions: Int32Array;
  /** Per concept: the smallest sentence index at which an article mentions it. */
  readonly earliest: Int32Array;
  /** Per concept: the sum over mentioning articles of exp(-first index / LEAD_DECAY). */
  readonly leadSum: Float64Array;
  /** Per concept: 1 when one of its words is a stopword. */
  readonly stopword: Uint8Array;
  /** Per concept: 1 when one of its words is a number. */
  readonly number: Uint8Array;
  /** Per concept: 1 when one of its words is news clutter (attribution verbs, weekdays). */
  readonly clutter: Uint8Array;
  /** Per concept: the stems of its first and second word, at 2c and 2c + 1, -1 for a stopword. */
  readonly parts: Int32Array;
  /** Per stem: number of articles mentioning it. */
  readonly stemDocs: Int32Array;
  /** Per stem: the smallest sentence index at which an article mentions it. */
  readonly stemEarliest: Int32Array;

  /** The concept's key, "stem stem". */
  key(id: number): string;
}

/** Sentences over which the lead signal of a mention decays by 1/e. */
export const LEAD_DECAY = 3;

const DIGITS = /^\d+$/;

/**
 * Words news reports carry for the telling, not the event: attribution verbs
 * and the weekdays wire copy dates everything by ("said Thursday").
 */
const CLUTTER: ReadonlySet<string> = new Set(
  'said says say told tells tell reported reporters according added monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** exp(-position / LEAD_DECAY) for the first sentence positions, computed once. */
const LEAD = Array.from({ length: 64 }, (_, i) => Math.exp(-i / LEAD_DECAY));

/** exp(-position / LEAD_DECAY): how much a mention at this sentence index counts as a lead. */
export function leadWeight(position: number): number {
  return LEAD[position] ?? Math.exp(-position / LEAD_DECAY);
}

/** What is known of each word of a pile, by word id. */
class WordTable {
  private readonly ids = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  readonly stemNames: string[] = [];
  readonly stem: number[] = [];
  readonly stop: number[] = [];
  readonly number: number[] = [];
  readonly clutter: number[] = [];
  readonly stemDocs: number[] = [];
  readonly stemEarliest: number[] = [];
  private readonly stemLastDoc: number[] = [];
  /** Each article's distinct content stems, as [article, stem] pairs, in the order first met. */
  readonly articleStems: number[] = [];

  /**
   * Writes the word ids of a sentence's tokens into `out` from `offset`,
   * counting its content stems as mentioned by `article` at `position`.
   */
  tokens(
    words: readonly string[],
    stems: readonly string[],
    article: number,
    position: number,
    out: Int32Array,
    offset: number,
  ): void {
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let id = this.ids.get(w);
      if (id === undefined) {
        id = this.stem.length;
        this.ids.set(w, id);
        const name = stems[k]!;
        let sid = this.stemIds.get(name);
        if (sid === undefined) {
          sid = this.stemNames.length;
          this.stemIds.set(name, sid);
          this.stemNames.push(name);
          this.stemDocs.push(0);
          this.stemEarliest.push(position);
          this.stemLastDoc.push(-1);
        }
        this.stem.push(sid);
        this.stop.push(isStopword(w) ? 1 : 0);
        this.number.push(DIGITS.test(w) ? 1 : 0);
        this.clutter.push(CLUTTER.has(w) ? 1 : 0);
      }
      out[offset + k] = id;
      const sid = this.stem[id]!;
      if (this.stemLastDoc[sid] !== article) {
        this.stemLastDoc[sid] = article;
        this.stemDocs[sid]!++;
        if (position < this.stemEarliest[sid]!) this.stemEarliest[sid] = position;
        if (!this.stop[id]) this.articleStems.push(article, sid);
      }
    }
  }

  /**
   * Per article: the share of its distinct content stems that another
   * article also uses (1 when no other article could: a lone article, or
   * one without content words).
   */
  articleShare(articles: number): Float64Array {
    const shared = new Float64Array(articles);
    const total = new Float64Array(articles);
    const pairs = this.articleStems;
    for (let k = 0; k < pairs.length; k += 2) {
      total[pairs[k]!]!++;
      if (this.stemDocs[pairs[k + 1]!]! >= 2) shared[pairs[k]!]!++;
    }
    return shared.map((n, a) => (articles > 1 && total[a]! > 0 ? n / total[a]! : 1));
  }
}

/** Concept statistics, grown one mention at a time (sentences visited in reading order). */
class ConceptTable {
  /** Open-addressing hash of stem pairs to concept ids (a Map of numbers is several times slower here). */
  private readonly slotFirst: Int32Array;
  private readonly slotSecond: Int32Array;
  private readonly slotId: Int32Array;
  private readonly mask: number;
  readonly first: number[] = [];
  readonly second: number[] = [];
  readonly docs: number[] = [];
  readonly mentions: number[] = [];
  readonly earliest: number[] = [];
  readonly leadSum: number[] = [];
  private readonly lastDoc: number[] = [];
  private readonly lastSentence: number[] = [];
  private sentence = -1;

  /** All sentences' concepts, the token index of each one's second word, and where each sentence starts. */
  readonly found: number[] = [];
  readonly ends: number[] = [];
  readonly start: number[] = [];

  /** A table for at most `mentions` bigram mentions. */
  constructor(mentions: number) {
    let size = 16;
    while (size < 2 * mentions) size *= 2;
    this.slotFirst = new Int32Array(size);
    this.slotSecond = new Int32Array(size);
    this.slotId = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  startSentence(): void {
    this.sentence++;
    this.start.push(this.found.length);
  }

  /** The id of the bigram of stems a, b; for a bigram not seen before, -1 - its new id. */
  private lookup(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (;;) {
      const id = this.slotId[slot]!;
      if (id === -1) {
        const fresh = this.docs.length;
        this.slotId[slot] = fresh;
        this.slotFirst[slot] = a;
        this.slotSecond[slot] = b;
        return -1 - fresh;
      }
      if (this.slotFirst[slot] === a && this.slotSecond[slot] === b) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Records that the current sentence (of `article`, at `position`) mentions the bigram of words x, y (stems a, b). */
  mention(a: number, b: number, end: number, x: number, y: number, article: number, position: number): void {
    let c = this.lookup(a, b);
    if (c < 0) {
      c = -1 - c;
      this.first.push(x);
      this.second.push(y);
      this.docs.push(0);
      this.mentions.push(0);
      this.earliest.push(position);
      this.leadSum.push(0);
      this.lastDoc.push(-1);
      this.lastSentence.push(-1);
    }
    if (this.lastSentence[c] === this.sentence) return;
    this.lastSentence[c] = this.sentence;
    this.found.push(c);
    this.ends.push(end);
    this.mentions[c]!++;
    if (this.lastDoc[c] !== article) {
      this.lastDoc[c] = article;
      this.docs[c]!++;
      this.leadSum[c]! += leadWeight(position);
      if (position < this.earliest[c]!) this.earliest[c] = position;
    }
  }
}

/** Interns the concepts of `articles` (see `PileConcepts`). */
export function pileConcepts(articles: readonly Article[]): PileConcepts {
  const words = new WordTable();
  let total = 0;
  for (const a of articles) for (const s of a.sentences) total += s.words.length;
  const tokenIds = new Int32Array(total);
  let offset = 0;
  articles.forEach((a, i) => {
    a.sentences.forEach((s, position) => {
      words.tokens(s.words, s.stems, i, position, tokenIds, offset);
      offset += s.words.length;
    });
  });
  const table = new ConceptTable(total);
  const firstSentence = new Int32Array(articles.length);
  let sentenceCount = 0;
  const functionEnds: number[] = [];
  const functionStart: number[] = [];
  offset = 0;
  articles.forEach((article, a) => {
    firstSentence[a] = sentenceCount;
    sentenceCount += article.sentences.length;
    for (let position = 0; position < article.sentences.length; position++) {
      const length = article.sentences[position]!.words.length;
      table.startSentence();
      functionStart.push(functionEnds.length);
      for (let k = 0; k + 1 < length; k++) {
        const x = tokenIds[offset + k]!;
        const y = tokenIds[offset + k + 1]!;
        if (words.stop[x] && words.stop[y]) functionEnds.push(k + 1);
        else table.mention(words.stem[x]!, words.stem[y]!, k + 1, x, y, a, position);
      }
      offset += length;
    }
  });
  table.start.push(table.found.length);
  functionStart.push(functionEnds.length);

  const size = table.docs.length;
  const parts = new Int32Array(2 * size);
  const stopword = new Uint8Array(size);
  const number = new Uint8Array(size);
  const clutter = new Uint8Array(size);
  for (let c = 0; c < size; c++) {
    const x = table.first[c]!;
    const y = table.second[c]!;
    parts[2 * c] = words.stop[x] ? -1 : words.stem[x]!;
    parts[2 * c + 1] = words.stop[y] ? -1 : words.stem[y]!;
    stopword[c] = words.stop[x] || words.stop[y] ? 1 : 0;
    number[c] = words.number[x] || words.number[y] ? 1 : 0;
    clutter[c] = words.clutter[x] || words.clutter[y] ? 1 : 0;
  }
  const names = words.stemNames;
  return {
    size,
    concepts: Int32Array.from(table.found),
    ends: Int32Array.from(table.ends),
    start: Int32Array.from(table.start),
    firstSentence,
    articleShare: words.articleShare(articles.length),
    functionEnds: Int32Array.from(functionEnds),
    functionStart: Int32Array.from(functionStart),
    docs: Int32Array.from(table.docs),
    mentions: Int32Array.from(table.mentions),
    earliest: Int32Array.from(table.earliest),
    leadSum: Float64Array.from(table.leadSum),
    stopword,
    number,
    clutter,
    parts,
    stemDocs: Int32Array.from(words.stemDocs),
    stemEarliest: Int32Array.from(words.stemEarliest),
    key: (id) => `${names[words.stem[table.first[id]!]!]} ${names[words.stem[table.second[id]!]!]}`,
  };
}

/** The distinct concept keys among the first `length` tokens of a text's words and stems (for references). */
export function conceptsOf(words: readonly string[], stems: readonly string[], length: number): string[] {
  const out = new Set<string>();
  const n = Math.min(length, stems.length);
  for (let k = 0; k + 1 < n; k++) {
    if (isStopword(words[k]!) && isStopword(words[k + 1]!)) continue;
    out.add(`${stems[k]} ${stems[k + 1]}`);
  }
  return [...out];
}
