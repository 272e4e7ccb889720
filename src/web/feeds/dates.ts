/**
 * Feed dates as feedsmith hands them over: raw strings, as the feed wrote
 * them. RSS uses RFC 822 ("Tue, 10 Jun 2003 04:00:00 GMT", often sloppy:
 * full month names, no seconds, two-digit years, "EST"); Atom, RDF (dc:date)
 * and JSON Feed use RFC 3339 / ISO 8601. Both are read here by hand, with
 * every field range-checked, because `Date.parse` accepts nonsense and
 * rejects common variants differently across engines. A date that cannot be
 * read is null, never an exception.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

// RFC 822 zones, and the US ones feeds still write, in minutes east of UTC.
const ZONES: Record<string, number> = {
  z: 0,
  ut: 0,
  utc: 0,
  gmt: 0,
  est: -300,
  edt: -240,
  cst: -360,
  cdt: -300,
  mst: -420,
  mdt: -360,
  pst: -480,
  pdt: -420,
  bst: 60,
  cet: 60,
  cest: 120,
};

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i;
const RFC822 =
  /^(?:[a-z]{3,9},?\s+)?(\d{1,2})[\s-]+([a-z]{3,9})\.?[\s-]+(\d{2,4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*([a-z]{1,5}|[+-]\d{2}:?\d{2})?$/i;

/** An instant written in a feed, as an ISO string in UTC (`2003-06-10T04:00:00.000Z`), or null when it is not a real date. */
export function parseFeedDate(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const text = raw.trim().replace(/\s+/g, ' ');
  if (text === '' || text.length > 64) return null;
  const iso = ISO.exec(text);
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    return instant(
      Number(y),
      Number(mo),
      Number(d),
      Number(h ?? 0),
      Number(mi ?? 0),
      Number(s ?? 0),
      zone ?? 'Z',
    );
  }
  const rfc = RFC822.exec(text);
  if (rfc) {
    const [, d, monthName, y, h, mi, s, zone] = rfc;
    const month =
      MONTHS[monthName!.toLowerCase().slice(0, monthName!.toLowerCase().startsWith('sept') ? 4 : 3)];
    if (!month) return null;
    let year = Number(y);
    // RFC 822 two-digit years: 00-49 are 20xx, 50-99 are 19xx (as RFC 5322 reads them).
    if (y!.length === 2) year += year < 50 ? 2000 : 1900;
    else if (y!.length !== 4) return null;
    return instant(year, month, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), zone ?? 'GMT');
  }
  return null;
}

function instant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  zone: string,
): string | null {
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  // 24:00 and leap seconds are tolerated as the next instant; anything beyond is garbage.
  if (hour > 24 || minute > 59 || second > 60 || (hour === 24 && (minute > 0 || second > 0))) return null;
  const offset = zoneOffset(zone);
  if (offset === null) return null;
  const ms = Date.UTC(year, month - 1, day, hour, minute, second) - offset * 60_000;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : null;
}

/** Minutes east of UTC for a zone name or a numeric offset, or null when unknown. */
function zoneOffset(zone: string): number | null {
  const named = ZONES[zone.toLowerCase()];
  if (named !== undefined) return named;
  const numeric = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone);
  if (!numeric) return null;
  const minutes = Number(numeric[2]) * 60 + Number(numeric[3] ?? 0);
  if (minutes > 18 * 60) return null;
  return numeric[1] === '-' ? -minutes : minutes;
}
