/** Bounded prefixes and short one-line forms of texts that may be huge or hostile. */

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
