/**
 * Refines a piece of a document that matched one license: lines at its edges written in other words
 * (a title, an introduction the segmentation swallowed) are let go, and a piece holding the same
 * license twice (BSD-3-Clause, then a vendored BSD-3-Clause) is cut in two.
 */
import { unitAt, type Doc } from './document.js';
import { IN_TERMS, membership, type IndexedText } from './index-data.js';

/** Unit range [from, to). */
export interface UnitRange {
  readonly from: number;
  readonly to: number;
}

const MIN_OWN_SHARE = 0.5;
const REPEAT_LENGTH = 1.6;
const MIN_PIECE_DICE = 0.8;
const MAX_SPLIT_DEPTH = 3;

/** Share of a unit's words that the license uses (in its terms or appendix). */
export function ownShare(doc: Doc, from: number, to: number, text: IndexedText): number {
  const { table } = membership(text);
  let own = 0;
  let all = 0;
  for (let u = from; u < to; u += 1) {
    const unit = doc.units[u];
    for (let i = unit?.start ?? 0; i < (unit?.end ?? 0); i += 1) {
      all += 1;
      if (table[doc.ids[i] as number]) own += 1;
    }
  }
  return all === 0 ? 0 : own / all;
}

export function trim(doc: Doc, range: UnitRange, text: IndexedText): UnitRange {
  let { from, to } = range;
  while (from < to && ownShare(doc, from, from + 1, text) < MIN_OWN_SHARE) from += 1;
  while (to > from && ownShare(doc, to - 1, to, text) < MIN_OWN_SHARE) to -= 1;
  return { from, to };
}

/** Distinct-word bookkeeping for one side of a split. */
class Side {
  private readonly counts = new Map<number, number>();
  distinct = 0;
  shared = 0;
  constructor(private readonly table: Uint8Array) {}
  change(word: number, by: 1 | -1): void {
    const before = this.counts.get(word) ?? 0;
    this.counts.set(word, before + by);
    const presence = (before === 0 ? 1 : 0) - (before + by === 0 ? 1 : 0);
    this.distinct += presence;
    if (this.table[word] === IN_TERMS) this.shared += presence;
  }
  dice(length: number): number {
    return (2 * this.shared) / (this.distinct + length);
  }
}

/** The unit where cutting gives two pieces that each match the license best, in one sweep. */
function bestCut(doc: Doc, range: UnitRange, text: IndexedText): number | undefined {
  const { table, terms } = membership(text);
  const [left, right] = [new Side(table), new Side(table)];
  const span = (u: number) => ({ start: doc.units[u]?.start ?? 0, end: doc.units[u]?.end ?? 0 });
  for (let u = range.from; u < range.to; u += 1)
    for (let i = span(u).start; i < span(u).end; i += 1) right.change(doc.ids[i] as number, 1);
  let best: { at: number; score: number } | undefined;
  for (let u = range.from + 1; u < range.to; u += 1) {
    for (let i = span(u - 1).start; i < span(u - 1).end; i += 1) {
      left.change(doc.ids[i] as number, 1);
      right.change(doc.ids[i] as number, -1);
    }
    const score = Math.min(left.dice(terms), right.dice(terms));
    if (score >= MIN_PIECE_DICE && (!best || score > best.score)) best = { at: u, score };
  }
  return best?.at;
}

function indexOfPhrase(
  words: readonly string[],
  phrase: readonly string[],
  from: number,
  to: number,
  last: boolean,
): number {
  const matches = (at: number) => phrase.every((w, k) => words[at + k] === w);
  if (last) {
    for (let at = to - phrase.length; at >= from; at -= 1) if (matches(at)) return at;
  } else {
    for (let at = from; at + phrase.length <= to; at += 1) if (matches(at)) return at;
  }
  return -1;
}

/**
 * The part of a range from the license's first words to its last: lines before or after (a preamble,
 * an addendum in the license's own vocabulary) are let go. After an end-of-terms marker come the
 * license's own appendix and whatever follows, so the end is left alone there.
 */
export function core(doc: Doc, range: UnitRange, text: IndexedText, ended: boolean): UnitRange {
  const [start, stop] = [doc.units[range.from]?.start ?? 0, doc.units[range.to - 1]?.end ?? 0];
  const first = indexOfPhrase(doc.words, text.startAnchor.split(' '), start, stop, false);
  const last = ended ? -1 : indexOfPhrase(doc.words, text.endAnchor, start, stop, true);
  const from = first === -1 ? range.from : unitAt(doc, first);
  const to = last === -1 || last < first ? range.to : unitAt(doc, last + text.endAnchor.length - 1) + 1;
  return { from, to };
}

export function splitRepeated(doc: Doc, range: UnitRange, text: IndexedText, depth = 0): UnitRange[] {
  const tokens = (doc.units[range.to - 1]?.end ?? 0) - (doc.units[range.from]?.start ?? 0);
  const at = depth < MAX_SPLIT_DEPTH && tokens >= REPEAT_LENGTH * text.length ? bestCut(doc, range, text) : undefined;
  if (at === undefined) return [range];
  return [
    ...splitRepeated(doc, trim(doc, { from: range.from, to: at }, text), text, depth + 1),
    ...splitRepeated(doc, trim(doc, { from: at, to: range.to }, text), text, depth + 1),
  ];
}
