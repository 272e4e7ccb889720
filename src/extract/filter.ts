/**
 * The line filter after Readability: what every extractor leaks, taken out
 * paragraph by paragraph, each with a reason.
 *
 *  - context: a paragraph inside a figure, or under an element whose class or
 *    id names furniture (caption, gallery, byline, related, newsletter,
 *    share, comment, ...). Only names that set the paragraph apart count: a
 *    name every paragraph shares belongs to the article's own container.
 *  - patterns: date, byline, credit, contact, ad, subscription, "Read more:"
 *    lines (`patterns.ts`).
 *  - link lists: a run of mostly-link paragraphs introduced by a "More",
 *    "Related" or "You may also like" line, and fully linked headlines in
 *    capitals.
 *  - the headline repeated at the top of the body.
 */
import type { Block } from './blocks.js';
import { type LineKind, lineKind } from './patterns.js';

/** Why a line was taken out of the article text. */
export type DropReason = LineKind | 'caption' | 'furniture' | 'title' | 'site-furniture';

/** A line taken out of the article text. */
export interface DroppedLine {
  text: string;
  reason: DropReason;
}

/** The filter's verdict on a page's paragraphs. */
export interface Filtered {
  kept: Block[];
  dropped: DroppedLine[];
}

/** Class and id words that mark captions and galleries. */
const CAPTION_NAMES =
  /^(?:caption|captions|credit|credits|gallery|slide|slider|slideshow|swiper|carousel|image|img|photo|media|attachment|thumbnail|figure|lightbox)$/;
/** Class and id words that mark page furniture. */
const FURNITURE_NAMES =
  /^(?:byline|bylines|author|authors|bio|dateline|timestamp|related|recommended|recommendations|newsletter|newsletters|subscribe|subscription|signup|share|sharing|social|comment|comments|promo|advert|advertisement|sponsor|sponsored|trending|popular|recent|rail|breadcrumb|breadcrumbs|tags|postinfo|attribution|copyright|disclaimer|cta|headline|outbrain|taboola)$/;

// Class names that state a feature rather than a role ("has-post-thumbnail", "no-image") name nothing.
const FEATURE_NAME = /^(?:has|with|no|is|show|hide|without)[-_]/;
const FEATURE_WORDS = new Set(['has', 'with', 'no', 'is', 'show', 'hide', 'without']);
// When names would remove more than this share of the text, they are the page's own container names.
const MAX_CONTEXT_SHARE = 0.5;

// A paragraph this much link text is a link, not prose.
const LINK_DENSE = 0.8;
const MAX_LINK_LINE_WORDS = 20;

/** Filters a page's paragraphs; `title` is the page's headline, dropped where the body repeats it. */
export function filterBlocks(blocks: readonly Block[], page: { title: string | null }): Filtered {
  const kept: Block[] = [];
  const dropped: DroppedLine[] = [];
  const shared = sharedContext(blocks);
  const title = page.title ? comparable(page.title) : null;
  const byContext = blocks.map((block) => contextReason(block, shared));
  const total = blocks.reduce((n, block) => n + block.text.length, 0);
  const contextual = blocks.reduce((n, block, i) => n + (byContext[i] ? block.text.length : 0), 0);
  const trustContext = contextual <= total * MAX_CONTEXT_SHARE;
  let inLinkList = false;
  for (const [i, block] of blocks.entries()) {
    const reason = (trustContext ? byContext[i] : null) ?? judge(block, i, title, inLinkList);
    const linkDense = isLinkDense(block);
    // A "More:" or "Related" line opens a list of links; the list ends at the first paragraph of prose.
    if (reason === 'related' || reason === 'widget') inLinkList = true;
    else if (!linkDense) inLinkList = false;
    if (reason) dropped.push({ text: block.text, reason });
    else if (inLinkList && linkDense) dropped.push({ text: block.text, reason: 'related' });
    else kept.push(block);
  }
  return { kept, dropped };
}

/** What a paragraph's place in the page says it is: in a figure, or under furniture's class names. */
function contextReason(block: Block, shared: number): DropReason | null {
  if (block.inFigure) return 'caption';
  const names = distinctNames(block.context, shared);
  if (names.some((name) => CAPTION_NAMES.test(name))) return 'caption';
  if (names.some((name) => FURNITURE_NAMES.test(name))) return 'furniture';
  return null;
}

/** What a paragraph's text says it is. */
function judge(block: Block, index: number, title: string | null, inLinkList: boolean): DropReason | null {
  // Quoted posts (tweets, Instagram) carry their own dates, handles and links, and are the story's.
  if (block.inQuote) return null;
  if (index < 3 && title && comparable(block.text) === title) return 'title';
  const kind = lineKind(block.text);
  if (kind) return kind;
  if (!inLinkList && isShoutedLink(block)) return 'related';
  return null;
}

/** How many leading context words every paragraph of the page shares (the article's own containers). */
function sharedContext(blocks: readonly Block[]): number {
  if (blocks.length < 2) return 0;
  const lists = blocks.map((block) => block.context.trim().split(/\s+/));
  let n = Math.min(...lists.map((list) => list.length));
  const first = lists[0]!;
  for (let i = 0; i < n; i++) {
    if (!lists.every((list) => list[i] === first[i])) {
      n = i;
      break;
    }
  }
  return n;
}

/** The words of a paragraph's own class names and ids, past the ones all paragraphs share. */
function distinctNames(context: string, shared: number): string[] {
  const own = context
    .trim()
    .split(/\s+/)
    .slice(shared)
    .filter((name) => !FEATURE_NAME.test(name))
    .join(' ');
  const words = own.split(/[^a-z]+/);
  // "mv-create-has-image" states that the card has an image; it is not one.
  return words.filter((word, i) => word.length >= 2 && !FEATURE_WORDS.has(words[i - 1] ?? ''));
}

function isLinkDense(block: Block): boolean {
  return block.text.length > 0 && block.linkChars / block.text.length >= LINK_DENSE;
}

/** A fully linked headline in capitals ("READ MORE ON FOX BUSINESS BY CLICKING HERE"): a promotion. */
function isShoutedLink(block: Block): boolean {
  if (!isLinkDense(block) || block.text.split(/\s+/).length > MAX_LINK_LINE_WORDS) return false;
  const letters = block.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 8 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/** A line as compared with the title: lower case, letters and digits only. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
