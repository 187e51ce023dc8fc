/** A text to identify, normalised and cut into lines ("units") of word indexes. */
import { vocabulary } from './index-data.js';
import type { Normalised } from './normalise.js';

export interface Unit {
  readonly line: number;
  readonly section: number;
  /** Word range [start, end) in the document. */
  readonly start: number;
  readonly end: number;
}

export interface Doc extends Normalised {
  /** Vocabulary index of each word; words the index does not know get indexes from `vocabularySize` up. */
  readonly ids: Int32Array;
  readonly vocabularySize: number;
  readonly units: readonly Unit[];
}

function unitsOf(text: Normalised): Unit[] {
  const units: Unit[] = [];
  let start = 0;
  for (let i = 1; i <= text.words.length; i += 1) {
    if (i === text.words.length || text.lines[i] !== text.lines[start]) {
      units.push({ line: text.lines[start] ?? 0, section: text.sections[start] ?? 0, start, end: i });
      start = i;
    }
  }
  return units;
}

export function documentOf(normalised: Normalised): Doc {
  const known = vocabulary();
  const size = known.size;
  const unknown = new Map<string, number>();
  const ids = new Int32Array(normalised.words.length);
  normalised.words.forEach((word, i) => {
    let id = known.get(word);
    if (id === undefined) {
      id = unknown.get(word) ?? size + unknown.size;
      unknown.set(word, id);
    }
    ids[i] = id;
  });
  return { ...normalised, ids, vocabularySize: size, units: unitsOf(normalised) };
}

/** Distinct word indexes of the words in [start, end). */
export function distinctWords(doc: Doc, start: number, end: number): Set<number> {
  const set = new Set<number>();
  for (let i = start; i < end; i += 1) set.add(doc.ids[i] as number);
  return set;
}

/** The unit holding word `at`. */
export function unitAt(doc: Doc, at: number): number {
  let [lo, hi] = [0, doc.units.length - 1];
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((doc.units[mid]?.start ?? 0) <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
