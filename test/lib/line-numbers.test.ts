import { describe, expect, it } from 'vitest';
import { lineAtOffset, lineAtOffsetIn, lineStartOffsets } from '../../src/lib/line-numbers.js';

const TEXT = 'one\ntwo\n\nfour';

describe('line numbers', () => {
  it('gives the 1-based line of an offset, the line break belonging to the line it ends', () => {
    expect([0, 2, 3, 4, 7, 8, 9, 12].map((offset) => lineAtOffset(TEXT, offset))).toEqual([1, 1, 1, 2, 2, 3, 4, 4]);
  });

  it('counts every line break before an offset past the end, and none in an empty text', () => {
    expect(lineAtOffset(TEXT, 1_000)).toBe(4);
    expect(lineAtOffset('', 0)).toBe(1);
  });

  it('finds the same lines from precomputed line starts', () => {
    const starts = lineStartOffsets(TEXT);
    expect(starts).toEqual([0, 4, 8, 9]);
    for (let offset = 0; offset <= TEXT.length + 2; offset += 1)
      expect(lineAtOffsetIn(starts, offset), String(offset)).toBe(lineAtOffset(TEXT, offset));
  });
});
