/**
 * Text around a license that is not license text: a project preamble before it, an addendum after it.
 * Reviewers reject altered licenses, so such text marks the match as modified. Text between two
 * licenses only introduces the second ("This product bundles X under the MIT license") and counts for
 * neither; text across a separator line counts only when written in the license's own words (a
 * disclaimer addendum), not when it is about other components.
 */
import type { Doc } from './document.js';
import type { IndexedText } from './index-data.js';
import { ownShare, type UnitRange } from './refine.js';
import type { Span } from './score.js';

const MIN_EXTRA = 20;
const MIN_ADDENDUM_SHARE = 0.6;

/** Units not taken by any license, walking away from `edge`, nearest first; undefined when another license is met. */
function freeUnits(states: Int32Array, edge: number, step: -1 | 1): number[] | undefined {
  const units: number[] = [];
  let u = edge + step;
  for (; u >= 0 && u < states.length && states[u] === -1; u += step) units.push(u);
  return u >= 0 && u < states.length ? undefined : units;
}

/** Units listed walking away from a license are monotonic: their range is first to last. */
function rangeOf(units: readonly number[]): UnitRange | undefined {
  const [a, b] = [units[0], units.at(-1)];
  return a === undefined || b === undefined ? undefined : { from: Math.min(a, b), to: Math.max(a, b) + 1 };
}

function spanOf(doc: Doc, range: UnitRange | undefined): Span | undefined {
  return range && { start: doc.units[range.from]?.start ?? 0, end: doc.units[range.to - 1]?.end ?? 0 };
}

function extraOneSide(
  doc: Doc,
  states: Int32Array,
  range: UnitRange,
  text: IndexedText,
  step: -1 | 1,
): Span | undefined {
  const edge = step === -1 ? range.from : range.to - 1;
  const free = freeUnits(states, edge, step);
  if (!free) return undefined;
  // The part in the license's own section always counts; beyond a separator, only legal text.
  const section = doc.units[edge]?.section;
  const cut = free.findIndex((u) => doc.units[u]?.section !== section);
  const near = cut === -1 ? free : free.slice(0, cut);
  const far = cut === -1 ? [] : free.slice(cut);
  const farRange = rangeOf(far);
  const addendum = farRange !== undefined && ownShare(doc, farRange.from, farRange.to, text) >= MIN_ADDENDUM_SHARE;
  const span = spanOf(doc, rangeOf(addendum ? free : near));
  return span && span.end - span.start >= MIN_EXTRA ? span : undefined;
}

/** Preamble and addendum spans of a license occupying `range` (no addendum after an end-of-terms marker). */
export function extraSpans(doc: Doc, states: Int32Array, range: UnitRange, text: IndexedText, ended: boolean): Span[] {
  const before = extraOneSide(doc, states, range, text, -1);
  const after = ended ? undefined : extraOneSide(doc, states, range, text, 1);
  return [before, after].filter((s): s is Span => s !== undefined);
}
