/**
 * Narrowing a page to the part worth a DOM: building linkedom nodes is what
 * makes extraction slow, and on a typical news page most of them are scripts,
 * menus, hidden widgets and comment threads Readability would throw away.
 * So before parsing, on the outline:
 *
 *  1. subtrees Readability's first pass removes anyway are cut by offsets:
 *     non-content elements (script, style, svg, forms controls, nav, aside,
 *     footer), hidden ones, and its "unlikely candidates" (class/id such as
 *     `sidebar`, `comment`, `social`, and the menu/dialog roles), with
 *     Readability's own exceptions (inside a table or code, body, links);
 *  2. each block's paragraph text is weighed (text of 25+ characters that is
 *     not mostly link text, as Readability scores paragraphs), and the region
 *     kept is the deepest container still holding nearly all of that weight.
 *
 * Only elements closed by their own end tag are cut or chosen, so offsets
 * never split an element. The caller falls back to the whole page when the
 * narrowed page gives no article.
 */
import type { OutlineNode } from './outline.js';

/** The narrowed page: HTML to parse, and how much of the original it kept. */
export interface Narrowed {
  /** A small document: the page title in its head and the region, trimmed, as its body. */
  html: string;
  /** The element chosen as the region (the body, or the root for a fragment, when nothing narrower holds the text). */
  region: OutlineNode;
  /** Characters of the source kept. */
  kept: number;
}

/** Tuning of the narrowing. */
export interface NarrowOptions {
  /** Share of the page's paragraph weight the region must keep. */
  keep?: number;
}

