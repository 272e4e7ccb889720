/**
 * The title line: the first line of the body when it is a headline (short and
 * without a full stop, or title-cased) or when it repeats the metadata title.
 * A first line that is a real sentence is the lede, not a title.
 */
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { FUNCTION_WORDS, isCapitalised, isTitleCased, stripClosers, words } from '../text.js';
import { parseDateline } from './dateline.js';

const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 25;
const MAX_TITLE_CHARS = 250;

/** A title as compared: lower case, straight quotes, single spaces, no final punctuation. */
function normalise(text: string): string {
  return stripClosers(text)
    .toLowerCase()
    .replace(/[‘’`]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/\s+/gu, ' ')
    .replace(/[.!?:;,\s]+$/u, '')
    .trim();
}

/**
 * How a line relates to the metadata title: '' when it repeats it, the rest
 * of the title when it is the title's first part ("Headline; Subheadline",
 * "Headline - Site"), null when unrelated.
 */
export function titleRest(title: string | null, text: string): string | null {
  if (title === null) return null;
  const whole = normalise(title);
  const line = normalise(text);
  if (line === '' || whole === '' || !whole.startsWith(line)) return null;
  if (whole === line) return '';
  const rest = /^[.!?]*\s*[-–—|:;]\s*(.*)$/u.exec(whole.slice(line.length));
  return rest ? rest[1]! : null;
}

/** Whether a line has the look of a headline. */
export function looksLikeTitle(text: string): boolean {
  const list = words(text);
  if (list.length < MIN_TITLE_WORDS || list.length > MAX_TITLE_WORDS || text.length > MAX_TITLE_CHARS)
    return false;
  const first = /[\p{L}\p{N}]/u.exec(text)?.[0] ?? '';
  if (first === '' || (!isCapitalised(first) && !/\p{N}/u.test(first))) return false;
  if (parseDateline(text, true) !== null) return false;
  if (isTitleCased(list)) return true;
  const bare = stripClosers(text);
  return !/[.!?…:;,\-–—]$/u.test(bare) && !FUNCTION_WORDS.has(list[list.length - 1]!.toLowerCase());
}

/**
 * The first body line, when it is a title and prose follows it. When the
 * metadata title continues on the next line (a subheadline), that line is
 * the dek.
 */
export const titleRule: Rule = {
  name: 'title',
  apply({ document, body, facts }: RuleContext): RuleResult {
    const line = body[0];
    if (line === undefined || !body.some((other, i) => i > 0 && facts.isProse(other))) return NOTHING;
    const rest = titleRest(document.title, line.text);
    if (rest === null && !looksLikeTitle(line.text)) return NOTHING;
    const cuts: Cut[] = [{ line, reason: 'title' }];
    const next = body[1];
    if (rest && next !== undefined && body.length > 2 && normalise(next.text) === rest)
      cuts.push({ line: next, reason: 'dek' });
    return { cuts, meta: { title: line.text } };
  },
};
