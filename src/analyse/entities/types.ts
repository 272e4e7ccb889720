/** The kinds of entity a briefing lists. */
export type EntityType = 'person' | 'organisation' | 'place';

/** A person's grammatical gender as the text shows it, for pronoun agreement. */
export type Gender = 'm' | 'f';

/** One name as written in one sentence of an article. */
export interface Mention {
  /** Index of the sentence in the article. */
  sentence: number;
  /** Offsets of the name (titles excluded) in the sentence text. */
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** What the name itself shows; null when only context can tell. */
  type: EntityType | null;
  /** The gazetteer's name for it ("U.S." -> "United States"), or null. */
  canonical: string | null;
  /** The role written with it ("State Department spokesman"), or null. */
  role: string | null;
  gender: Gender | null;
  /** What the words around it suggest when the name itself does not tell. */
  hint: 'person' | 'place' | null;
  /** A name used as a modifier ("the Trump administration"): no antecedent for "he". */
  modifier: boolean;
  /** Inside a quotation: the speaker's words, not the reporter's. */
  inQuote: boolean;
}

/** Mentions of one article grouped into the entities they name. */
export interface Entity {
  /** Stable within one analysis: the index in the list. */
  id: number;
  name: string;
  type: EntityType | null;
  aliases: string[];
  role: string | null;
  gender: Gender | null;
  /** Indices into the mention list this entity was built from. */
  mentions: number[];
}
