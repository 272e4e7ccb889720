/**
 * Source tags: an explicit "(Source: CGTN)" line, and a lone outlet name
 * ("Dunya News", "Reuters") that aggregators print above or below the title.
 */
import type { CleanMetadata } from '../../types.js';
import { type Cut, NOTHING, type Rule, type RuleContext, type RuleResult } from '../rule.js';
import { endsClause, isCapitalised, words } from '../text.js';

/** "(Source: CGTN)", "Source: Reuters", "[Source: Xinhua]". */
const SOURCE_TAG = /^[([]?\s*source\s*:\s*([^()[\]:]{2,60}?)\s*[)\]]?\.?$/iu;
const MAX_TAG_WORDS = 8;

/** Last words of outlet names: "Dunya News", "The Moscow Times", "Gulf Daily". */
const OUTLET_WORDS: ReadonlySet<string> = new Set(
  (
    'news times post press tribune herald journal daily telegraph guardian independent mail express ' +
    'chronicle gazette observer today agency network tv radio online magazine wire star sun mirror ' +
    'standard review weekly insider monitor examiner courier register record bulletin dispatch ' +
    'inquirer enquirer globe republic sentinel leader nation hill beast post-gazette reporter digest ' +
    'channel broadcasting media newswire'
  ).split(' '),
);

/** Outlets whose bare name is a whole line. Lower case, compared case-insensitively. */
export const KNOWN_OUTLETS: ReadonlySet<string> = new Set(
  (
    'ap|associated press|the associated press|reuters|thomson reuters|afp|agence france-presse|' +
    'agence france presse|cnn|bbc|bbc news|npr|upi|xinhua|tass|itar-tass|sputnik|ria novosti|rt|' +
    'interfax|anadolu|anadolu agency|al jazeera|bloomberg|kyodo|yonhap|efe|ansa|dpa|aap|pti|ians|ani|' +
    'cgtn|cctv|cbs|nbc|abc|fox news|cnbc|msnbc|voa|voice of america|euronews|france 24|dw|' +
    'deutsche welle|politico|axios|the hill|vox|huffpost|buzzfeed news'
  ).split('|'),
);

const DOMAIN =
  /^(?:www\.)?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|co\.uk|co|info|news|tv|ru|in|pk|cn)$/iu;
const MAX_OUTLET_WORDS = 5;
const MAX_OUTLET_CHARS = 40;

/** Whether a whole line is the name of a news outlet. */
export function isOutletName(text: string): boolean {
  // "By Jane Doe, Associated Press" ends like an outlet but is a byline.
  if (text.length > MAX_OUTLET_CHARS || endsClause(text) || /^by\s/iu.test(text) || text.includes(','))
    return false;
  if (KNOWN_OUTLETS.has(text.toLowerCase()) || DOMAIN.test(text)) return true;
  const list = words(text);
  if (list.length < 2 || list.length > MAX_OUTLET_WORDS) return false;
  if (!list.every((w) => isCapitalised(w) || /^\p{N}/u.test(w))) return false;
  return OUTLET_WORDS.has(list[list.length - 1]!.toLowerCase());
}

/** Metadata for a newly found outlet: it becomes the source, or the publisher if a source is known. */
export function outletMeta(meta: Readonly<CleanMetadata>, outlet: string): Partial<CleanMetadata> {
  if (meta.source === null) return { source: outlet };
  if (meta.publisher === null && meta.source !== outlet) return { publisher: outlet };
  return {};
}

/** Explicit "Source:" lines, anywhere (the first one names the source). */
export const sourceTagRule: Rule = {
  name: 'source-tag',
  apply({ body, meta }: RuleContext): RuleResult {
    const cuts: Cut[] = [];
    let found: Partial<CleanMetadata> = {};
    for (const line of body) {
      const m = SOURCE_TAG.exec(line.text);
      if (!m || words(m[1]!).length > MAX_TAG_WORDS) continue;
      cuts.push({ line, reason: 'source-tag' });
      if (cuts.length === 1) found = outletMeta(meta, m[1]!.trim());
    }
    return cuts.length === 0 ? NOTHING : { cuts, meta: found };
  },
};

/**
 * A lone outlet line at the very top: first, or second after a line that is
 * not prose (the title). Anywhere else a short name line could be a subhead.
 */
export const outletLineRule: Rule = {
  name: 'outlet-line',
  apply({ body, meta, facts }: RuleContext): RuleResult {
    for (let i = 0; i < Math.min(2, body.length - 1); i++) {
      const line = body[i]!;
      if (i === 1 && facts.isProse(body[0]!)) break;
      if (isOutletName(line.text))
        return { cuts: [{ line, reason: 'source-tag' }], meta: outletMeta(meta, line.text) };
    }
    return NOTHING;
  },
};
