/**
 * Cuts a document into runs of lines, each explained by one candidate license or by none.
 * A Viterbi pass over the lines: each candidate emits the words of its own vocabulary cheaply
 * (smaller vocabularies more cheaply, so MIT beats Apache-2.0 on MIT's lines), foreign words dearly;
 * "none" emits every word at a flat price. Leaving or entering "none" costs a penalty, and going
 * straight from one license to another a larger one: near-identical licenses (the CC family, GPL
 * and SSPL) must not take turns over one text.
 */
import { distinctWords, type Doc } from './document.js';
import { indexedTexts, membership, sharedWords, type IndexedText } from './index-data.js';

export interface Run {
  /** Index into the candidates, or -1 for text that no candidate explains. */
  readonly state: number;
  /** Unit range [from, to). */
  readonly from: number;
  readonly to: number;
}

const MAX_CANDIDATES = 16;
const MIN_RECALL = 0.5;
const MIN_SHARED = 8;
const SWITCH = 25;
const SWITCH_LICENSE = 80;
const FOREIGN = 12;
const BACKGROUND = 9;
/** Vocabularies below this size all count as this size: tiny licenses must not win lines by being tiny. */
const MIN_VOCABULARY = 250;

/** Licenses most of whose words occur in the document: the only ones worth scoring (the prefilter). */
export function candidatesFor(doc: Doc): IndexedText[] {
  const has = new Uint8Array(doc.vocabularySize);
  for (const w of distinctWords(doc, 0, doc.ids.length)) if (w < has.length) has[w] = 1;
  const { shared, sizes } = sharedWords(has);
  return indexedTexts()
    .map((text, i) => ({
      text,
      shared: shared[i] ?? 0,
      size: sizes[i] ?? 0,
      recall: (shared[i] ?? 0) / Math.max(1, sizes[i] ?? 0),
    }))
    .filter((c) => c.recall >= MIN_RECALL && c.shared >= MIN_SHARED)
    .sort((a, b) => b.recall - a.recall || b.size - a.size)
    .slice(0, MAX_CANDIDATES)
    .map((c) => c.text);
}

/** Cost of each unit in each state, flat (unit * states + state): state 0 is "none", state k the candidate k - 1. */
function unitCosts(doc: Doc, candidates: readonly IndexedText[]): Float64Array {
  const states = candidates.length + 1;
  const tables = candidates.map((c) => membership(c).table);
  const inside = candidates.map((c) => Math.log(Math.max(MIN_VOCABULARY, membership(c).all)));
  const cost = new Float64Array(doc.units.length * states);
  doc.units.forEach((unit, u) => {
    cost[u * states] = BACKGROUND * (unit.end - unit.start);
    tables.forEach((table, k) => {
      let sum = 0;
      for (let i = unit.start; i < unit.end; i += 1)
        sum += table[doc.ids[i] as number] ? (inside[k] as number) : FOREIGN;
      cost[u * states + k + 1] = sum;
    });
  });
  return cost;
}

/** The cheapest state sequence over `units` units (flat arrays: this runs before the JIT warms up). */
function viterbi(cost: Float64Array, units: number, states: number): Int32Array {
  const back = new Int32Array(units * states);
  let total = new Float64Array(states);
  let next = new Float64Array(states);
  for (let u = 0; u < units; u += 1) {
    for (let t = 0; t < states; t += 1) {
      let best = t;
      let bestCost = u === 0 ? 0 : Infinity;
      for (let s = 0; u > 0 && s < states; s += 1) {
        const c = (total[s] as number) + (s === t ? 0 : s === 0 || t === 0 ? SWITCH : SWITCH_LICENSE);
        if (c < bestCost) {
          best = s;
          bestCost = c;
        }
      }
      back[u * states + t] = best;
      next[t] = bestCost + (cost[u * states + t] as number);
    }
    [total, next] = [next, total];
  }
  const path = new Int32Array(units);
  let state = total.indexOf(Math.min(...total));
  for (let u = units - 1; u >= 0; u -= 1) {
    path[u] = state;
    state = back[u * states + state] ?? 0;
  }
  return path;
}

export function segment(doc: Doc, candidates: readonly IndexedText[]): Run[] {
  const path = viterbi(unitCosts(doc, candidates), doc.units.length, candidates.length + 1);
  const runs: Run[] = [];
  let from = 0;
  for (let u = 1; u <= path.length; u += 1) {
    if (u === path.length || path[u] !== path[from]) {
      runs.push({ state: (path[from] ?? 0) - 1, from, to: u });
      from = u;
    }
  }
  return runs;
}
