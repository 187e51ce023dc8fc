/**
 * Compact, JSON-safe encodings for the license index: sorted integer sets as delta varints in a
 * 64-letter alphabet (5 bits per letter plus a continuation bit), and a 64-bit text fingerprint.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Int8Array(128);
for (let i = 0; i < ALPHABET.length; i += 1) VALUE[ALPHABET.charCodeAt(i)] = i;
const CONTINUE = 32;

/** Encodes ascending non-negative integers as the deltas between them. */
export function encodeSortedSet(values: readonly number[]): string {
  let out = '';
  let previous = 0;
  for (const value of values) {
    let delta = value - previous;
    previous = value;
    while (delta >= CONTINUE) {
      out += ALPHABET[CONTINUE + (delta % CONTINUE)];
      delta = Math.floor(delta / CONTINUE);
    }
    out += ALPHABET[delta];
  }
  return out;
}

/** Calls `visit` with each value; decoding is on the start-up path, so no intermediate arrays. */
export function forEachInSortedSet(encoded: string, visit: (value: number) => void): void {
  let previous = 0;
  let delta = 0;
  let scale = 1;
  for (let i = 0; i < encoded.length; i += 1) {
    const digit = VALUE[encoded.charCodeAt(i) & 127] ?? 0;
    if (digit >= CONTINUE) {
      delta += (digit - CONTINUE) * scale;
      scale *= CONTINUE;
      continue;
    }
    previous += delta + digit * scale;
    visit(previous);
    delta = 0;
    scale = 1;
  }
}

export function decodeSortedSet(encoded: string): number[] {
  const values: number[] = [];
  forEachInSortedSet(encoded, (v) => values.push(v));
  return values;
}

/** Two FNV-1a hashes with different offsets: 64 bits, as 16 hex digits. */
export function fingerprint(words: readonly string[]): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (const word of words) {
    for (let i = 0; i < word.length; i += 1) {
      const code = word.charCodeAt(i);
      a = Math.imul(a ^ code, 0x01000193);
      b = Math.imul(b ^ code, 0x01000193) ^ (b >>> 15);
    }
    a = Math.imul(a ^ 32, 0x01000193);
    b = Math.imul(b ^ 32, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
