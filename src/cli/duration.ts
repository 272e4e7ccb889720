/** Durations on the command line: `90s`, `15m`, `1h30m`, `2d`, `500ms`, or plain seconds. */
import { InvalidArgumentError } from 'commander';

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** Parses a duration into milliseconds, echoing the bad value in the error. */
export function parseDuration(value: string): number {
  const text = value.trim().toLowerCase();
  if (/^\d+(?:\.\d+)?$/.test(text)) return Number(text) * 1000;
  let total = 0;
  let rest = text;
  while (rest !== '') {
    const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)/.exec(rest);
    if (!match) {
      throw new InvalidArgumentError(`expected a duration such as 30s, 15m or 1h30m, got '${value}'`);
    }
    total += Number(match[1]) * UNITS[match[2]!]!;
    rest = rest.slice(match[0].length);
  }
  if (total <= 0) throw new InvalidArgumentError(`expected a duration above zero, got '${value}'`);
  return total;
}
