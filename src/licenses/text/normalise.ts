/**
 * Normalises a license text into comparable words (SPDX matching guidelines): on top of the line
 * clean-up, equivalent phrases ("per cent"), omitted phrases ("All rights reserved"), the variable
 * parts of BSD/MIT/ISC templates, and the end-of-terms marker. The same function prepares the
 * reference texts (at index build time) and the texts being identified.
 */
import rules from '../../data/license-text-rules.json' with { type: 'json' };
import { lineTokens, type TokenStream } from './lines.js';

export interface Normalised extends TokenStream {
  /** Indexes in `words` where an end-of-terms marker stood (the marker itself is dropped). */
  readonly ends: number[];
}

type Rule =
  | { readonly kind: 'phrase'; readonly words: readonly string[]; readonly replacement: readonly string[] }
  | {
      readonly kind: 'region';
      readonly words: readonly string[];
      readonly until: readonly string[];
      readonly max: number;
    }
  | { readonly kind: 'end'; readonly words: readonly string[] };

const split = (phrase: string): string[] => phrase.split(' ');
const RULES: readonly Rule[] = [
  ...rules.equivalentPhrases.map(([from = '', to = '']) => ({
    kind: 'phrase' as const,
    words: split(from),
    replacement: split(to),
  })),
  ...rules.omitPhrases.map((p) => ({ kind: 'phrase' as const, words: split(p), replacement: [] })),
  ...rules.variableRegions.map((r) => ({
    kind: 'region' as const,
    words: split(r.after),
    until: split(r.until),
    max: r.max,
  })),
  ...rules.endOfTerms.map((p) => ({ kind: 'end' as const, words: split(p) })),
];
/** Rules by their first word: most words start no rule, and cost one map lookup. */
const BY_FIRST_WORD = new Map<string, Rule[]>();
for (const rule of RULES)
  BY_FIRST_WORD.set(rule.words[0] ?? '', [...(BY_FIRST_WORD.get(rule.words[0] ?? '') ?? []), rule]);

function startsWith(words: readonly string[], at: number, phrase: readonly string[]): boolean {
  for (let k = 0; k < phrase.length; k += 1) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/** Where a region's closing phrase starts, within its reach, or -1. */
function regionEnd(words: readonly string[], from: number, rule: { until: readonly string[]; max: number }): number {
  for (let j = from; j <= from + rule.max && j < words.length; j += 1) if (startsWith(words, j, rule.until)) return j;
  return -1;
}

/** The first rule that applies at `i`, and for a region where its closing words start. */
function ruleAt(words: readonly string[], i: number): { rule: Rule; close: number } | undefined {
  for (const rule of BY_FIRST_WORD.get(words[i] ?? '') ?? []) {
    if (!startsWith(words, i, rule.words)) continue;
    const close = rule.kind === 'region' ? regionEnd(words, i + rule.words.length, rule) : -1;
    if (rule.kind !== 'region' || close !== -1) return { rule, close };
  }
  return undefined;
}

export function normalise(text: string): Normalised {
  const input = lineTokens(text);
  const out: Normalised = { words: [], lines: [], sections: [], copyrightLines: input.copyrightLines, ends: [] };
  const push = (word: string, from: number) => {
    out.words.push(word);
    out.lines.push(input.lines[from] ?? 0);
    out.sections.push(input.sections[from] ?? 0);
  };
  const { words } = input;
  for (let i = 0; i < words.length;) {
    const found = ruleAt(words, i);
    const rule = found?.rule;
    if (!rule) {
      push(words[i] ?? '', i);
      i += 1;
      continue;
    }
    if (rule.kind === 'phrase') for (const word of rule.replacement) push(word, i);
    if (rule.kind === 'end') out.ends.push(out.words.length);
    // A region keeps its opening words and drops what stands between them and its closing words.
    if (rule.kind === 'region') for (let k = 0; k < rule.words.length; k += 1) push(words[i + k] ?? '', i + k);
    i = rule.kind === 'region' ? found.close : i + rule.words.length;
  }
  return out;
}
