/**
 * Shortcuts around chrono's parsers and refiners that change no reading:
 * skipping work a parser's or refiner's own pattern shows cannot find
 * anything in a text ("ago", "end of" are missing from most news texts),
 * and building each result once rather than twice.
 */
import {
  type Parser,
  ParsingComponents,
  type ParsingContext,
  type ParsingResult,
  type Refiner,
} from 'chrono-node';

/** A pattern that fails at once: sticky, so it is tried at the start only. */
const NEVER = /(?!)/y;

/**
 * A parser that runs only on texts holding a word every match of its
 * pattern contains (`required`, case-insensitive like chrono's patterns):
 * without it, the pattern cannot match and the parser finds nothing.
 */
export function whenPresent(parser: Parser, required: RegExp): Parser {
  return {
    pattern: (context) => (required.test(context.text) ? parser.pattern(context) : NEVER),
    extract: (context, match) => parser.extract(context, match),
  };
}

/**
 * A parser whose components come back as a result: chrono wraps bare
 * components in a result it first gives components of its own, then
 * throws them away (one Date and seven fields per reading).
 */
export function asResults(parser: Parser): Parser {
  return {
    pattern: (context) => parser.pattern(context),
    extract: (context: ParsingContext, match: RegExpMatchArray) => {
      const read = parser.extract(context, match);
      // `extract` has moved the match past the boundary it consumed, as chrono reads it after.
      return read instanceof ParsingComponents
        ? context.createParsingResult(match.index!, match[0], read)
        : read;
    },
  };
}

/**
 * A refiner that runs only on texts `needed` matches: the caller shows that
 * without such a match the refiner returns its results untouched.
 */
export function refineWhen(refiner: Refiner, needed: RegExp): Refiner {
  return {
    refine: (context: ParsingContext, results: ParsingResult[]) =>
      needed.test(context.text) ? refiner.refine(context, results) : results,
  };
}
