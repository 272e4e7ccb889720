/**
 * Abbreviations that end in a period without ending a sentence, as news copy
 * uses them (AP style). Two kinds, because "Sen." never ends a sentence but
 * "Inc." or "Calif." often does: those end one only when a typical sentence
 * opener follows.
 */

/** Titles and markers always followed by what they qualify ("Sen. Jones", "No. 5"). */
export const NEVER_FINAL: ReadonlySet<string> = new Set(
  `Mr Mrs Ms Messrs Mmes Dr Drs Prof Sen Sens Rep Reps Gov Govs Gen Gens Lt Col Maj Capt Cpt Sgt Cpl Pvt Spc Brig
  Adm Cmdr Cmdt Ens Rev Revs Hon Pres Supt Det Insp Atty Amb Gov St Ste Mt Ft vs v cf Msgr Fr Sra Srta Mme Mlle Rt`
    .split(/\s+/)
    .flatMap((w) => [w, w.toUpperCase()]),
);

/**
 * Not final before a number ("Jan. 5", "No. 2", "Vol. 3"), otherwise like
 * `MAYBE_FINAL`: "the police said no. Although ..." does end a sentence.
 */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set(
  `Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Tues Wed Thu Thur Thurs Fri Sat Sun No no Nos nos Vol
  vol Vols Art Fig Figs Ch Sec sec Pp pp p`.split(/\s+/),
);

/** Abbreviations that may end a sentence: corporate suffixes, generations, US states, "etc.". */
export const MAYBE_FINAL: ReadonlySet<string> = new Set(
  `Inc Corp Co Cos Ltd Bros Jr Sr etc al Assn Dept Univ Ave Blvd Rd Hwy est approx Ala Ariz Ark Calif Colo Conn Del
  Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nebr Nev Okla Ore Pa Penn Tenn Tex Va Vt Wash Wis
  Wyo`.split(/\s+/),
);

/** The length of the longest abbreviation in the three lists: a longer word needs no lookup. */
export const LONGEST_ABBREVIATION = Math.max(
  ...[NEVER_FINAL, BEFORE_NUMBER, MAYBE_FINAL].flatMap((set) => [...set].map((w) => w.length)),
);

/**
 * Lower-case words that usually mean themselves rather than the abbreviation
 * they spell when capitalised ("he was ill.", "in the sun.", "six ft.").
 */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  `ark ill mass miss wash ore pa la mo gen gens col rev revs det hon pres ens sens ft mar sun sat wed art fig figs ch`.split(
    /\s+/,
  ),
);

/**
 * The form under which an abbreviation is listed above: lowercased copy
 * (Multi-News) writes "mr." and "jan." in lower case, so a lower-case word
 * counts as its capitalised form unless it is an everyday word.
 */
export function listedForm(word: string): string {
  // A word opening on an ASCII capital is not lower case: the common case, decided without lower-casing it.
  const first = word.charCodeAt(0);
  if (first >= 65 && first <= 90) return word;
  if (word === '' || word !== word.toLowerCase() || EVERYDAY_WORDS.has(word)) return word;
  return word[0]!.toUpperCase() + word.slice(1);
}

/**
 * Words that typically open a sentence. After an ambiguous abbreviation
 * ("U.S.", "Inc.", "p.m.") one of these says a new sentence begins.
 */
export const SENTENCE_OPENERS: ReadonlySet<string> = new Set(
  `The A An He She It They We I You His Her Its Their Our My This That These Those There Here But And Or So Yet
  In On At For From By With After Before When While If As Although Though Since Because However Meanwhile Still
  Mr Mrs Ms Dr Officials Police Authorities Some Many Most No Not Now Then Today Yesterday Earlier Later Last Next
  What Who Why How Where Asked According Also Both Each Every Neither Nor One Two Three`.split(/\s+/),
);
