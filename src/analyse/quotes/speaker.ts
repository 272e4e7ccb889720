/**
 * From a speaker phrase to the entity it names. A name is its entity; "he"
 * and "she" are the nearest person named before them (outside quotations,
 * of a compatible gender); a description ("the secretary", "Kerry’s
 * spokesman") is the person whose role it matches, and stays a description
 * when nobody's role does ("the defense ministry").
 */
import { isCommonWord } from '../entities/lexicon.js';
import type { Entity, Mention } from '../entities/types.js';
import type { PronounKind } from './cues.js';
import type { SentenceView, SpeakerRef } from './phrases.js';

/** A speaker as resolved: the entity (or description) and where the phrase naming it stands. */
export interface ResolvedSpeaker {
  name: string;
  /** Index into the article's entities; null for a description nobody's role matches. */
  entity: number | null;
  /** Where the phrase stands: sentence index and offsets into its text. */
  sentence: number;
  start: number;
  end: number;
  kind: SpeakerRef['kind'];
}

/** What resolution reads: the sentences, mentions and entities of one article. */
export interface SpeakerContext {
  views: readonly SentenceView[];
  mentions: readonly Mention[];
  entities: readonly Entity[];
  entityOf: readonly number[];
}

/** Whether an entity can be the antecedent of a pronoun of `gender`. */
function compatible(e: Entity, m: Mention, gender: PronounKind): boolean {
  // "it said": the organisation named last ("the ministry ... it said").
  if (gender === 'neuter') return e.type === 'organisation';
  const person = e.type === 'person' || (e.type === null && (m.hint === 'person' || e.role !== null));
  if (!person) return false;
  if (gender === 'm') return e.gender !== 'f';
  if (gender === 'f') return e.gender !== 'm';
  return false;
}

/** The nearest compatible person mentioned before a pronoun. */
function antecedent(
  ctx: SpeakerContext,
  sentence: number,
  offset: number,
  gender: PronounKind,
): number | null {
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.sentence > sentence || (m.sentence === sentence && m.start >= offset)) continue;
    if (m.inQuote || m.modifier) continue;
    const e = ctx.entities[ctx.entityOf[i]!]!;
    if (compatible(e, m, gender)) return i;
  }
  return null;
}

/** The person whose role a description matches ("the secretary" -> the Secretary of State), latest mentioned first. */
function byRole(ctx: SpeakerContext, ref: Extract<SpeakerRef, { kind: 'nominal' }>): number | null {
  const view = ctx.views[ref.sentence]!;
  const words = view.tokens.slice(ref.start, ref.end);
  const head = words[words.length - 1]!.lower;
  const possessive = words.findIndex((t) => t.lower === "'s");
  const owner = possessive > 0 ? words[possessive - 1]!.lower : null;
  const at = view.starts[ref.start]!;
  for (let i = ctx.mentions.length - 1; i >= 0; i--) {
    const m = ctx.mentions[i]!;
    if (m.sentence > ref.sentence || (m.sentence === ref.sentence && m.start >= at)) continue;
    const e = ctx.entities[ctx.entityOf[i]!]!;
    const role = e.role?.toLowerCase();
    if (e.type !== 'person' || !role) continue;
    const roleWords = role.split(/[^\p{L}'’-]+/u);
    if (!roleWords.includes(head)) continue;
    if (owner !== null && !role.replace(/’/gu, "'").includes(owner)) continue;
    return ctx.entityOf[i]!;
  }
  return null;
}

/**
 * Whether an entity can speak: anything named, places included (a capital
 * speaks for its government: "Moscow says"), but not a capitalised ordinary
 * word of unknown kind ("Republican", "Muslim").
 */
function canSpeak(e: Entity, m: Mention): boolean {
  if (e.type !== null) return true;
  return m.hint === 'person' || !e.name.split(/\s+/u).every((w) => isCommonWord(w.toLowerCase()));
}

/** Resolves a speaker phrase; null when it names nobody ("they" with no one to point at). */
export function resolveSpeaker(ctx: SpeakerContext, ref: SpeakerRef): ResolvedSpeaker | null {
  if (ref.kind === 'mention') {
    const m = ctx.mentions[ref.mention]!;
    const e = ctx.entities[ctx.entityOf[ref.mention]!]!;
    if (!canSpeak(e, m)) return null;
    return { name: e.name, entity: e.id, sentence: m.sentence, start: m.start, end: m.end, kind: 'mention' };
  }
  const view = ctx.views[ref.sentence]!;
  if (ref.kind === 'pronoun') {
    const start = view.starts[ref.token]!;
    if (ref.gender === 'plural') return null;
    const i = antecedent(ctx, ref.sentence, start, ref.gender);
    if (i === null) return null;
    const e = ctx.entities[ctx.entityOf[i]!]!;
    return {
      name: e.name,
      entity: e.id,
      sentence: ref.sentence,
      start,
      end: view.ends[ref.token]!,
      kind: 'pronoun',
    };
  }
  const start = view.starts[ref.start]!;
  const end = view.ends[ref.end - 1]!;
  const e = byRole(ctx, ref);
  const name = e === null ? ref.text : ctx.entities[e]!.name;
  return { name, entity: e, sentence: ref.sentence, start, end, kind: 'nominal' };
}
