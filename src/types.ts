/**
 * The domain types that flow between pipeline stages.
 *
 * Offsets: every `start`/`end` is a UTF-16 code-unit offset into the article's
 * `text` (the original file text for `.txt`, the document's `text` field for
 * JSON Lines, the extracted plain text for HTML). Stages never rewrite `text`;
 * they describe changes as `Repair`s and `Removal`s over it, so a citation can
 * always be traced back to the exact source characters.
 */

/** A half-open range `[start, end)` of an article's `text`. */
export interface Span {
  start: number;
  end: number;
}

/** The input formats the read stage recognises. */
export type InputFormat = 'text' | 'html' | 'jsonl' | 'multinews';

/** Something wrong with one input; the rest of the pile goes on. */
export interface Problem {
  /** The file (or `-` for stdin) the problem is about. */
  path: string;
  /** 1-based line number inside the file, where that helps (JSON Lines). */
  line?: number;
  /** A stable machine-readable code, e.g. `not-found`, `binary`, `too-large`. */
  code: ProblemCode;
  /** What is wrong, naming the file and the bad value. */
  message: string;
  /** What the user can do about it. */
  hint?: string;
}

export type ProblemCode =
  | 'not-found'
  | 'unreadable'
  | 'empty-folder'
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'bad-json'
  | 'bad-record'
  | 'bad-html'
  | 'unsupported'
  | 'no-text';

/** One document as read from the input, before any cleaning. */
export interface SourceDocument {
  /** Unique within its pile; stable across runs for the same input. */
  id: string;
  /** Where it came from: a file path, `path:line` for JSON Lines, or `-`. */
  path: string;
  format: InputFormat;
  /** The text every offset refers to. */
  text: string;
  /** Title given by metadata (JSON Lines field, HTML <title>/og:title). */
  title: string | null;
  /** Publication date `YYYY-MM-DD` given by metadata. */
  published: string | null;
  /** Outlet given by metadata (HTML site name). */
  source: string | null;
  url: string | null;
  /** Authors given by metadata. */
  authors: string[];
}

/** A set of documents that are briefed together (a folder, a JSON Lines record). */
export interface Pile {
  id: string;
  /** A human label: the paths given, or `file.jsonl:12`. */
  label: string;
  documents: SourceDocument[];
  /** Reference summaries carried by dataset records (used by `eval`). */
  references?: string[];
}

/** Why a piece of text is not part of the article body. */
export type RemovalReason =
  | 'title'
  | 'source-tag'
  | 'dateline'
  | 'byline'
  | 'caption'
  | 'headline'
  | 'widget'
  | 'subhead'
  | 'dek';

/** Text taken out of the body, kept and listed so nothing is dropped silently. */
export interface Removal extends Span {
  text: string;
  reason: RemovalReason;
}

/** The kinds of character-level repair the clean stage makes. */
export type RepairKind =
  | 'backtick-apostrophe'
  | 'backtick-quote'
  | 'ptb-quote'
  | 'glued-word'
  | 'glued-sentence';

/** A replacement of `text.slice(start, end)` by `replacement` (an insertion when start == end). */
export interface Repair extends Span {
  replacement: string;
  kind: RepairKind;
}

/** Metadata the clean stage recovers from the text itself. */
export interface CleanMetadata {
  title: string | null;
  /** The originating outlet or agency (a dateline's agency wins over a lone outlet line). */
  source: string | null;
  /** The outlet that published this copy, when it differs from `source`. */
  publisher: string | null;
  /** The place named by a dateline ("WASHINGTON"). */
  place: string | null;
}

/** The output of the clean stage: which spans are body, what was removed, what was repaired. */
export interface CleanDocument {
  document: SourceDocument;
  /** Body paragraphs, in order, trimmed, as spans of `document.text`. */
  paragraphs: Span[];
  removed: Removal[];
  repairs: Repair[];
  meta: CleanMetadata;
}

