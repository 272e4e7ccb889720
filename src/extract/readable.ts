/**
 * Readability.js over a linkedom document, made cheap where its cost buys
 * nothing for plain text. On linkedom, every `querySelectorAll` compiles its
 * selector again, which is most of Readability's time on a small document;
 * tag lookups go through `getElementsByTagName` instead, in document order
 * (the same elements: only whitespace-only text nodes were seen to differ).
 * Rewriting link and image URLs, stripping presentational attributes and
 * class names change no text, so they are skipped (classes are kept: the
 * line filter reads them); the visibility test reads the style attribute
 * instead of building a style object for every element, and the byline test
 * measures text only for elements named like a byline.
 */
import { Readability } from '@mozilla/readability';
import type { DomDocument, DomElement } from './dom.js';

// Readability's REGEXPS.byline (0.6.0).
const BYLINE = /byline|author|dateline|writtenby|p-author/i;
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** What Readability found: the article element and the page facts it reads on the way. */
export interface ReadableArticle {
  content: DomElement;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
}

/** The part of a linkedom element the tag lookup walks. */
interface WalkableElement {
  localName: string;
  firstElementChild: WalkableElement | null;
  nextElementSibling: WalkableElement | null;
  getElementsByTagName(name: string): ArrayLike<unknown>;
}

/** The part of a linkedom element the visibility test reads. */
interface AttributedElement {
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
}

/** Readability's internals replaced here; names as in @mozilla/readability 0.6.0. */
interface ReadabilityInternals {
  _getAllNodesWithTag(node: WalkableElement, tagNames: string[]): ArrayLike<unknown>;
  _isProbablyVisible(node: AttributedElement): boolean;
  _isValidByline(node: AttributedElement & { textContent: string | null }, matchString: string): boolean;
  _cleanStyles(node: unknown): void;
  _fixRelativeUris(node: unknown): void;
  _fixLazyImages(node: unknown): void;
}

/** Runs Readability on `document` (which it modifies); null when it finds no article or fails. */
export function readArticle(document: DomDocument, options: { fast?: boolean } = {}): ReadableArticle | null {
  try {
    const reader = new Readability<DomElement>(document as never, {
      serializer: (node) => node as unknown as DomElement,
      keepClasses: true,
      // JSON-LD is read from the page source before narrowing, where its scripts still are.
      disableJSONLD: true,
    });
    if (options.fast ?? true) speedUp(reader as unknown as ReadabilityInternals);
    const article = reader.parse();
    if (!article?.content) return null;
    return {
      content: article.content,
      title: article.title ?? null,
      byline: article.byline ?? null,
      siteName: article.siteName ?? null,
      lang: article.lang ?? null,
    };
  } catch {
    // Readability assumes well-formed trees; on odd ones the caller's fallbacks take over.
    return null;
  }
}

function speedUp(reader: ReadabilityInternals): void {
  reader._getAllNodesWithTag = (node, tagNames) => {
    if (tagNames.length === 1) return node.getElementsByTagName(tagNames[0]!);
    const wanted = new Set(tagNames.map((name) => name.toLowerCase()));
    const found: WalkableElement[] = [];
    const visit = (element: WalkableElement): void => {
      for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
        if (wanted.has(child.localName)) found.push(child);
        // querySelectorAll does not look into templates either.
        if (child.localName !== 'template') visit(child);
      }
    };
    visit(node);
    return found;
  };
  // The same test on the style attribute's text: `node.style` builds a CSSStyleDeclaration per element.
  reader._isProbablyVisible = (node) => {
    const style = node.getAttribute('style');
    if (style && HIDDEN_STYLE.test(style)) return false;
    if (node.hasAttribute('hidden')) return false;
    return (
      node.getAttribute('aria-hidden') !== 'true' ||
      (node.getAttribute('class') ?? '').includes('fallback-image')
    );
  };
  // The same test with the cheap conditions first: the original measures the text of every
  // element it is asked about, which makes the first pass quadratic until a byline turns up.
  reader._isValidByline = (node, matchString) => {
    const itemprop = node.getAttribute('itemprop');
    const named =
      node.getAttribute('rel') === 'author' ||
      (itemprop?.includes('author') ?? false) ||
      BYLINE.test(matchString);
    if (!named) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  reader._cleanStyles = () => {};
  reader._fixRelativeUris = () => {};
  reader._fixLazyImages = () => {};
}
