/**
 * Builds the precomputed license index (src/data/license-index.json) from the SPDX license texts.
 * Pure: the caller passes the texts (spdx-license-list/full) and the ids to index; the test in
 * test/licenses/text/index-data.test.ts rebuilds it and fails when the committed file is stale.
 */
import rules from '../../data/license-text-rules.json' with { type: 'json' };
import { encodeSortedSet } from './encoding.js';
import { ANCHOR_WORDS, anchorAt, keyOf, mainEnd, titleLength } from './keys.js';
import { normalise } from './normalise.js';

export interface SpdxText {
  readonly licenseText: string;
}

export interface IndexedLicense {
  readonly id: string;
  /** Words in the terms (before any end-of-terms marker). */
  readonly n: number;
  /** Fingerprint of the normalised terms (title aside), for the exact-match short cut… */
  readonly h: string;
  /** …and of the terms with their appendix, when there is one. */
  readonly k?: string;
  /** Words under `h` and under `k`: fingerprints are only compared between texts of one length. */
  readonly m: number;
  readonly q?: number;
  /** The first and the last words of the terms: where the license starts and ends in a longer text. */
  readonly s: string;
  readonly e: string;
  /** Vocabulary indexes of the distinct words of the terms. */
  readonly w: string;
  /** …and of the words that only occur in the optional appendix. */
  readonly a: string;
}

export interface LicenseIndex {
  readonly $comment: string;
  readonly source: string;
  /** Every distinct word, space-separated, most widely used first. */
  readonly vocabulary: string;
  /** How many licenses use each word, run-length encoded along the vocabulary: [licenses, words, …]. */
  readonly spread: readonly number[];
  readonly licenses: readonly IndexedLicense[];
}

const TRUNCATE: Readonly<Record<string, string>> = rules.truncateAt;

interface PolicyLists {
  readonly [list: string]: unknown;
}

/** The ids the DPG policy names (accepted, rejected, OSI-approved but unlisted), the rules' extra ids, and the `available` ids the rules' patterns pick (every CC license, every GNU version). */
export function wantedIds(policy: PolicyLists, available: readonly string[]): string[] {
  const lists = ['accepted', 'rejected', 'osiApprovedNotOnDpgaList'].map((k) => policy[k]);
  const named = lists.flatMap((l) => (Array.isArray(l) ? l : []) as { spdx?: unknown }[]).map((e) => e.spdx);
  const patterns = rules.indexIdPatterns.map((p) => new RegExp(p));
  return [
    ...named.filter((id): id is string => typeof id === 'string'),
    ...rules.indexIds,
    ...available.filter((id) => patterns.some((p) => p.test(id))),
  ];
}

/** Deprecated ids become their -only form (GPL-3.0 → GPL-3.0-only); "+" ids share their base text. */
export function selectIndexIds(
  list: Readonly<Record<string, SpdxText>>,
  wanted: readonly string[],
  deprecated: readonly string[],
): string[] {
  const old = new Set(deprecated);
  const ids = wanted.flatMap((id) => {
    if (id.endsWith('+')) return [];
    const modern = old.has(id) && list[`${id}-only`] ? `${id}-only` : id;
    return list[modern] ? [modern] : [];
  });
  return [...new Set(ids)].sort();
}

interface Terms {
  id: string;
  key: string;
  keyLength: number;
  withAppendix?: { key: string; length: number };
  start: string;
  end: string;
  words: string[];
  appendix: string[];
}

function termsOf(id: string, text: string): Terms {
  const stream = normalise(text);
  const all = stream.words;
  // LGPL-3.0 as SPDX publishes it carries the GPL-3.0 after its own terms: that part is not its words.
  const cut = TRUNCATE[id]?.split(' ');
  const at = cut ? all.findIndex((_, i) => i > 0 && cut.every((w, k) => all[i + k] === w)) : -1;
  const length = at > 0 ? at : all.length;
  const end = mainEnd(length, stream.ends);
  const body = titleLength(stream, 0, end);
  const withAppendix = end < length ? { withAppendix: { key: keyOf(all, body, length), length: length - body } } : {};
  const anchors = { start: anchorAt(all, body), end: all.slice(Math.max(body, end - ANCHOR_WORDS), end).join(' ') };
  return {
    id,
    key: keyOf(all, body, end),
    keyLength: end - body,
    ...withAppendix,
    ...anchors,
    words: all.slice(0, end),
    appendix: all.slice(end, length),
  };
}

function runLengths(values: readonly number[]): number[] {
  const out: number[] = [];
  values.forEach((v, i) => {
    if (i > 0 && values[i - 1] === v) out[out.length - 1] = (out.at(-1) ?? 0) + 1;
    else out.push(v, 1);
  });
  return out;
}

export function buildLicenseIndex(
  list: Readonly<Record<string, SpdxText>>,
  ids: readonly string[],
  source: string,
): LicenseIndex {
  const seen = new Set<string>();
  const terms = ids.flatMap((id) => {
    const text = list[id]?.licenseText;
    const t = text === undefined ? undefined : termsOf(id, text);
    if (!t || t.words.length === 0 || seen.has(t.key)) return [];
    seen.add(t.key);
    return [t];
  });
  const spread = new Map<string, number>();
  for (const t of terms) for (const w of new Set([...t.words, ...t.appendix])) spread.set(w, (spread.get(w) ?? 0) + 1);
  const vocabulary = [...spread.keys()].sort(
    (a, b) => (spread.get(b) ?? 0) - (spread.get(a) ?? 0) || (a < b ? -1 : a > b ? 1 : 0),
  );
  const position = new Map(vocabulary.map((w, i) => [w, i]));
  const encode = (words: Iterable<string>) =>
    encodeSortedSet([...new Set(words)].map((w) => position.get(w) ?? 0).sort((x, y) => x - y));
  const licenses = terms.map((t) => {
    const main = new Set(t.words);
    const k = t.withAppendix ? { k: t.withAppendix.key, q: t.withAppendix.length } : {};
    return {
      id: t.id,
      n: t.words.length,
      h: t.key,
      m: t.keyLength,
      ...k,
      s: t.start,
      e: t.end,
      w: encode(main),
      a: encode(t.appendix.filter((w) => !main.has(w))),
    };
  });
  return {
    $comment: `Generated from ${source} (license texts CC0-1.0) by buildLicenseIndex in src/licenses/text/build-index.ts; regenerate with UPDATE_LICENSE_INDEX=1 npx vitest run test/licenses/text/index-data.test.ts`,
    source,
    vocabulary: vocabulary.join(' '),
    spread: runLengths(vocabulary.map((w) => spread.get(w) ?? 0)),
    licenses,
  };
}
