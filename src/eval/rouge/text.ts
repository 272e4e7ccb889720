/**
 * How ROUGE-1.5.5.pl reads a summary: sentences, length cut-offs, tokens.
 *
 * The script reads files as raw bytes, so lengths, cut-offs and lowercasing
 * here work on the UTF-8 bytes of the text (one JS char per byte), not on
 * characters: a cut may split a multi-byte character, whose pieces then turn
 * into spaces like every other non-ASCII byte.
 */

/** A summary: one string with a sentence per line, or the sentences. */
export type SummaryText = string | readonly string[];

/** A length cut-off for summaries, as `-l N` (words) or `-b N` (bytes). */
export type LengthLimit = { readonly words: number } | { readonly bytes: number };

// Perl's \s on a byte string.
const PERL_SPACE = /[ \t\n\r\f\v]+/;

/** Splits into sentences as the SPL reader does: one per line, empty lines dropped, ASCII lowercased. */
export function readSentences(text: SummaryText): string[] {
  const lines = typeof text === 'string' ? text.split('\n') : text.flatMap((s) => s.split('\n'));
  return lines
    .filter((line) => line.length > 0)
    .map((line) =>
      Buffer.from(line, 'utf8')
        .toString('latin1')
        .replace(/[A-Z]+/g, (s) => s.toLowerCase()),
    );
}

/** Perl's `split(/\s+/, $s)`: a leading separator yields an empty first word, trailing ones nothing. */
export function perlWords(sentence: string): string[] {
  const words = sentence.split(PERL_SPACE);
  while (words.length > 0 && words[words.length - 1] === '') words.pop();
  return words;
}

/**
 * The whole text the n-gram counts see (`readText`): sentences joined by a
 * space, cut after `limit`. Whole sentences are kept while the running length
 * stays below the limit; the first that reaches it is cut. The byte count adds
 * sentence lengths only, not the joining spaces, as the script does.
 */
export function truncateText(sentences: readonly string[], limit?: LengthLimit): string {
  if (!limit) return sentences.join(' ');
  const kept: string[] = [];
  let used = 0;
  for (const sentence of sentences) {
    if ('words' in limit) {
      const words = perlWords(sentence);
      if (used + words.length < limit.words) {
        kept.push(sentence);
        used += words.length;
        continue;
      }
      kept.push(words.slice(0, limit.words - used).join(' '));
    } else {
      if (used + sentence.length < limit.bytes) {
        kept.push(sentence);
        used += sentence.length;
        continue;
      }
      kept.push(sentence.slice(0, limit.bytes - used));
    }
    break;
  }
  return kept.join(' ');
}

/**
 * The sentence units ROUGE-L sees (`readText_LCS`). Word cut-offs match
 * `truncateText`. Byte cut-offs reproduce a bug in the script: the running
 * length is never increased, so every sentence shorter than the limit is kept
 * whole and only a sentence at least `limit` bytes long is cut. ROUGE-L hits
 * stay bounded because they are clipped by the truncated unigram counts.
 */
export function truncateUnits(sentences: readonly string[], limit?: LengthLimit): string[] {
  if (!limit) return [...sentences];
  const units: string[] = [];
  let used = 0;
  for (const sentence of sentences) {
    if ('words' in limit) {
      const words = perlWords(sentence);
      if (used + words.length < limit.words) {
        units.push(sentence);
        used += words.length;
        continue;
      }
      units.push(words.slice(0, limit.words - used).join(' '));
    } else {
      if (sentence.length < limit.bytes) {
        units.push(sentence);
        continue;
      }
      units.push(sentence.slice(0, limit.bytes));
    }
    break;
  }
  return units;
}

/**
 * The tokens ROUGE counts in a piece of (already lowercased) text. The script
 * spaces out hyphens, turns every other non-alphanumeric byte into a space and
 * then keeps only words starting with [a-z0-9$]; what survives is exactly the
 * runs of ASCII letters and digits.
 */
export function rougeTokens(text: string): string[] {
  return text.match(/[a-z0-9]+/g) ?? [];
}
