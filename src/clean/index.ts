/**
 * The clean stage's public face: `cleanDocument` separates body from junk,
 * `applyRepairs` shows a span with its repairs and maps offsets back.
 */
export { applyRepairs, type RepairedText } from './apply.js';
export { cleanDocument } from './clean.js';
export type { Cut, Line, Rule, RuleContext, RuleResult } from './rule.js';
export { RULES } from './rules.js';