/** Elements never part of an article's text. */
const NON_CONTENT = new Set([
  'aside',
  'button',
  'canvas',
  'dialog',
  'embed',
  'figure',
  'picture',
  'footer',
  'head',
  'iframe',
  'math',
  'nav',
  'noscript',
  'object',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

/** Readability's REGEXPS.unlikelyCandidates and okMaybeItsACandidate (0.6.0), which its first pass applies. */
const UNLIKELY =
  /-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|yom-remote/i;
const MAYBE = /and|article|body|column|content|main|shadow/i;
const UNLIKELY_ROLES = new Set([
  'menu',
  'menubar',
  'complementary',
  'navigation',
  'alert',
  'alertdialog',
  'dialog',
]);

/** Elements the region may be: containers of paragraphs, never a paragraph itself. */
const CONTAINERS = new Set([
  'article',
  'body',
  'center',
  'div',
  'font',
  'form',
  'html',
  'main',
  'section',
  'span',
  'table',
  'tbody',
  'td',
  'th',
  'tr',
]);

/** Elements whose text forms paragraphs of their own (the rest is inline and belongs to its block). */
const BLOCKS = new Set([
  'address',
  'article',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'html',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);

const MIN_PARAGRAPH = 25;
const MAX_LINK_SHARE = 0.4;
const DEFAULT_KEEP = 0.9;

interface Weighed {
  /** Paragraph weight inside the element. */
  mass: number;
  /** Inline text not yet assigned to a block: total and inside links. */
  text: number;
  links: number;
}

/** Narrows the page outlined by `root` (source `html`); `title` goes into the new head for Readability. */
export function narrow(
  html: string,
  root: OutlineNode,
  title: string | null,
  options: NarrowOptions = {},
): Narrowed {
  const cuts = new Set<OutlineNode>();
  const masses = new Map<OutlineNode, number>();
  weigh(root, false, { cuts, masses });
  const located = locate(root, masses, options.keep ?? DEFAULT_KEEP);
  // A whole document is emitted from inside its body: the wrapper below has its own.
  const region = located === root || located.name === 'html' ? (findBody(located) ?? located) : located;
  const inner = region === root || region.name === 'body' || region.name === 'html';
  const pieces: string[] = [];
  // Start tags are written again with only the attributes Readability reads: every attribute
  // (data-*, srcset, event handlers) would otherwise become a DOM node to build and collect.
  const emit = (node: OutlineNode, withTags: boolean): void => {
    if (withTags) pieces.push(startTag(node));
    let at = node.contentStart;
    for (const child of node.children) {
      pieces.push(html.slice(at, child.start));
      if (!cuts.has(child)) emit(child, true);
      at = child.end;
    }
    pieces.push(html.slice(at, node.contentEnd));
    if (withTags && node.explicit) pieces.push(html.slice(node.contentEnd, node.end));
  };
  emit(region, !inner);
  const body = pieces.join('');
  const head = title ? `<title>${title}</title>` : '';
  return {
    html: `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`,
    region,
    kept: body.length,
  };
}

/** Attributes the narrowed page keeps: what Readability and the line filter read. */
const READ_ATTRIBUTES = [
  'class',
  'id',
  'style',
  'hidden',
  'aria-hidden',
  'aria-modal',
  'role',
  'itemprop',
  'rel',
  'href',
  'lang',
];

function startTag(node: OutlineNode): string {
  let tag = `<${node.name}`;
  for (const name of READ_ATTRIBUTES) {
    const value = node.attributes[name];
    if (value !== undefined) tag += ` ${name}="${value.replaceAll('"', '&quot;')}"`;
  }
  return `${tag}>`;
}

/** Where `weigh` records its verdicts. */
interface Weighing {
  cuts: Set<OutlineNode>;
  masses: Map<OutlineNode, number>;
}

function findBody(node: OutlineNode): OutlineNode | undefined {
  for (const child of node.children) {
    if (child.name === 'body') return child;
    if (child.name === 'html') return findBody(child);
  }
  return undefined;
}

/** True when Readability's first pass would remove `node` (or it is never content). */
function isCut(node: OutlineNode, inTableOrCode: boolean): boolean {
  if (!node.explicit) return false;
  if (NON_CONTENT.has(node.name)) return true;
  const a = node.attributes;
  if ('hidden' in a) return true;
  if (a['aria-hidden'] === 'true' && !(a.class ?? '').includes('fallback-image')) return true;
  if (a.style && /(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(a.style)) return true;
  if (a.role && UNLIKELY_ROLES.has(a.role)) return true;
  if (a['aria-modal'] === 'true' && a.role === 'dialog') return true;
  if (inTableOrCode || node.name === 'body' || node.name === 'a') return false;
  // A layout container with an unlucky name ("penci_sidebar") that holds the article is not cut:
  // Readability would retry without the rule and find the article inside it.
  return isUnlikely(node) && !holdsArticle(node);
}

function isUnlikely(node: OutlineNode): boolean {
  const a = node.attributes;
  const match = `${a.class ?? ''} ${a.id ?? ''}`;
  return match.length > 1 && UNLIKELY.test(match) && !MAYBE.test(match);
}

/** True when an <article>, <main> or article-body element that is not itself unlikely lies below `node`. */
function holdsArticle(node: OutlineNode): boolean {
  for (const child of node.children) {
    const a = child.attributes;
    const marker =
      child.name === 'article' ||
      child.name === 'main' ||
      a.role === 'main' ||
      (a.itemprop ?? '').toLowerCase() === 'articlebody';
    if (marker && !isUnlikely(child)) return true;
    if (holdsArticle(child)) return true;
  }
  return false;
}

/** Paragraph weight below `node`, recording the cuts made and every element's weight in `into`. */
function weigh(node: OutlineNode, inTableOrCode: boolean, into: Weighing): Weighed {
  const below = inTableOrCode || node.name === 'table' || node.name === 'code';
  const own: Weighed = { mass: 0, text: node.ownText, links: node.name === 'a' ? node.ownText : 0 };
  for (const child of node.children) {
    if (isCut(child, inTableOrCode)) {
      into.cuts.add(child);
      continue;
    }
    const w = weigh(child, below, into);
    own.mass += w.mass;
    own.text += w.text;
    own.links += node.name === 'a' ? w.text : w.links;
  }
  if (BLOCKS.has(node.name) || node.parent === null) {
    if (own.text >= MIN_PARAGRAPH && own.links <= own.text * MAX_LINK_SHARE) own.mass += own.text;
    own.text = 0;
    own.links = 0;
  }
  into.masses.set(node, own.mass);
  return own;
}

/** The deepest container holding at least `keep` of the page's paragraph weight. */
function locate(root: OutlineNode, masses: Map<OutlineNode, number>, keep: number): OutlineNode {
  const total = masses.get(root) ?? 0;
  let node = root;
  if (total === 0) return root;
  for (;;) {
    let best: OutlineNode | null = null;
    let bestMass = 0;
    for (const child of node.children) {
      const mass = masses.get(child) ?? 0;
      if (mass > bestMass) {
        best = child;
        bestMass = mass;
      }
    }
    if (!best || bestMass < keep * total || !CONTAINERS.has(best.name) || !best.explicit) return node;
    node = best;
  }
}
