/** Line numbers and bounded prefixes of texts that may be huge or hostile. */
import { lineAtOffset } from '../../lib/line-numbers.js';

/** 1-based line of the first match of `pattern` (non-global), or `fallback`. */
export function lineOf(text: string, pattern: RegExp, fallback = 1): number {
  const match = pattern.exec(text);
  return match ? lineAtOffset(text, match.index) : fallback;
}

/** The first `lines` lines of `text`, never more than `maxChars` characters. */
export function headOf(text: string, lines: number, maxChars: number): string {
  let end = -1;
  for (let n = 0; n < lines; n++) {
    end = text.indexOf('\n', end + 1);
    if (end === -1 || end > maxChars) return text.slice(0, maxChars);
  }
  return text.slice(0, end);
}

/** One line, whitespace collapsed, short enough to show as evidence. */
export function shortText(text: string, max = 120): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
