/**
 * TempEval-3 in JSON Lines (`{"id","dct","text","timexes":[{"type","value",
 * "text","start","end"}]}`): documents with their creation date and gold
 * time expressions.
 */
import { parseDay } from '../../analyse/dates/calendar.js';
import { EvalInputError, jsonLines, stringField } from '../jsonl.js';

/** One gold time expression. */
export interface GoldTimex {
  start: number;
  end: number;
  type: string;
  value: string;
}

/** One document with its creation date. */
export interface TimexDocument {
  id: string;
  dct: Date;
  text: string;
  timexes: GoldTimex[];
}

/** Parses a TempEval-3 JSON Lines file. */
export function parseTempeval(text: string, file: string): TimexDocument[] {
  const out: TimexDocument[] = [];
  for (const { value, line } of jsonLines(text, file)) {
    const dct = parseDay(stringField(value, 'dct', file, line));
    if (dct === null) throw new EvalInputError(file, line, 'field "dct" must start with a YYYY-MM-DD date');
    const list = value.timexes;
    if (!Array.isArray(list)) throw new EvalInputError(file, line, 'field "timexes" must be a list');
    const timexes = list
      .filter((t): t is Record<string, unknown> => typeof t === 'object' && t !== null)
      .filter((t) => typeof t.start === 'number' && typeof t.end === 'number')
      .map((t) => ({
        start: t.start as number,
        end: t.end as number,
        type: String(t.type ?? ''),
        value: String(t.value ?? ''),
      }));
    out.push({
      id: stringField(value, 'id', file, line),
      dct,
      text: stringField(value, 'text', file, line),
      timexes,
    });
  }
  return out;
}
