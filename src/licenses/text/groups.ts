/**
 * Pieces of a document matched to one license ("groups"): scored, merged when they belong together,
 * extended over their own appendix, trimmed, split where a license repeats, bounded by its first
 * and last words.
 */
import type { Doc } from './document.js';
import type { IndexedText } from './index-data.js';
import { core, ownShare, splitRepeated, trim, type UnitRange } from './refine.js';
import { scoreSpans, type Scored, type Span } from './score.js';

export interface Group extends UnitRange {
  readonly main: Span;
  readonly ended: boolean;
  readonly score: Scored;
}

const MIN_RECALL = 0.8;
const MIN_APPENDIX_SHARE = 0.5;
const MIN_DICE = 0.6;

export const accepted = (g: Group) => g.score.recall >= MIN_RECALL && g.score.dice >= MIN_DICE;

/** Terms end at the first end-of-terms marker after their start; what follows is the optional appendix. */
export function groupOf(
  doc: Doc,
  range: UnitRange,
  candidates: readonly IndexedText[],
  fallback?: IndexedText,
): Group | undefined {
  if (range.to <= range.from) return undefined;
  const start = doc.units[range.from]?.start ?? 0;
  const stop = doc.units[range.to - 1]?.end ?? start;
  const marker = doc.ends.find((e) => e > start && e < stop);
  const main = { start, end: marker ?? stop };
  const score = scoreSpans(doc, [main], candidates, fallback);
  return score ? { ...range, main, ended: marker !== undefined, score } : undefined;
}

/** Neighbouring pieces become one when together they match better (a license cut by a stray line). */
export function mergePieces(doc: Doc, groups: Group[], candidates: readonly IndexedText[]): Group[] {
  for (let i = 0; i + 1 < groups.length;) {
    const [a, b] = [groups[i] as Group, groups[i + 1] as Group];
    const merged = a.ended ? undefined : groupOf(doc, { from: a.from, to: b.to }, candidates, a.score.text);
    if (merged && merged.score.rank >= Math.max(a.score.rank, b.score.rank)) {
      groups.splice(i, 2, merged);
      i = Math.max(0, i - 1);
    } else {
      i += 1;
    }
  }
  return groups;
}

/**
 * After its end-of-terms marker a license takes in the fragments written in its own words (its
 * appendix), but not a license that stands on its own (MIT after the Apache-2.0 appendix).
 */
export function absorbAppendices(doc: Doc, groups: Group[]): Group[] {
  for (let i = 0; i + 1 < groups.length;) {
    const [a, b] = [groups[i] as Group, groups[i + 1] as Group];
    if (a.ended && !accepted(b) && ownShare(doc, b.from, b.to, a.score.text) >= MIN_APPENDIX_SHARE)
      groups.splice(i, 2, { ...a, to: b.to });
    else i += 1;
  }
  return groups;
}

/** Accepted pieces, trimmed to the license's own lines, cut where it repeats, and bounded by its first and last words. */
export function refined(doc: Doc, groups: readonly Group[], candidates: readonly IndexedText[]): Group[] {
  const regroup = (range: UnitRange, fallback: IndexedText) =>
    [groupOf(doc, range, candidates, fallback)].filter((g): g is Group => g !== undefined && accepted(g));
  return groups
    .filter(accepted)
    .flatMap((g) =>
      splitRepeated(doc, trim(doc, g, g.score.text), g.score.text).flatMap((range) => regroup(range, g.score.text)),
    )
    .flatMap((g) => {
      const bounded = core(doc, g, g.score.text, g.ended);
      const same = bounded.from === g.from && bounded.to === g.to;
      const inner = same ? [] : regroup(bounded, g.score.text);
      return inner.length ? inner : [g];
    });
}
