/**
 * Keys for exact matching after normalisation. A license's body starts after its optional title
 * (SPDX guidelines B.3.2: "MIT License", "The MIT License (MIT)", "Apache License"); the index keeps
 * the first words of each body as an anchor, so a text can be looked up whatever title it carries.
 * Pure helpers, shared by the index builder and the matcher.
 */
import { fingerprint } from './encoding.js';
import type { TokenStream } from './lines.js';

export const ANCHOR_WORDS = 6;
const MAX_TITLE_WORDS = 8;

/** Where the terms end: at the first end-of-terms marker, if any (`ends` ascends). */
export function mainEnd(length: number, ends: readonly number[]): number {
  return Math.min(length, ends[0] ?? length);
}

/** Words of a title line at `start` (a short first line naming a license), or 0. */
export function titleLength(stream: TokenStream, start: number, end: number): number {
  const line = stream.lines[start];
  let count = 0;
  while (start + count < end && stream.lines[start + count] === line) count += 1;
  const title = stream.words.slice(start, start + count).includes('license');
  return title && count <= MAX_TITLE_WORDS ? count : 0;
}

export function anchorAt(words: readonly string[], at: number): string {
  return words.slice(at, at + ANCHOR_WORDS).join(' ');
}

export function keyOf(words: readonly string[], start: number, end: number): string {
  return fingerprint(words.slice(start, end));
}
