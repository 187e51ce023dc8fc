/**
 * Scores a stretch of a document against the candidate licenses: Sørensen–Dice on distinct words,
 * a length-ratio prefilter, and the exact-after-normalisation short cut.
 */
import { distinctWords, type Doc } from './document.js';
import { exactText } from './exact.js';
import { IN_TERMS, membership, rarityWeights, type IndexedText } from './index-data.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Scored {
  readonly text: IndexedText;
  readonly dice: number;
  /** Share of the license's own words found in the stretch. */
  readonly recall: number;
  /** Words in the stretch over words in the license (or the inverse, whichever is <= 1). */
  readonly lengthRatio: number;
  readonly exact: boolean;
  /** What candidates are ranked by: rarity-weighted Dice plus the anchor bonus. */
  readonly rank: number;
  readonly runnerUp?: { readonly text: IndexedText; readonly dice: number };
}

const MAX_LENGTH_RATIO = 3;
/** A text that opens (or closes) with a license's own first (or last) words is more likely that license. */
const ANCHOR_BONUS = 0.05;
const RUNNER_UP_GAP = 0.05;

function wordsOf(doc: Doc, spans: readonly Span[]): { words: Set<number>; length: number } {
  const words = new Set<number>();
  let length = 0;
  for (const s of spans) {
    for (const w of distinctWords(doc, s.start, s.end)) words.add(w);
    length += s.end - s.start;
  }
  return { words, length };
}

/**
 * Plain Dice on distinct words measures how much of the text is the license (confidence, recall);
 * Dice weighted by word rarity decides which license it is: the words only SSPL-1.0 or only
 * CC-BY-NC-SA use tell close relatives apart better than "the" and "license" do.
 */
function dice(words: ReadonlySet<number>, text: IndexedText): { dice: number; recall: number; weighted: number } {
  const { table, terms, weight } = membership(text);
  const rarity = rarityWeights();
  const unknown = rarity[rarity.length - 1] ?? 0;
  let [shared, sharedWeight, ownWeight] = [0, 0, 0];
  for (const w of words) {
    const r = rarity[w] ?? unknown;
    ownWeight += r;
    if (table[w] !== IN_TERMS) continue;
    shared += 1;
    sharedWeight += r;
  }
  const weighted = (2 * sharedWeight) / (ownWeight + weight);
  return { dice: (2 * shared) / (words.size + terms), recall: shared / Math.max(1, terms), weighted };
}

function contains(doc: Doc, spans: readonly Span[], phrase: readonly string[]): boolean {
  const [first] = phrase;
  return spans.some((s) => {
    for (let at = s.start; at + phrase.length <= s.end; at += 1) {
      if (doc.words[at] === first && phrase.every((w, k) => doc.words[at + k] === w)) return true;
    }
    return false;
  });
}

function anchorBonus(doc: Doc, spans: readonly Span[], text: IndexedText): number {
  return (
    (contains(doc, spans, text.startAnchor.split(' ')) ? ANCHOR_BONUS : 0) +
    (contains(doc, spans, text.endAnchor) ? ANCHOR_BONUS : 0)
  );
}

const ratio = (a: number, b: number) => Math.min(a, b) / Math.max(a, b, 1);

/** Dice and length ratio of the spans taken together against one license. */
export function diceOf(doc: Doc, spans: readonly Span[], text: IndexedText): { dice: number; lengthRatio: number } {
  const { words, length } = wordsOf(doc, spans);
  return { dice: dice(words, text).dice, lengthRatio: ratio(length, text.length) };
}

function exactOnly(doc: Doc, spans: readonly Span[]): IndexedText | undefined {
  const only = spans.length === 1 ? spans[0] : undefined;
  return only ? exactText(doc.words, only.start, only.end) : undefined;
}

/**
 * The best-matching candidate for the spans taken together. Only candidates of plausible length are
 * scored; when none is, the `fallback` (the license the segmentation saw there) is, so that pieces of
 * one license can still be put together.
 */
export function scoreSpans(
  doc: Doc,
  spans: readonly Span[],
  candidates: readonly IndexedText[],
  fallback?: IndexedText,
): Scored | undefined {
  const { words, length } = wordsOf(doc, spans);
  if (length === 0) return undefined;
  const exact = exactOnly(doc, spans);
  if (exact) return { text: exact, dice: 1, recall: 1, lengthRatio: 1, exact: true, rank: 1 + 2 * ANCHOR_BONUS };
  const plausible = candidates.filter(
    (c) => length * MAX_LENGTH_RATIO >= c.length && c.length * MAX_LENGTH_RATIO >= length,
  );
  const scored = plausible.length === 0 && fallback ? [fallback] : plausible;
  const ranked = scored
    .map((text) => {
      const scores = dice(words, text);
      return { text, ...scores, rank: scores.weighted + anchorBonus(doc, spans, text) };
    })
    .sort((a, b) => b.rank - a.rank);
  const [best, second] = ranked;
  if (!best) return undefined;
  const lengthRatio = ratio(length, best.text.length);
  const close =
    second && best.rank - second.rank <= RUNNER_UP_GAP
      ? { runnerUp: { text: second.text, dice: Math.min(best.dice, second.dice) } }
      : {};
  return {
    text: best.text,
    dice: best.dice,
    recall: best.recall,
    lengthRatio,
    exact: false,
    rank: best.rank,
    ...close,
  };
}
