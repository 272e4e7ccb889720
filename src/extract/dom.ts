/**
 * Parsing HTML into a linkedom document that never throws on broken input,
 * plus the few DOM shapes the extractor touches (the project compiles without
 * the DOM lib, and linkedom's own types resolve to `any` without it).
 */
import { linkedomPackage } from './packages.js';

/** The part of a DOM node the extractor reads. */
export interface DomNode {
  nodeType: number;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

/** The part of a DOM element the extractor reads. */
export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
  remove(): void;
}

/** The part of a DOM document the extractor reads. */
export interface DomDocument {
  documentElement: DomElement | null;
  body: DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/** `Node.ELEMENT_NODE`, as a number because linkedom exposes no `Node` global here. */
export const ELEMENT_NODE = 1;
/** `Node.TEXT_NODE`. */
export const TEXT_NODE = 3;

const DOCUMENT_TAG = /<\/?(?:html|head|body)[\s>/]/i;

// One parser for every page: parseHTML would also build a window per call, which costs more than a small page.
let parser: InstanceType<ReturnType<typeof linkedomPackage>['DOMParser']> | undefined;

/**
 * Parses `html` into a document with a `<body>`, or returns the parse error.
 * linkedom only builds `<html>`/`<body>` when the markup has them: a fragment
 * ("<p>hi</p>") would lose its text and garbage ("<<<>>>") leaves no document
 * element at all. So anything without document tags is wrapped first, and a
 * document whose body came out missing or empty is retried wrapped.
 */
export function parseDocument(html: string): DomDocument | Error {
  const attempts = DOCUMENT_TAG.test(html)
    ? [html, wrap(stripDocumentTags(html))]
    : [wrap(stripDocumentTags(html))];
  let fallback: DomDocument | Error = new Error('the markup has no <html> or <body> element');
  for (const markup of attempts) {
    try {
      parser ??= new (linkedomPackage().DOMParser)();
      const document = parser.parseFromString(markup, 'text/html') as unknown as DomDocument;
      if (!document.documentElement || !document.body) continue;
      if (document.body.textContent?.trim()) return document;
      if (fallback instanceof Error) fallback = document;
    } catch (error) {
      if (fallback instanceof Error) fallback = error instanceof Error ? error : new Error(String(error));
    }
  }
  return fallback;
}

function wrap(fragment: string): string {
  return `<!DOCTYPE html><html><head></head><body>${fragment}</body></html>`;
}

function stripDocumentTags(html: string): string {
  return html.replace(/<\/?(?:html|head|body)\b[^>]*>|<!doctype[^>]*>/gi, '');
}
