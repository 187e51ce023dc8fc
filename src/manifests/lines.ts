/** Lines of manifests and lock files, which may be huge or hostile, and where in them something stands. */
import { lineAtOffset } from '../lib/line-numbers.js';

/** Lines, capped: a 1 MiB lock file has ~40k lines; nothing legitimate has more than this. */
const MAX_LINES = 200_000;
export const linesOf = (text: string): string[] => text.split('\n', MAX_LINES);

/** 1-based line of the first line at or after `from` (0-based) that contains `needle`; `from + 1` when none. */
export function lineContaining(lines: readonly string[], needle: string, from = 0): number {
  for (let i = Math.max(0, from); i < lines.length; i += 1) if (lines[i]?.includes(needle)) return i + 1;
  return from + 1;
}

/** 1-based line of the first match of `pattern` (non-global), or `fallback`. */
export function lineOfMatch(text: string, pattern: RegExp, fallback = 1): number {
  const match = pattern.exec(text);
  return match ? lineAtOffset(text, match.index) : fallback;
}

/** Deletes string literals so that brackets inside them are not counted. */
const QUOTED = /"(?:[^"\\\n]|\\.)*"|'[^'\n]*'/g;

/** Open minus closed brackets of the given kinds on one line, outside strings and `#`/`//` comments. */
export function bracketBalance(line: string, open: string, close: string, comment = /(?:#|\/\/).*$/): number {
  const bare = line.replace(QUOTED, '""').replace(comment, '');
  let depth = 0;
  for (const ch of bare) depth += open.includes(ch) ? 1 : close.includes(ch) ? -1 : 0;
  return depth;
}
