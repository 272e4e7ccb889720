/**
 * Whether a predicted speaker and a gold speaker span name the same person.
 * The gold span is the mention as written ("he", "the president", "Hillary
 * Clinton’s campaign manager Robby Mook"), so it is resolved the way
 * newsbrief resolves its own speaker phrases: a name to its entity (a
 * possessive owner such as "Hillary Clinton’s" is not the speaker), a
 * pronoun to the nearest compatible person before it, a description to the
 * person whose role it matches. They match when the phrases overlap, the
 * entities are the same, or the names share their last word.
 */
import { nameKeys } from '../../analyse/entities/key.js';
import { originalOffset } from '../../analyse/offsets.js';
import { SPEAKER_PRONOUNS } from '../../analyse/quotes/cues.js';
import { resolveSpeaker } from '../../analyse/quotes/speaker.js';
import type { Range } from './input.js';
import type { PredictedQuote, Prediction } from './predict.js';

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The entities and names the gold span refers to. */
function goldReferents(
  p: Prediction,
  gold: Range & { text: string },
): { entities: Set<number>; names: string[] } {
  const { who, article } = p;
  const entities = new Set<number>();
  const names: string[] = [];
  who.mentions.forEach((m, i) => {
    const s = article.sentences[m.sentence]!;
    const span = { start: originalOffset(s, m.start), end: originalOffset(s, m.end) };
    if (!overlaps(span, gold)) return;
    if (/^['’]s\b/u.test(article.text.slice(span.end, span.end + 3)) && span.end < gold.end) return;
    entities.add(who.entityOf[i]!);
    names.push(who.entities[who.entityOf[i]!]!.name);
  });
  if (entities.size > 0) return { entities, names };
  const resolved = resolvePhrase(p, gold);
  if (resolved) {
    if (resolved.entity !== null) entities.add(resolved.entity);
    names.push(resolved.name);
  } else names.push(gold.text);
  return { entities, names };
}

/** Resolves a gold span that is a pronoun or a description, as newsbrief resolves its own. */
function resolvePhrase(p: Prediction, gold: Range & { text: string }) {
  const { article, who } = p;
  const sentence = article.sentences.findIndex((s) => s.start <= gold.start && gold.start < s.end);
  if (sentence < 0) return null;
  const s = article.sentences[sentence]!;
  const { tokens, starts, ends } = who.tokens[sentence]!;
  const inside = tokens
    .map((_, i) => ({ i, start: originalOffset(s, starts[i]!), end: originalOffset(s, ends[i]!) }))
    .filter((t) => t.start >= gold.start && t.end <= gold.end);
  if (inside.length === 0) return null;
  const first = inside[0]!.i;
  const gender = inside.length === 1 ? SPEAKER_PRONOUNS.get(tokens[first]!.lower) : undefined;
  if (gender) return resolveSpeaker(who.context, { kind: 'pronoun', sentence, token: first, gender });
  const end = inside[inside.length - 1]!.i + 1;
  return resolveSpeaker(who.context, { kind: 'nominal', sentence, start: first, end, text: gold.text });
}

function lastKey(name: string): string | undefined {
  const keys = nameKeys(name);
  return keys[keys.length - 1];
}

/** Whether a predicted quote's speaker is the gold speaker. */
export function sameSpeaker(
  p: Prediction,
  predicted: PredictedQuote,
  gold: (Range & { text: string }) | null,
): boolean {
  if (predicted.speaker === null || gold === null) return false;
  if (overlaps(predicted.speaker.span, gold)) return true;
  const referents = goldReferents(p, gold);
  if (predicted.speaker.entity !== null && referents.entities.has(predicted.speaker.entity)) return true;
  const key = lastKey(predicted.speaker.name);
  return key !== undefined && referents.names.some((n) => lastKey(n) === key);
}
