/**
 * Plain text from an element: one paragraph per block element, paragraphs
 * separated by a blank line, whitespace inside a paragraph collapsed. Later
 * stages take offsets into this text and find paragraphs by blank lines, so
 * a heading or list item must never run into the paragraph after it.
 */
import { type DomElement, type DomNode, ELEMENT_NODE, TEXT_NODE } from './dom.js';

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

/** The text of `root` as paragraphs separated by blank lines (`\n\n`), lines inside one by `\n`. */
export function blockText(root: DomElement): string {
  const paragraphs: string[] = [];
  let buffer = '';
  const flush = (): void => {
    if (buffer === '') return;
    for (const chunk of buffer.split(/\uE000\s*\uE000[\s\uE000]*/)) {
      const lines = chunk
        .split(BREAK)
        .map((line) => line.replace(/\s+/g, ' ').trim())
        .filter((line) => line !== '');
      if (lines.length > 0) paragraphs.push(lines.join('\n'));
    }
    buffer = '';
  };
  const visit = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      buffer += (node.textContent ?? '').replaceAll(BREAK, '');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = (node as DomElement).localName;
    if (SKIPPED.has(name)) return;
    if (name === 'br') {
      buffer += BREAK;
      return;
    }
    if (name === 'pre') {
      // Preformatted text keeps its line structure.
      flush();
      buffer = (node.textContent ?? '').replaceAll(BREAK, '').replace(/\r?\n/g, BREAK);
      flush();
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    if (CELLS.has(name)) buffer += ' ';
    for (const child of Array.from(node.childNodes)) visit(child);
    if (CELLS.has(name)) buffer += ' ';
    if (block) flush();
  };
  visit(root);
  flush();
  return paragraphs.join('\n\n');
}
