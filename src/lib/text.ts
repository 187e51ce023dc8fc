/** Small pure helpers for reading texts: line numbers, whitespace-insensitive search. */

export interface LineHit {
  readonly line: number;
  readonly text: string;
  readonly match: RegExpExecArray;
}

/** Every line (1-based) whose text matches `pattern`. */
export function linesMatching(text: string, pattern: RegExp): LineHit[] {
  const flags = pattern.flags.replace('g', '');
  const re = new RegExp(pattern.source, flags);
  const hits: LineHit[] = [];
  text.split('\n').forEach((line, index) => {
    const match = re.exec(line);
    if (match) hits.push({ line: index + 1, text: line.trim(), match });
  });
  return hits;
}

export function firstLineMatching(text: string, pattern: RegExp): LineHit | undefined {
  return linesMatching(text, pattern)[0];
}

/** Lower-case, with runs of whitespace and markup bullets collapsed, so phrases match across line breaks. */
export function collapseWhitespace(text: string): string {
  return text
    .replace(/[*_>#`]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Shortens a line for display as evidence. */
export function clip(text: string, max = 100): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
