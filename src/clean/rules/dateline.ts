/**
 * Datelines: "WASHINGTON (AFP) -", "MOSCOW, April 12 (Reuters) -",
 * "NEW YORK (AP) —", "LONDON —", "(CNN) —" at the start of a paragraph. Only
 * the prefix goes; the rest of the paragraph is body.
 */
import type { CleanMetadata } from '../../types.js';
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { isUpperCase } from '../text.js';
import { KNOWN_OUTLETS } from './source-tag.js';

const WORD = String.raw`\p{Lu}[\p{L}.'’-]*`;
const PARTICLE = `(?:de|del|da|do|dos|la|le|el|al|of|upon|am|an|sur)`;
const PLACE = String.raw`${WORD}(?:\s+(?:${WORD}|${PARTICLE})){0,3}`;
const MONTH = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const REGION = String.raw`,\s*(?!${MONTH}\s)${WORD}(?:\s+${WORD}){0,2}`;
const DASH = `--|[-–—_]|:`;
const DATE = String.raw`,?\s+(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})(?:,?\s+\d{4})?`;

/**
 * The whole prefix; groups: place, region, date, then an agency in brackets
 * (with an optional dash after it) or a bare dash. Validated in code.
 */
const DATELINE = new RegExp(
  String.raw`^(?<place>${PLACE})?(?<region>${REGION})?(?<date>${DATE})?\s*` +
    String.raw`(?:\((?<agency>[^()]{2,40})\)\s*(?<dash>${DASH}|\.)?|(?<bare>${DASH}))(?=\s|$|\p{Lu})`,
  'u',
);
const MAX_DATELINE_CHARS = 90;

/** All-caps openers that are labels, not places. */
const LABELS: ReadonlySet<string> = new Set(
  'BREAKING UPDATE UPDATED EXCLUSIVE WATCH VIDEO LIVE OPINION ANALYSIS EDITORIAL CORRECTION NOTE WARNING FACTBOX EXPLAINER PHOTOS ALERT URGENT FLASH DEVELOPING LISTEN READ REVIEW SPOILER'.split(
    ' ',
  ),
);

/** A dateline found at the start of a paragraph. */
interface Dateline {
  end: number;
  place: string | null;
  agency: string | null;
}

/** Whether a parenthesised name is a news agency ("AP", "Reuters", "AP/Reuters"). */
function isAgency(name: string, capsPlace: boolean): boolean {
  if (name.split(/\s*\/\s*/u).every((part) => KNOWN_OUTLETS.has(part.toLowerCase()))) return true;
  return capsPlace && /^[\p{Lu}]{2,8}$/u.test(name);
}

/**
 * Parses a dateline at the start of a line. Without an agency the place must
 * be in capitals and `first` must hold (an all-caps word and a dash deeper in
 * the body is more likely "NATO — the alliance ...").
 */
export function parseDateline(text: string, first: boolean): Dateline | null {
  const m = DATELINE.exec(text);
  const g = m?.groups;
  if (!m || !g) return null;
  const prefix = m[0].trimEnd();
  if (prefix === '' || prefix.length > MAX_DATELINE_CHARS) return null;
  const place = g.place ?? null;
  const agency = g.agency?.trim() ?? null;
  const dash = g.dash ?? g.bare;
  const capsPlace = place !== null && isUpperCase(place) && /\p{L}{3}/u.test(place) && !LABELS.has(place);
  if (agency === null) {
    if (!capsPlace || !first || dash === undefined) return null;
  } else {
    if (!isAgency(agency, capsPlace)) return null;
    // "Washington (AFP)" needs its dash; a bare "(CNN)The ..." is CNN's house style.
    if (place !== null && !capsPlace && dash === undefined) return null;
    if (place === null && g.date !== undefined) return null;
  }
  const label = place === null ? null : `${place}${g.region ?? ''}`;
  return { end: prefix.length, place: label, agency };
}

/** Metadata from a dateline: the agency becomes the source, an outlet found earlier the publisher. */
function datelineMeta(meta: Readonly<CleanMetadata>, found: Dateline): Partial<CleanMetadata> {
  const out: Partial<CleanMetadata> = {};
  if (meta.place === null && found.place !== null) out.place = found.place;
  if (found.agency !== null && meta.source !== found.agency) {
    out.source = found.agency;
    if (meta.publisher === null && meta.source !== null) out.publisher = meta.source;
  }
  return out;
}

/** Dateline prefixes: in the first body paragraph, or anywhere when they name an agency. */
export const datelineRule: Rule = {
  name: 'dateline',
  apply({ body, meta }: RuleContext): RuleResult {
    const cuts: Cut[] = [];
    let current = meta;
    for (let i = 0; i < body.length; i++) {
      const line = body[i]!;
      const found = parseDateline(line.text, i === 0);
      if (found === null) continue;
      cuts.push({ line, reason: 'dateline', end: line.start + found.end });
      if (cuts.length === 1) current = { ...current, ...datelineMeta(current, found) };
    }
    if (cuts.length === 0) return NOTHING;
    return { cuts, meta: current };
  },
};
