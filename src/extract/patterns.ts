/**
 * Whole-line patterns for the text every extractor leaks: date and byline
 * lines, reporting credits, contact lines, ad markers, cookie and
 * subscription notices, "Read more:" links, gallery counters. Each pattern
 * must match the line as a whole (or the line must be short and made of
 * little else), so prose that merely mentions a date, a reporter or a
 * newsletter stays. Patterns cover the languages of news sites where the
 * wording is fixed (English first, then Portuguese, Spanish, French, German,
 * Italian, Indonesian, Russian).
 */

/** The kind of furniture a line is. */
export type LineKind = 'date' | 'byline' | 'credit' | 'contact' | 'widget' | 'related';

const MONTHS =
  'jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|' +
  'janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|' +
  'enero|febrero|marzo|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|' +
  'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|' +
  'januar|februar|märz|juni|juli|oktober|dezember|' +
  'gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|' +
  'maret|mei|agustus|desember';
const WEEKDAYS =
  'mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday|' +
  'segunda|terça|quarta|quinta|sexta|sábado|domingo|feira|lunes|martes|miércoles|jueves|viernes|' +
  'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag';
// Words that go with a date in a date line: what happened, when, and the joints between.
const DATE_WORDS =
  'updated|update|published|posted|first|last|modified|created|on|at|by|am|pm|a|m|p|est|edt|cst|cdt|mst|mdt|pst|pdt|gmt|utc|bst|cet|cest|ist|et|pt|ct|' +
  'de|às|as|em|el|le|à|um|uhr|am|il|alle|ore|pada|pukul|wib|the|of|and|h|min|ago|hours|hour|minutes|days|day|today|yesterday|' +
  'atualizado|publicado|actualizado|mis|jour|publié|aktualisiert|veröffentlicht|aggiornato|pubblicato|diperbarui|diterbitkan';

const DATE_TOKEN = new RegExp(`^(?:${MONTHS}|${WEEKDAYS}|${DATE_WORDS})\\.?$`, 'iu');
const CALENDAR_TOKEN = new RegExp(`^(?:${MONTHS}|${WEEKDAYS})\\.?$`, 'iu');
// A time or an all-numeric date: with a month or weekday name, what makes a line a date line.
const CLOCK_OR_NUMERIC = /\b\d{1,2}[:.h]\d{2}\b|\b\d{1,4}[./-]\d{1,2}[./-]\d{2,4}\b/;
const DIGITS = /\d/;

const BYLINE = /^(?:by|von|par|por|di|oleh|door|texto de|escrito por|written by|posted by)\s+\S/iu;
const POSTED_BY = /\b(?:posted|published|written)\b.*\bby\s+\p{L}+/iu;