/** One sentence of an article body. */
export interface Sentence extends Span {
  /** `${articleId}:${index}`, unique in a pile. */
  id: string;
  /** The sentence as shown: the source text with the listed repairs applied. */
  text: string;
  /** 0-based index of the body paragraph it belongs to. */
  paragraph: number;
  /** 0-based position in the article body. */
  index: number;
  /** Repairs that fall inside this sentence. */
  repairs: Repair[];
  /** Lower-cased word tokens (no punctuation), as the summarizer sees them. */
  words: string[];
  /** Porter stems of `words`. */
  stems: string[];
}

/** An article after analysis: what every later stage reads. */
export interface Article {
  id: string;
  path: string;
  format: InputFormat;
  title: string | null;
  source: string | null;
  publisher: string | null;
  /** `YYYY-MM-DD`: from metadata, else inferred from the text or from related articles of the pile. */
  published: string | null;
  /** True when `published` was inferred rather than given by metadata. */
  publishedInferred: boolean;
  url: string | null;
  authors: string[];
  /** The text offsets refer to. */
  text: string;
  sentences: Sentence[];
  removed: Removal[];
  repairs: Repair[];
}

/** A group of sentences, from one or more articles, that say the same thing. */
export interface Statement {
  /** Sentence ids, the earliest-published (then first-read) first. */
  sentences: string[];
  /** Distinct article ids carrying it. */
  articles: string[];
}

/** A pointer from an output back to the sentence it rests on. */
export type Citation = string;

/** One sentence of a story summary: a source sentence plus every sentence that reports the same. */
export interface SummarySentence {
  text: string;
  /** The sentence whose text is shown. */
  sentence: string;
  article: string;
  /** Every sentence id reporting the same content, `sentence` included. */
  citations: Citation[];
}

/** A person, organisation or place a story names, under one name with every other name it goes by. */
export interface StoryEntity {
  name: string;
  type: 'person' | 'organisation' | 'place';
  /** The other names written for it ("US", "U.S.", "USA" for the United States). */
  aliases: string[];
  /** What the articles say it is ("US Secretary of State"), or null. */
  role: string | null;
  /** How many times the story's articles name it. */
  mentions: number;
  /** The sentences that name it. */
  citations: Citation[];
}

/** A direct quotation with its speaker; the same words in several outlets are one quote citing all. */
export interface StoryQuote {
  /** The speaker's name as the story's entities give it, or the description the article uses ("the defense ministry"). */
  speaker: string;
  text: string;
  /** A few quoted words inside the reporter's sentence rather than the speaker's own sentence. */
  partial: boolean;
  /** Every sentence carrying the quote. */
  citations: Citation[];
}

/** A dated event of a story: an article sentence and the date it reports. */
export interface TimelineEvent {
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  date: string;
  /** Whether the text writes the date out, rather than implying it from the publication date ("on Wednesday"). */
  certain: boolean;
  text: string;
  /** Every sentence reporting the same event. */
  citations: Citation[];
}

/** A group of articles about one event, with its briefing. */
export interface Story {
  id: string;
  title: string;
  /** Article ids, in reading order. */
  articles: string[];
  summary: SummarySentence[];
  /** People, organisations and places, most mentioned first. */
  entities: StoryEntity[];
  /** Direct quotations, in reading order. */
  quotes: StoryQuote[];
  /** Dated events, earliest first. */
  timeline: TimelineEvent[];
}

/** How long a summary may be; the first limit reached wins. */
export interface SummaryBudget {
  words?: number;
  bytes?: number;
  sentences?: number;
}

/** A word (or phrase) of the source replaced by another in a copy: ["us", "usa"]. */
export type Swap = [from: string, to: string];

/** One earlier article that a later one copies from. */
export interface Copy {
  /** The earlier article's id. */
  article: string;
  /** Share of the copying article's sentences found in the earlier one, 0..1. */
  share: number;
  /** True when copied sentences were reworded by word swaps, the mark of spun content. */
  reworded: boolean;
  /** The swaps seen, source wording first. */
  swaps: Swap[];
}

/** The result of briefing one pile. */
export interface Briefing {
  id: string;
  label: string;
  articles: Article[];
  stories: Story[];
  problems: Problem[];
  /** Sentences grouped by what they report, across the pile's articles. */
  statements: Statement[];
  /** For each article id, the earlier articles it copies from. */
  copies: ReadonlyMap<string, Copy[]>;
}
