/**
 * The outline of a page: its element tree as offsets into the source, with
 * the text each element holds directly, and the facts metadata is read from
 * (meta tags, title, links, JSON-LD, <time>). Built in one pass of the
 * tokenizer, without a DOM, so the extractor can choose and trim the part of
 * the page worth parsing properly. End tags the page leaves out are implied
 * as the HTML parser implies the common ones (a new block closes an open
 * <p>, a new <li> the previous one, and so on); `explicit` says whether an
 * element was really closed by its own end tag, which is what makes it safe
 * to cut by offsets.
 */
import { type Attributes, type TokenHandler, tokenize } from './tokens.js';

/** One element of the outline. */
export interface OutlineNode {
  name: string;
  attributes: Attributes;
  /** Offset of its start tag's `<`. */
  start: number;
  /** Offset after its start tag's `>`. */
  contentStart: number;
  /** Offset of its end tag's `<`, or where it was implicitly closed. */
  contentEnd: number;
  /** Offset after its end tag, or where it was implicitly closed. */
  end: number;
  /** True when closed by its own end tag (so `[start, end)` is exactly the element). */
  explicit: boolean;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** Non-space characters of text directly inside it (not in child elements). */
  ownText: number;
}

/** A `<time>` element's attributes. */
export interface TimeFact {
  datetime: string;
  itemprop: string | null;
  pubdate: boolean;
}

/** What the page says about itself, raw (attribute values not yet entity-decoded). */
export interface PageFacts {
  lang: string | null;
  /** The first <title> outside SVG, raw. */
  title: string | null;
  metas: Attributes[];
  links: Attributes[];
  /** The text of each `application/ld+json` script. */
  jsonLd: string[];
  times: TimeFact[];
  /** The first `<base href>`: the address the page says it was served from. */
  base: string | null;
}

/** The outline and the facts of one page. */
export interface Outline {
  html: string;
  /** A synthetic root holding the top-level elements. */
  root: OutlineNode;
  facts: PageFacts;
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements whose start closes an open <p> (HTML's "close a p element" list). */
const CLOSES_P = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'center',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'ul',
  'dd',
  'dt',
]);

/** For elements that close an earlier open sibling of their kind: which names they close, and where the search stops. */
const IMPLIED: Record<string, { closes: Set<string>; stop: Set<string> }> = {
  li: { closes: new Set(['li']), stop: new Set(['ul', 'ol', 'menu', 'table']) },
  dt: { closes: new Set(['dt', 'dd']), stop: new Set(['dl', 'table']) },
  dd: { closes: new Set(['dt', 'dd']), stop: new Set(['dl', 'table']) },
  tr: { closes: new Set(['tr', 'td', 'th']), stop: new Set(['table', 'tbody', 'thead', 'tfoot']) },
  td: { closes: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  th: { closes: new Set(['td', 'th']), stop: new Set(['tr', 'table']) },
  option: { closes: new Set(['option']), stop: new Set(['select', 'datalist']) },
  a: { closes: new Set(['a']), stop: new Set(['table', 'td', 'th']) },
  body: { closes: new Set(['head']), stop: new Set() },
};

/** Inline elements a <p> may hold; anything else between a block and an open <p> stops the search for it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'font',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Builds the outline of `html`. Linear in its length; never throws. */
export function outline(html: string): Outline {
  const root: OutlineNode = {
    name: '#root',
    attributes: {},
    start: 0,
    contentStart: 0,
    contentEnd: html.length,
    end: html.length,
    explicit: true,
    parent: null,
    children: [],
    ownText: 0,
  };
  const facts: PageFacts = {
    lang: null,
    title: null,
    metas: [],
    links: [],
    jsonLd: [],
    times: [],
    base: null,
  };
  let current = root;
  let svgDepth = 0;

  const closeTo = (node: OutlineNode, at: number, end = at): void => {
    // Everything opened inside `node` and still open ends where it does.
    while (current !== node && current.parent) {
      current.contentEnd = at;
      current.end = at;
      current = current.parent;
    }
    node.contentEnd = at;
    node.end = end;
    current = node.parent ?? root;
  };

  const closeImplied = (name: string, at: number): void => {
    if (CLOSES_P.has(name)) {
      let node: OutlineNode | null = current;
      while (node && node !== root && INLINE.has(node.name)) node = node.parent;
      if (node && node.name === 'p') closeTo(node, at);
    }
    if (HEADINGS.has(name) && HEADINGS.has(current.name)) closeTo(current, at);
    const rule = IMPLIED[name];
    if (!rule) return;
    for (let node: OutlineNode | null = current; node && node !== root; node = node.parent) {
      if (rule.stop.has(node.name)) return;
      if (rule.closes.has(node.name)) {
        closeTo(node, at);
        return;
      }
    }
  };

  const handler: TokenHandler = {
    open(name, attributes, start, end, selfClosing) {
      if (name === 'svg' || name === 'math') svgDepth += selfClosing ? 0 : 1;
      recordFacts(name, attributes, facts);
      closeImplied(name, start);
      if (VOID.has(name)) return;
      const node: OutlineNode = {
        name,
        attributes,
        start,
        contentStart: end,
        contentEnd: html.length,
        end: html.length,
        explicit: false,
        parent: current,
        children: [],
        ownText: 0,
      };
      current.children.push(node);
      // Self-closing syntax only means something in SVG and MathML; in HTML the element stays open.
      if (selfClosing && svgDepth > 0) {
        node.contentEnd = end;
        node.end = end;
        node.explicit = true;
        return;
      }
      current = node;
    },
    close(name, start, end) {
      if (name === 'svg' || name === 'math') svgDepth = Math.max(0, svgDepth - 1);
      for (let node: OutlineNode | null = current; node && node !== root; node = node.parent) {
        if (node.name === name) {
          closeTo(node, start, end);
          node.explicit = true;
          return;
        }
      }
      // A stray end tag closes nothing, as in the HTML parser.
    },
    text(start, end) {
      current.ownText += countVisible(html, start, end);
    },
    raw(name, start, end) {
      if (name === 'title' && svgDepth === 0 && facts.title === null) facts.title = html.slice(start, end);
      else if (name === 'script' && /ld\+json/i.test(current.attributes.type ?? '')) {
        facts.jsonLd.push(html.slice(start, end));
      }
    },
  };
  tokenize(html, handler);
  return { html, root, facts };
}

function recordFacts(name: string, attributes: Attributes, facts: PageFacts): void {
  switch (name) {
    case 'meta':
      facts.metas.push(attributes);
      break;
    case 'link':
      facts.links.push(attributes);
      break;
    case 'base':
      if (facts.base === null && attributes.href) facts.base = attributes.href;
      break;
    case 'html':
      if (facts.lang === null && attributes.lang) facts.lang = attributes.lang;
      break;
    case 'time':
      if (attributes.datetime) {
        facts.times.push({
          datetime: attributes.datetime,
          itemprop: attributes.itemprop ?? null,
          pubdate: 'pubdate' in attributes,
        });
      }
      break;
  }
}

/** Counts characters that are not ASCII whitespace in `html[start, end)`. */
function countVisible(html: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = html.charCodeAt(i);
    if (c > 32) n++;
  }
  return n;
}
