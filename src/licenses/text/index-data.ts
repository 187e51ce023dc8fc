/**
 * The precomputed license index. Importing the JSON costs a parse at start-up (about 1.5 ms); each
 * part is decoded only when needed: the exact-match keys first, the vocabulary for any other text,
 * and the word sets of a license only when it is a candidate.
 */
import data from '../../data/license-index.json' with { type: 'json' };
import { forEachInSortedSet } from './encoding.js';

interface RawText {
  readonly id: string;
  readonly n: number;
  readonly h: string;
  readonly m?: number;
  readonly k?: string;
  readonly q?: number;
  readonly s?: string;
  readonly e?: string;
  readonly w: string;
  readonly a: string;
}

export interface IndexedText {
  readonly id: string;
  /** Words in the terms (not distinct). */
  readonly length: number;
  readonly key: string;
  /** Key of the terms followed by the license's own appendix (Apache-2.0, GNU licenses). */
  readonly keyWithAppendix: string | undefined;
  /** Words that `key` and `keyWithAppendix` fingerprint. */
  readonly keyLength: number;
  readonly keyWithAppendixLength: number;
  /** The first and last words of the terms (see build-index.ts). */
  readonly startAnchor: string;
  readonly endAnchor: readonly string[];
  /** Vocabulary indexes of the distinct words of the terms and of the appendix, encoded. */
  readonly encodedWords: string;
  readonly encodedAppendix: string;
}

export interface Membership {
  /** IN_TERMS, IN_APPENDIX or 0 for each vocabulary index. */
  readonly table: Uint8Array;
  /** Distinct words in the terms, and in terms and appendix together. */
  readonly terms: number;
  readonly all: number;
  /** Sum of the rarity weights of the distinct words in the terms. */
  readonly weight: number;
}

export const IN_TERMS = 1;
export const IN_APPENDIX = 2;
export const INDEX_SOURCE: string = (data as { source?: string }).source ?? 'unknown';

const raw = data as unknown as { vocabulary: string; spread?: readonly number[]; licenses: readonly RawText[] };
const texts: readonly IndexedText[] = raw.licenses.map((l) => ({
  id: l.id,
  length: l.n,
  key: l.h,
  keyWithAppendix: l.k,
  keyLength: l.m ?? -1,
  keyWithAppendixLength: l.q ?? -1,
  startAnchor: l.s ?? '',
  endAnchor: (l.e ?? '').split(' '),
  encodedWords: l.w,
  encodedAppendix: l.a,
}));
let anchors: Map<string, IndexedText[]> | undefined;
let words: Map<string, number> | undefined;
let rarity: Float64Array | undefined;
const memberships = new Map<string, Membership>();

export function indexedTexts(): readonly IndexedText[] {
  return texts;
}

/** The texts whose terms start with these words. */
export function textsStartingWith(words: string): readonly IndexedText[] | undefined {
  if (!anchors) {
    anchors = new Map();
    for (const t of texts) anchors.set(t.startAnchor, [...(anchors.get(t.startAnchor) ?? []), t]);
  }
  return anchors.get(words);
}

export function vocabulary(): ReadonlyMap<string, number> {
  words ??= new Map(raw.vocabulary.split(' ').map((w, i) => [w, i]));
  return words;
}

/**
 * How telling each word is: ln(1 + licenses / licenses using it). "the" says nothing, "mongodb" says
 * SSPL; words the index does not know weigh like the rarest (the last entry).
 */
export function rarityWeights(): Float64Array {
  if (!rarity) {
    const spread = raw.spread ?? [];
    rarity = new Float64Array(vocabulary().size + 1).fill(Math.log(1 + texts.length));
    let at = 0;
    for (let i = 0; i + 1 < spread.length; i += 2) {
      const weight = Math.log(1 + texts.length / Math.max(1, spread[i] ?? 1));
      rarity.fill(weight, at, at + (spread[i + 1] ?? 0));
      at += spread[i + 1] ?? 0;
    }
  }
  return rarity;
}

export function membership(text: IndexedText): Membership {
  let found = memberships.get(text.id);
  if (!found) {
    const table = new Uint8Array(vocabulary().size);
    let [terms, appendix] = [0, 0];
    forEachInSortedSet(text.encodedAppendix, (w) => {
      table[w] = IN_APPENDIX;
      appendix += 1;
    });
    const weights = rarityWeights();
    let weight = 0;
    forEachInSortedSet(text.encodedWords, (w) => {
      table[w] = IN_TERMS;
      terms += 1;
      weight += weights[w] ?? 0;
    });
    found = { table, terms, all: terms + appendix, weight };
    memberships.set(text.id, found);
  }
  return found;
}

/** For each indexed text, how many of its distinct terms words `has` marks, and how many it has. */
export function sharedWords(has: Uint8Array): { shared: Int32Array; sizes: Int32Array } {
  const shared = new Int32Array(texts.length);
  const sizes = new Int32Array(texts.length);
  texts.forEach((t, i) => {
    let [count, size] = [0, 0];
    forEachInSortedSet(t.encodedWords, (w) => {
      count += has[w] ?? 0;
      size += 1;
    });
    shared[i] = count;
    sizes[i] = size;
  });
  return { shared, sizes };
}
