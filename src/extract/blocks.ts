/**
 * Plain text from an element: one paragraph per block element, paragraphs
 * separated by a blank line, whitespace inside a paragraph collapsed. Later
 * stages take offsets into this text and find paragraphs by blank lines, so
 * a heading or list item must never run into the paragraph after it.
 *
 * Each paragraph keeps the context the line filter judges it by: the block
 * element it came from, the class names and ids of its ancestors, whether it
 * sits in a figure, a list or a quote, and how much of it is link text.
 */
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

/** One paragraph of extracted text and where it came from. */
export interface Block {
  /** The paragraph, lines (from <br>) separated by `\n`. */
  text: string;
  /** The nearest block element's tag name. */
  tag: string;
  /** Class names and ids of the block and its ancestors inside the extracted root, lower-cased. */
  context: string;
  /** Characters of `text` inside links. */
  linkChars: number;
  /** Inside a figure (captions, credits). */
  inFigure: boolean;
  /** A list item. */
  inList: boolean;
  /** Inside a blockquote (embedded posts, pull quotes). */
  inQuote: boolean;
}

/** Elements that start and end a paragraph. */
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
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
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
]);

/** Elements whose text is never article text. */
const SKIPPED = new Set([
  'button',
  'canvas',
  'datalist',
  'head',
  'iframe',
  'input',
  'link',
  'meta',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'title',
]);

/** Cells sit side by side, so they are separated by a space rather than a new paragraph. */
const CELLS = new Set(['td', 'th']);

// A private marker for <br>, so whitespace collapsing cannot eat the line break.
const BREAK = '\uE000';
// Link text is bracketed by markers while collecting, then measured and removed.
const LINK_OPEN = '\uE001';
const LINK_CLOSE = '\uE002';
const MARKERS = /[\uE001\uE002]/g;

interface Frame {
  tag: string;
  context: string;
  inFigure: boolean;
  inList: boolean;
  inQuote: boolean;
}

/** The paragraphs of `root`, in order, with their context. */
export function blocksOf(root: DomElement): Block[] {
  const blocks: Block[] = [];
  let buffer = '';
  let frame: Frame = { tag: root.localName, context: '', inFigure: false, inList: false, inQuote: false };
  const flush = (): void => {
    if (buffer === '') return;
    for (const chunk of buffer.split(/\uE000\s*\uE000[\s\uE000]*/)) {
      const lines = chunk
        .split(BREAK)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line.replace(MARKERS, '').trim() !== '');
      if (lines.length === 0) continue;
      const marked = lines.join('\n');
      const text = tidyMarkers(marked);
      if (text === '') continue;
      blocks.push({ text, linkChars: linkChars(marked), ...frame });
    }
    buffer = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += (node.textContent ?? '').replace(/[\uE000-\uE002]/g, '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const element = node as DomElement;
    const name = element.localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      buffer += BREAK;
      return;
    }
    if (name === 'pre') {
      // Preformatted text keeps its line structure.
      flush();
      const saved = frame;
      frame = enter(frame, element);
      buffer = (element.textContent ?? '').replace(/[\uE000-\uE002]/g, '').replace(/\r?\n/g, BREAK);
      flush();
      frame = saved;
      return;
    }
    const block = BLOCKS.has(name);
    const saved = frame;
    if (block) {
      flush();
      frame = enter(frame, element);
    }
    if (CELLS.has(name)) buffer += ' ';
    if (name === 'a') buffer += LINK_OPEN;
    for (const child of Array.from(element.childNodes)) visit(child);
    if (name === 'a') buffer += LINK_CLOSE;
    if (CELLS.has(name)) buffer += ' ';
    if (block) {
      flush();
      frame = saved;
    }
  };
  visit(root);
  flush();
  return blocks;
}

/** The text of `root` as paragraphs separated by blank lines (`\n\n`), lines inside one by `\n`. */
export function blockText(root: DomElement): string {
  return blocksOf(root)
    .map((block) => block.text)
    .join('\n\n');
}

function enter(frame: Frame, element: DomElement): Frame {
  const name = element.localName;
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.trim();
  return {
    tag: name,
    context: names ? `${frame.context} ${names.toLowerCase()}` : frame.context,
    inFigure: frame.inFigure || name === 'figure' || name === 'figcaption',
    inList: frame.inList || name === 'li',
    inQuote: frame.inQuote || name === 'blockquote',
  };
}

/** Characters inside link markers (markers themselves not counted). */
function linkChars(marked: string): number {
  let depth = 0;
  let count = 0;
  for (const char of marked) {
    if (char === LINK_OPEN) depth++;
    else if (char === LINK_CLOSE) depth = Math.max(0, depth - 1);
    else if (depth > 0) count++;
  }
  return count;
}

/** Removes link markers and the spaces they left doubled. */
function tidyMarkers(marked: string): string {
  return marked
    .replace(MARKERS, '')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}
