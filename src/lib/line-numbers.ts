/** Line numbers (1-based) of character offsets, for findings that cite `path:line`. */

/** The line of `offset` in `text`: one more than the line breaks before it. Linear in `offset`. */
export function lineAtOffset(text: string, offset: number): number {
  let line = 1;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/** Where each line of `text` starts, for callers that look up many offsets in one text. */
export function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

/**
 * The line of `offset`, given the sorted offsets where lines start (lineStartOffsets, or the starts of a
 * text derived line by line): a binary search, so a text with thousands of matches stays linear.
 */
export function lineAtOffsetIn(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
