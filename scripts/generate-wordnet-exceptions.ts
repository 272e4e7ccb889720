/**
 * Regenerates src/eval/rouge/wordnet-exceptions.ts from WordNet's exception
 * lists, as ROUGE-1.5.5's `-m` looks words up in them before stemming.
 *
 *   apt-get install wordnet-base && npx tsx scripts/generate-wordnet-exceptions.ts
 *
 * The licence header of the current file is kept; only the data is rewritten.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseExceptionLists } from '../src/eval/rouge/exceptions.js';
import { rougePorterStem } from '../src/eval/rouge/porter.js';

const WORDNET = process.env.WORDNET_DIR ?? '/usr/share/wordnet';
const target = fileURLToPath(new URL('../src/eval/rouge/wordnet-exceptions.ts', import.meta.url));
const MARK = 'export const WORDNET_EXCEPTION_DATA';

// A later list wins: "best" must map to "good" (adj), not "well" (adv), to reproduce ROUGE-1.5.5.
const table = parseExceptionLists(
  ['noun', 'verb', 'adv', 'adj'].map((f) => readFileSync(`${WORDNET}/${f}.exc`, 'utf8')),
);
const items: string[] = [];
for (const [form, base] of [...table].sort(([a], [b]) => (a < b ? -1 : 1))) {
  // ROUGE never stems tokens of 3 characters or fewer, nor sees non-alphanumerics.
  if (form.length <= 3 || !/^[a-z0-9]+$/.test(form) || base === rougePorterStem(form)) continue;
  let p = 0;
  while (p < form.length && p < base.length && form[p] === base[p]) p++;
  const suffix = base.slice(p);
  if (/^\d/.test(suffix)) throw new Error(`cannot encode ${form} -> ${base}: the suffix starts with a digit`);
  items.push(`${form}-${form.length - p}${suffix}`);
}
const lines: string[] = [];
let line = '';
for (const item of items) {
  if (line && line.length + 1 + item.length > 106) {
    lines.push(line);
    line = item;
  } else line = line ? `${line} ${item}` : item;
}
lines.push(line);
const current = readFileSync(target, 'utf8');
const at = current.indexOf(MARK);
if (at < 0) throw new Error(`${target} has no '${MARK}' line to keep the header above`);
const header = current.slice(0, at);
writeFileSync(target, `${header}${MARK} = \`\n${lines.join('\n')}\n\`;\n`);
console.log(`wrote ${items.length} exceptions in ${lines.length} lines to ${target}`);
