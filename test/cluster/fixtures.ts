/** Short news fixtures written for these tests: two unrelated events, follow-ups, and filler. */
import type { Article, SourceDocument } from '../../src/types.js';
import { bodyArticle } from '../helpers/articles.js';

/** An article from paragraphs, with an optional date and title. */
export function article(id: string, paragraphs: string[], extra: Partial<SourceDocument> = {}): Article {
  return bodyArticle(id, paragraphs, extra);
}

/** Three reports of a bridge closure in Millbrook. */
export const BRIDGE = [
  [
    'Millbrook council closed the Old Mill Bridge on Tuesday after inspectors found corroded suspension cables.',
    'Engineers said the bridge could not carry traffic until the cables were replaced, a job expected to take months.',
    'Buses will be rerouted over the Harbor Street crossing during the closure.',
  ],
  [
    'Inspectors found corroded cables on the Old Mill Bridge, and the Millbrook council shut it to all traffic.',
    'Commuters face long detours while engineers replace the suspension cables of the bridge.',
    'The council said buses would use the Harbor Street crossing.',
  ],
  [
    'The Old Mill Bridge in Millbrook will stay closed for months, council engineers said, after corroded cables were found.',
    'Residents complained about detours, and shop owners near the bridge feared lost trade during the closure.',
  ],
];

/** Three reports of a football transfer. */
export const TRANSFER = [
  [
    'Striker Lena Okafor signed a four-year contract with Riverside United on Monday for a club record fee.',
    'The forward scored 31 goals last season and had been chased by several European clubs.',
    'Riverside United manager Paul Dreyer said the signing showed the ambition of the club.',
  ],
  [
    'Riverside United broke its transfer record to sign striker Lena Okafor on a four-year deal.',
    'Okafor, who scored 31 league goals last season, said she joined for the chance to play in Europe.',
  ],
  [
    'Manager Paul Dreyer welcomed striker Lena Okafor to Riverside United after the record transfer was completed.',
    'Supporters queued outside the stadium to buy shirts with the name of the new forward.',
  ],
];

/** Unrelated filler, so document frequencies look like a stream rather than two articles. */
export const FILLER = [
  ['The central bank held interest rates steady and said inflation was slowing faster than expected.'],
  ['A heatwave pushed temperatures past 40 degrees across the south, and officials opened cooling centres.'],
  ['The orchestra announced a new season with three premieres and a tour of Asian concert halls.'],
  ['Farmers warned that the drought had cut the wheat harvest by a third compared with last year.'],
];
