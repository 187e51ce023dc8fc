/** Exact matching after normalisation: the license a stretch of words is, word for word, title aside. */
import { ANCHOR_WORDS, anchorAt, keyOf } from './keys.js';
import { textsStartingWith, type IndexedText } from './index-data.js';

/** Words a text may carry before the license body and still be the license word for word. */
const MAX_LEAD_WORDS = 12;

/** The license that words [start, end) are word for word; `withAppendix` when they run on past its terms. */
export function exactText(
  words: readonly string[],
  start: number,
  end: number,
  withAppendix = false,
): IndexedText | undefined {
  const last = Math.min(start + MAX_LEAD_WORDS, end - ANCHOR_WORDS);
  for (let at = start; at <= last; at += 1) {
    const length = end - at;
    const texts = textsStartingWith(anchorAt(words, at))?.filter(
      (t) => (withAppendix ? t.keyWithAppendixLength : t.keyLength) === length,
    );
    if (!texts?.length) continue;
    const key = keyOf(words, at, end);
    const hit = texts.find((t) => (withAppendix ? t.keyWithAppendix : t.key) === key);
    if (hit) return hit;
  }
  return undefined;
}
