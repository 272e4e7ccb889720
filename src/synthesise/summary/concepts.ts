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

/** True for a word made only of digits (/^\d+$/, without the regular expression's cost per new word). */
function allDigits(w: string): boolean {
  if (w.length === 0) return false;
  for (let i = 0; i < w.length; i++) {
    const ch = w.charCodeAt(i);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

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
const LEAD = Float64Array.from({ length: 64 }, (_, i) => Math.exp(-i / LEAD_DECAY));

/** exp(-position / LEAD_DECAY): how much a mention at this sentence index counts as a lead. */
export function leadWeight(position: number): number {
  return LEAD[position] ?? Math.exp(-position / LEAD_DECAY);
}

/**
 * What is known of each word of a pile, by word id. Tables are typed arrays
 * sized for the pile's token count, which bounds the distinct words and stems:
 * growing number[] arrays one push at a time was most of the allocation here.
 */
class WordTable {
  private readonly ids = new Map<string, number>();
  private readonly stemIds = new Map<string, number>();
  readonly stemNames: string[] = [];
  readonly stem: Int32Array;
  readonly stop: Uint8Array;
  readonly number: Uint8Array;
  readonly clutter: Uint8Array;
  readonly stemDocs: Int32Array;
  readonly stemEarliest: Int32Array;
  private readonly stemLastDoc: Int32Array;
  /** Each article's distinct content stems, as [article, stem] pairs, in the order first met. */
  private readonly articleStems: Int32Array;
  private pairs = 0;

  /** A table for a pile of `tokens` tokens. */
  constructor(tokens: number) {
    this.stem = new Int32Array(tokens);
    this.stop = new Uint8Array(tokens);
    this.number = new Uint8Array(tokens);
    this.clutter = new Uint8Array(tokens);
    this.stemDocs = new Int32Array(tokens);
    this.stemEarliest = new Int32Array(tokens);
    this.stemLastDoc = new Int32Array(tokens).fill(-1);
    this.articleStems = new Int32Array(2 * tokens);
  }

  /** Number of distinct stems. */
  get stems(): number {
    return this.stemNames.length;
  }

  /**
   * Writes the word ids of a sentence's tokens into `out`, counting its
   * content stems as mentioned by `article` at `position`.
   */
  tokens(
    words: readonly string[],
    stems: readonly string[],
    article: number,
    position: number,
    out: Int32Array,
  ): void {
    for (let k = 0; k < words.length; k++) {
      const w = words[k]!;
      let id = this.ids.get(w);
      if (id === undefined) id = this.add(w, stems[k]!, position);
      out[k] = id;
      const sid = this.stem[id]!;
      if (this.stemLastDoc[sid] !== article) {
        this.stemLastDoc[sid] = article;
        this.stemDocs[sid]!++;
        if (position < this.stemEarliest[sid]!) this.stemEarliest[sid] = position;
        if (!this.stop[id]) {
          this.articleStems[this.pairs++] = article;
          this.articleStems[this.pairs++] = sid;
        }
      }
    }
  }

  /** A new word's id, its stem interned (first seen at `position`). */
  private add(w: string, name: string, position: number): number {
    const id = this.ids.size;
    this.ids.set(w, id);
    let sid = this.stemIds.get(name);
    if (sid === undefined) {
      sid = this.stemNames.length;
      this.stemIds.set(name, sid);
      this.stemNames.push(name);
      this.stemEarliest[sid] = position;
    }
    this.stem[id] = sid;
    this.stop[id] = isStopword(w) ? 1 : 0;
    this.number[id] = allDigits(w) ? 1 : 0;
    this.clutter[id] = CLUTTER.has(w) ? 1 : 0;
    return id;
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
    for (let k = 0; k < this.pairs; k += 2) {
      total[pairs[k]!]!++;
      if (this.stemDocs[pairs[k + 1]!]! >= 2) shared[pairs[k]!]!++;
    }
    return shared.map((n, a) => (articles > 1 && total[a]! > 0 ? n / total[a]! : 1));
  }
}

/**
 * Concept statistics, grown one mention at a time (sentences visited in
 * reading order), in typed arrays sized for the pile's bigram mentions,
 * which bound the concepts.
 */
class ConceptTable {
  /** Open-addressing hash of stem pairs to concept id + 1, 0 for an empty slot (a Map of numbers is several times slower here). */
  private readonly slots: Int32Array;
  private readonly mask: number;
  size = 0;
  /** Per concept: its stems at 2c and 2c + 1 (the key), and `PileConcepts.parts`. */
  readonly stems: Int32Array;
  readonly parts: Int32Array;
  readonly docs: Int32Array;
  readonly mentions: Int32Array;
  readonly earliest: Int32Array;
  readonly leadSum: Float64Array;
  readonly stopword: Uint8Array;
  readonly number: Uint8Array;
  readonly clutter: Uint8Array;
  private readonly lastDoc: Int32Array;
  private readonly lastSentence: Int32Array;
  private sentence = -1;

  /** All sentences' concepts, the token index of each one's second word, and where each sentence starts. */
  readonly found: Int32Array;
  readonly ends: Int32Array;
  length = 0;
  readonly start: Int32Array;

  /** A table for at most `mentions` bigram mentions in `sentences` sentences. */
  constructor(
    mentions: number,
    sentences: number,
    private readonly words: WordTable,
  ) {
    let size = 16;
    while (size < 2 * mentions) size *= 2;
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    this.stems = new Int32Array(2 * mentions);
    this.parts = new Int32Array(2 * mentions);
    this.docs = new Int32Array(mentions);
    this.mentions = new Int32Array(mentions);
    this.earliest = new Int32Array(mentions);
    this.leadSum = new Float64Array(mentions);
    this.stopword = new Uint8Array(mentions);
    this.number = new Uint8Array(mentions);
    this.clutter = new Uint8Array(mentions);
    this.lastDoc = new Int32Array(mentions);
    this.lastSentence = new Int32Array(mentions);
    this.found = new Int32Array(mentions);
    this.ends = new Int32Array(mentions);
    this.start = new Int32Array(sentences + 1);
  }

  startSentence(): void {
    this.start[++this.sentence] = this.length;
  }

  /** Closes the last sentence. */
  finish(): void {
    this.start[this.sentence + 1] = this.length;
  }

  /** The id of the bigram of stems a, b; for a bigram not seen before, -1 - its new id. */
  private lookup(a: number, b: number): number {
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & this.mask;
    for (;;) {
      const id = this.slots[slot]! - 1;
      if (id === -1) {
        const fresh = this.size++;
        this.slots[slot] = fresh + 1;
        this.stems[2 * fresh] = a;
        this.stems[2 * fresh + 1] = b;
        return -1 - fresh;
      }
      if (this.stems[2 * id] === a && this.stems[2 * id + 1] === b) return id;
      slot = (slot + 1) & this.mask;
    }
  }

  /** Records that the current sentence (of `article`, at `position`) mentions the bigram of words x, y. */
  mention(x: number, y: number, end: number, article: number, position: number): void {
    const w = this.words;
    let c = this.lookup(w.stem[x]!, w.stem[y]!);
    if (c < 0) {
      c = -1 - c;
      // What the concept model reads of a concept's words, from its first mention.
      this.parts[2 * c] = w.stop[x] ? -1 : w.stem[x]!;
      this.parts[2 * c + 1] = w.stop[y] ? -1 : w.stem[y]!;
      this.stopword[c] = w.stop[x] || w.stop[y] ? 1 : 0;
      this.number[c] = w.number[x] || w.number[y] ? 1 : 0;
      this.clutter[c] = w.clutter[x] || w.clutter[y] ? 1 : 0;
      this.earliest[c] = position;
      this.lastDoc[c] = -1;
      this.lastSentence[c] = -1;
    }
    if (this.lastSentence[c] === this.sentence) return;
    this.lastSentence[c] = this.sentence;
    this.found[this.length] = c;
    this.ends[this.length++] = end;
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
  let tokens = 0;
  let sentences = 0;
  let longest = 0;
  for (const a of articles) {
    sentences += a.sentences.length;
    for (const s of a.sentences) {
      tokens += s.words.length;
      longest = Math.max(longest, s.words.length);
    }
  }
  const words = new WordTable(tokens);
  const table = new ConceptTable(tokens, sentences, words);
  const firstSentence = new Int32Array(articles.length);
  const functionEnds = new Int32Array(tokens);
  const functionStart = new Int32Array(sentences + 1);
  const ids = new Int32Array(longest);
  let g = 0;
  let functions = 0;
  articles.forEach((article, a) => {
    firstSentence[a] = g;
    for (let position = 0; position < article.sentences.length; position++, g++) {
      const s = article.sentences[position]!;
      words.tokens(s.words, s.stems, a, position, ids);
      table.startSentence();
      functionStart[g] = functions;
      for (let k = 0; k + 1 < s.words.length; k++) {
        const x = ids[k]!;
        const y = ids[k + 1]!;
        if (words.stop[x] && words.stop[y]) functionEnds[functions++] = k + 1;
        else table.mention(x, y, k + 1, a, position);
      }
    }
  });
  table.finish();
  functionStart[g] = functions;

  const size = table.size;
  const names = words.stemNames;
  const stems = table.stems;
  return {
    size,
    concepts: table.found.subarray(0, table.length),
    ends: table.ends.subarray(0, table.length),
    start: table.start,
    firstSentence,
    articleShare: words.articleShare(articles.length),
    functionEnds: functionEnds.subarray(0, functions),
    functionStart,
    docs: table.docs.subarray(0, size),
    mentions: table.mentions.subarray(0, size),
    earliest: table.earliest.subarray(0, size),
    leadSum: table.leadSum.subarray(0, size),
    stopword: table.stopword.subarray(0, size),
    number: table.number.subarray(0, size),
    clutter: table.clutter.subarray(0, size),
    parts: table.parts.subarray(0, 2 * size),
    stemDocs: words.stemDocs.subarray(0, words.stems),
    stemEarliest: words.stemEarliest.subarray(0, words.stems),
    key: (id) => `${names[stems[2 * id]!]} ${names[stems[2 * id + 1]!]}`,
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
