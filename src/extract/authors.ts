/**
 * Author names from bylines and metadata. Pages put all sorts of things where
 * a name should be: "Share", "Updated 3:45 p.m.", "By Staff", a Twitter
 * handle, a profile URL, the date. A name is kept only if it reads as a
 * person's or an agency's name: a few capitalised words, no digits, no
 * widget words, no date.
 */

// Job titles that follow a name in bylines ("Tom Krisher, AP Auto Writer") are not people.
const ROLE =
  /\b(?:writer|editor|editorial|editors|correspondent|reporter|contributor|columnist|staff|producer|photographer|journalist|bureau|desk|team|opinion)\b/i;

// Degrees and credentials written after a name ("Rachael Link, MS, RD").
const CREDENTIAL =
  /^(?:MS|MSc|MA|MD|PhD|Ph\.D\.|RD|RDN|LD|RN|NP|PA|MPH|MBA|JD|DO|CPT|CSCS|CDE|LCSW|Jr|Sr|II|III)\.?$/i;

// Words that mark widget text, dates or page furniture rather than a name.
const JUNK =
  /\b(?:share|shares|sharing|follow|tweet|email|e-mail|print|comments?|subscribe|sign in|log in|login|updated|published|posted|read|min|minutes|ago|more|view|profile|facebook|twitter|instagram|linkedin|whatsapp|menu|search|home|news|advertisement|sponsored|copyright|rights|reserved|photo|image|video|getty|shutterstock|am|pm|a\.m\.|p\.m\.|gmt|utc|est|edt|pst|pdt|cet|bst)\b/i;

const MONTH =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/i;

const URL = /^(?:https?:)?\/\/|^www\.|\.(?:com|org|net)\b/i;

const MAX_WORDS = 5;
const MAX_LENGTH = 60;

/** Splits a byline ("By Jane Doe and John Roe, Staff Writers") into the names that pass `isAuthorName`. */
export function splitByline(byline: string): string[] {
  const names = byline
    // "ERIC TUCKERAssociated Press": a name in capitals glued to the agency after it.
    .replace(/(\p{Lu}{2,})(?=\p{Lu}\p{Ll})/gu, '$1, ')
    // "By", "Written by", "Analysis by", "Story by".
    .replace(
      /^\s*(?:(?:written|analysis|opinion|commentary|review|story|text|words|reporting)\s+)?by[\s:]+/i,
      '',
    )
    // Conjunctions in lower case only: "E." and "Y." in names are initials.
    .split(/\s*(?:[,;&|/]|\s(?:and|AND|And|und|et|y|e|with)\s)\s*/)
    .map((name) => tidyName(name))
    .filter(isAuthorName);
  return [...new Set(names)];
}

/** True when `name` reads as a person's (or an agency's) name rather than widget text, a date or a URL. */
export function isAuthorName(name: string): boolean {
  if (name === '' || name.length > MAX_LENGTH || CREDENTIAL.test(name)) return false;
  if (URL.test(name) || /\d/.test(name) || MONTH.test(name)) return false;
  if (ROLE.test(name) || JUNK.test(name)) return false;
  if (/^@/.test(name) || /[<>{}[\]=#"“”]/.test(name)) return false;
  const words = name.split(/\s+/);
  if (words.length > MAX_WORDS) return false;
  // Names start with a capital in every script that has case; a lower-case phrase is a sentence fragment.
  return words.some((word) => /^\p{Lu}/u.test(word)) || !/\p{Ll}/u.test(name);
}

/** Trims a name: collapsed spaces, no leading "By", no trailing punctuation; "TOM KRISHER" as "Tom Krisher". */
function tidyName(name: string): string {
  const tidy = name
    .replace(/\s+/g, ' ')
    .replace(/^(?:by|von|par|por|di|door)\s+/i, '')
    .replace(/^[\s\-–—:·|]+|[\s\-–—:·|,]+$|(?<!\b\p{Lu})\.$/gu, '')
    .trim();
  const letters = tidy.replace(/[^\p{L}]/gu, '');
  if (letters.length < 4 || letters !== letters.toUpperCase() || letters === letters.toLowerCase())
    return tidy;
  return tidy
    .toLowerCase()
    .replace(/(^|[\s'’-])(\p{Ll})/gu, (_, before: string, first: string) => before + first.toUpperCase());
}

/** Authors from a JSON-LD `author` value: a string, a Person, or a list of them. */
export function jsonLdAuthors(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  const names = list.flatMap((item) => {
    if (typeof item === 'string') return splitByline(item);
    if (typeof item === 'object' && item !== null && 'name' in item) {
      const name = (item as { name: unknown }).name;
      if (typeof name === 'string') return splitByline(name);
    }
    return [];
  });
  return [...new Set(names)];
}
