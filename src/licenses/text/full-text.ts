/**
 * Finds the full license texts in a document: segments it (segment.ts), puts the pieces of each
 * license together (groups.ts), and folds a preamble or addendum into the license it surrounds
 * (extras.ts) to say how sure and how altered each is.
 */
import { documentOf, unitAt, type Doc } from './document.js';
import { exactText } from './exact.js';
import { mainEnd } from './keys.js';
import { extraSpans } from './extras.js';
import type { IndexedText } from './index-data.js';
import type { Normalised } from './normalise.js';
import { absorbAppendices, groupOf, mergePieces, refined, type Group } from './groups.js';
import { ownShare } from './refine.js';
import { diceOf } from './score.js';
import { candidatesFor, segment } from './segment.js';

export interface FullText {
  readonly text: IndexedText;
  readonly line: number;
  readonly lastLine: number;
  readonly exact: boolean;
  /** How well the license part matches: Dice scaled by the square root of the length ratio. */
  readonly identity: number;
  /** The same with the preamble and addendum counted in. */
  readonly conformity: number;
  /** Dice below 0.97 or length off by 5 %: the license's words were changed or added to. */
  readonly altered: boolean;
  readonly hasExtras: boolean;
  readonly runnerUp?: { readonly text: IndexedText; readonly identity: number };
}

const MAX_TITLE_WORDS = 8;

/** A license starts at its copyright line, or at a short title line just before it ("LICENSE", "New BSD License"). */
function startLine(doc: Doc, states: Int32Array, from: number): number {
  const first = doc.units[from]?.line ?? 1;
  const previous = doc.units[from - 1];
  const title =
    previous && states[from - 1] === -1 && previous.end - previous.start <= MAX_TITLE_WORDS ? previous : undefined;
  const floor = (title ? doc.units[from - 2]?.line : previous?.line) ?? 0;
  const copyright = doc.copyrightLines.find((l) => l > floor && l < first);
  return Math.min(first, title?.line ?? first, copyright ?? first);
}

const MIN_DICE_UNCHANGED = 0.97;
const MIN_LENGTH_UNCHANGED = 0.95;
const quality = (s: { dice: number; lengthRatio: number }) => s.dice * Math.sqrt(s.lengthRatio);

function finish(doc: Doc, states: Int32Array, g: Group): FullText {
  const extras = extraSpans(doc, states, g, g.score.text, g.ended);
  const identity = g.score.exact ? 1 : quality(g.score);
  const conformity = extras.length ? quality(diceOf(doc, [...extras, g.main], g.score.text)) : identity;
  const altered = !g.score.exact && (g.score.dice < MIN_DICE_UNCHANGED || g.score.lengthRatio < MIN_LENGTH_UNCHANGED);
  const runner = g.score.runnerUp;
  const runnerUp = runner
    ? { runnerUp: { text: runner.text, identity: runner.dice * Math.sqrt(g.score.lengthRatio) } }
    : {};
  const line = startLine(doc, states, g.from);
  const lastLine = doc.units[g.to - 1]?.line ?? line;
  return {
    text: g.score.text,
    line,
    lastLine,
    exact: g.score.exact,
    identity,
    conformity,
    altered,
    hasExtras: extras.length > 0,
    ...runnerUp,
  };
}

/** The whole document is one license word for word, alone or followed by its own appendix. */
export function exactWhole(doc: Normalised): FullText | undefined {
  const length = doc.words.length;
  const end = mainEnd(length, doc.ends);
  const text = end === length ? exactText(doc.words, 0, end) : exactText(doc.words, 0, length, true);
  if (!text) return undefined;
  const line = Math.min(doc.lines[0] ?? 1, doc.copyrightLines[0] ?? Infinity);
  return {
    text,
    line,
    lastLine: doc.lines.at(-1) ?? line,
    exact: true,
    identity: 1,
    conformity: 1,
    altered: false,
    hasExtras: false,
  };
}

const NEAR_DICE = 0.98;
const NEAR_LENGTH = 0.99;
const NEAR_APPENDIX_SHARE = 0.95;

/**
 * The whole document is one license with a few words changed ("receiver" for "recipient"): no
 * segmentation needed. Within 1 % of the license's length no second license can hide in it, and
 * after its end-of-terms marker there may only be its own appendix.
 */
function nearWhole(doc: Doc, candidates: readonly IndexedText[]): FullText | undefined {
  const whole = groupOf(doc, { from: 0, to: doc.units.length }, candidates);
  if (!whole || whole.score.dice < NEAR_DICE || whole.score.lengthRatio < NEAR_LENGTH) return undefined;
  const afterTerms = whole.ended ? unitAt(doc, whole.main.end) : doc.units.length;
  if (
    afterTerms < doc.units.length &&
    ownShare(doc, afterTerms, doc.units.length, whole.score.text) < NEAR_APPENDIX_SHARE
  )
    return undefined;
  return finish(doc, new Int32Array(doc.units.length), whole);
}

/** Full texts in a normalised text that is not one license word for word (see exactWhole). */
export function fullTexts(normalised: Normalised): FullText[] {
  if (normalised.words.length === 0) return [];
  const doc = documentOf(normalised);
  const candidates = candidatesFor(doc);
  if (candidates.length === 0) return [];
  const near = nearWhole(doc, candidates);
  if (near) return [near];
  const runs = segment(doc, candidates);
  const first = runs.flatMap((r) =>
    [r.state < 0 ? undefined : groupOf(doc, r, candidates, candidates[r.state])].filter(
      (g): g is Group => g !== undefined,
    ),
  );
  const groups = refined(doc, absorbAppendices(doc, mergePieces(doc, first, candidates)), candidates);
  const states = new Int32Array(doc.units.length).fill(-1);
  groups.forEach((g, i) => states.fill(i, g.from, g.to));
  return groups.map((g) => finish(doc, states, g));
}