const CREDIT: readonly RegExp[] = [
  /^\(?\s*(?:additional |with )?(?:reporting|writing|editing|research|compiled|translated) by\b/iu,
  /^\(?\s*(?:reporting|writing) by\b.*\bediting by\b/iu,
  /\b(?:contributed (?:reporting|to this (?:report|story|article))|contributed from)\b[^.]*\.?\)?$/iu,
  /^(?:the )?associated press (?:writers?|reporters?)\b/iu,
  /^(?:source|fonte|fuente|quelle|sumber)\s*:\s*\S/iu,
];

const EMAIL = /[\w.+-]+@[\w-]+\.[\w.]+/;
// A profile address; "pic.twitter.com/..." is a picture in an embedded post, not a way to reach anyone.
const PROFILE = /(?<![\w.])(?:www\.)?(?:twitter\.com|x\.com|facebook\.com|instagram\.com)\/\w+/i;
const CONTACT_WORDS =
  /\b(?:reach|reached|contact|follow|email|e-mail|tip|tips|write to|twitter|instagram|facebook)\b/iu;

const WIDGET: readonly RegExp[] = [
  // Ad markers, including the words sites use in other languages.
  /^(?:advert|advertisement|advertising|ad|ads|anzeige|werbung|publicidad|publicidade|publicité|pubblicità|iklan|реклама|sponsored|continue reading below|story continues below|article continues below(?: advertisement)?)[\s.:]*$/iu,
  /^(?:skip (?:navigation|to (?:main )?content)|this slideshow requires javascript\.?|image \d+ of (?:\/ )?\d+|\d+ of \d+|(?:photo|image|slide) \d+(?: of \d+)?|close|caption|expand|enlarge this image|toggle caption)[\s.:]*$/iu,
  /^(?:(?:tempo|tiempo|temps) de (?:leitura|lectura|lecture)|reading time|lesezeit)\s*:?.{0,20}$|^\d+\s*(?:min|minute|minutes|mins)\.? (?:read|de leitura|de lectura|de lecture|lesezeit)$/iu,
  /\b(?:this (?:web)?site uses cookies|we use cookies|by continuing to (?:use|browse) (?:this|our) (?:site|website))\b/iu,
  /^(?:sign up|subscribe|register|get|join)\b.{0,120}\b(?:newsletters?|inbox|alerts|briefing|email updates)\b.{0,60}$/iu,
  /^(?:click|tap) here\b.{0,100}$|\bby clicking here\b.{0,20}$/iu,
  /^(?:like|enjoyed|want more stories like) this(?: story| article)?\?.{0,80}$/iu,
  /^(?:post|leave|add|view|show|read) (?:a |your )?comments?\b.{0,20}$|^\d+ comments?$|^comments?[\s(+).:]*$/iu,
  /^(?:filed under|posted in|categories|category|tags?|topics?|mots-clés|etiquetas|schlagworte)\s*:.{0,200}$/iu,
  /^(?:(?:©|\(c\)|copyright)\s*.{0,120}|all rights reserved\.?)$/iu,
  /^(?:follow|like|join) (?:us|\p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)*) on\b.{0,80}$/iu,
  /^(?:share|share this|share on|share via|tweet|whatsapp|facebook|twitter|pinterest|linkedin|email|print)(?:\s+(?:whatsapp|facebook|twitter|pinterest|linkedin|email|print|share|pint|baixar|copy link))*[\s.:]*$/iu,
  /^(?:trending|popular this week|most (?:read|popular|viewed)|recent (?:articles|posts|stories)|don'?t miss|you may also like|more stories|more great [\p{L} ]+ stories|highlights)[.\s:…]*$/iu,
];

const RELATED: readonly RegExp[] = [
  /^\[?\s*(?:related|read more|read also|see more|see also|also read|also on [\w.]+|more|more on this|more from [\p{L} ]+|watch|listen|also|recommended|further reading|leia (?:também|mais)|lea también|lire aussi|mehr zum thema|baca juga|читайте также)\s*:.{0,200}$/iu,
  /^\[\s*related:.*\]$/iu,
];

const MAX_DATE_LINE_TOKENS = 14;
const MAX_BYLINE_WORDS = 12;
const MAX_CONTACT_WORDS = 45;
const MAX_CREDIT_WORDS = 70;
const MAX_RELATED_WORDS = 30;

/** What kind of furniture `line` is, or null when it may be prose. */
export function lineKind(line: string): LineKind | null {
  const text = line.trim();
  if (text === '' || text.length > 600) return null;
  const words = text.split(/\s+/);
  if (isDateLine(text)) return 'date';
  if (
    words.length <= MAX_BYLINE_WORDS &&
    (BYLINE.test(text) || POSTED_BY.test(text)) &&
    !/[.!?]["”]?$/.test(text)
  )
    return 'byline';
  if (words.length <= MAX_CREDIT_WORDS && CREDIT.some((re) => re.test(text))) return 'credit';
  if (words.length <= MAX_CONTACT_WORDS && isContact(text, words.length)) return 'contact';
  if (words.length <= MAX_RELATED_WORDS && RELATED.some((re) => re.test(text))) return 'related';
  if (words.length <= MAX_RELATED_WORDS * 2 && WIDGET.some((re) => re.test(text))) return 'widget';
  return null;
}

/** A short line of a date, a time and the words around them ("Updated 1:39 am EST, Wednesday, Nov. 20, 2019"). */
export function isDateLine(text: string): boolean {
  if (!DIGITS.test(text)) return false;
  const tokens = text.split(/[\s,|/·•–—:()[\]]+/).filter((t) => t !== '' && t !== '.' && t !== '-');
  if (tokens.length === 0 || tokens.length > MAX_DATE_LINE_TOKENS) return false;
  let other = 0;
  let calendar = CLOCK_OR_NUMERIC.test(text);
  for (const token of tokens) {
    if (CALENDAR_TOKEN.test(token)) calendar = true;
    if (/^\d/.test(token) || DATE_TOKEN.test(token)) continue;
    other++;
  }
  if (!calendar) return false;
  // A name or an outlet may follow the date ("Nov. 18, 2019 | Staff"); more than that is a sentence.
  return other <= 2 && other < tokens.length / 2;
}

/** A line that tells readers how to reach or follow the author: an address plus a contact word, or nothing but addresses. */
function isContact(text: string, words: number): boolean {
  const addresses = text.match(new RegExp(`${EMAIL.source}|${PROFILE.source}`, 'gi'))?.length ?? 0;
  if (addresses === 0) return false;
  if (words <= addresses * 2) return true;
  return CONTACT_WORDS.test(text);
}
