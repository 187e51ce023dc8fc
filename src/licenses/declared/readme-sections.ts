/**
 * Finds "License" sections in a README: Markdown ATX and setext headings, reStructuredText
 * underlines, AsciiDoc/RDoc "=" titles, HTML <hN> and bold-only lines. Fenced code is skipped.
 */
import places from '../../data/declared-license-places.json' with { type: 'json' };

export interface Section {
  /** Offset of the heading line in the README text. */
  readonly start: number;
  /** The heading line and the lines under it, up to the next heading of the same or a higher level. */
  readonly text: string;
}

interface Heading {
  readonly index: number;
  readonly level: number;
  readonly title: string;
}

const ATX = /^ {0,3}(#{1,6})\s+(.{1,200}?)\s*#*\s*$/;
const EQUALS_TITLE = /^(={1,6})\s+(.{1,200}?)\s*=*\s*$/;
const HTML = /^\s*<h([1-6])\b[^>]{0,200}>(.{1,300}?)<\/h\1>/i;
const BOLD = /^\s*\*\*([^*]{1,80})\*\*\s*:?\s*$/;
const UNDERLINE = /^\s*([=\-~^"'`#*+])\1{2,}\s*$/;
const FENCE = /^\s{0,3}(?:```|~~~)/;
const WORDS = new Set(places.licenseHeadingWords);
const NOT_WORDS = new Set(places.notLicenseHeadingWords);
const MAX_LINES = 5_000;
const MAX_SECTION_CHARS = 6_000;

function headingAt(lines: readonly string[], i: number, markdown: boolean): Heading | undefined {
  const line = lines[i] ?? '';
  const atx = ATX.exec(line) ?? (markdown ? null : EQUALS_TITLE.exec(line));
  if (atx?.[1] && atx[2]) return { index: i, level: atx[1].length, title: atx[2] };
  const html = HTML.exec(line);
  if (html?.[1] && html[2]) return { index: i, level: Number(html[1]), title: html[2].replace(/<[^>]{0,200}>/g, ' ') };
  const under = UNDERLINE.exec(lines[i + 1] ?? '');
  if (under?.[1] && line.trim() !== '' && !UNDERLINE.test(line)) {
    return { index: i, level: under[1] === '=' ? 1 : under[1] === '-' ? 2 : 3, title: line };
  }
  const bold = BOLD.exec(line);
  return bold?.[1] ? { index: i, level: 7, title: bold[1] } : undefined;
}

export function isLicenseHeading(title: string): boolean {
  const words = title
    .toLowerCase()
    .replace(/\[([^\]]{0,200})\]\([^)]{0,500}\)/g, '$1')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  return (
    words.length <= places.maxHeadingWords && words.some((w) => WORDS.has(w)) && !words.some((w) => NOT_WORDS.has(w))
  );
}

function headings(lines: readonly string[], markdown: boolean): Heading[] {
  const found: Heading[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    if (FENCE.test(lines[i] ?? '')) fenced = !fenced;
    const heading = fenced ? undefined : headingAt(lines, i, markdown);
    if (heading) found.push(heading);
  }
  return found;
}

/** Every license section of a README (a few at most), each capped in lines and characters. */
export function licenseSections(text: string, markdown: boolean): Section[] {
  const lines = text.split('\n', MAX_LINES);
  const all = headings(lines, markdown);
  const offsets: number[] = [];
  for (let i = 0, at = 0; i < lines.length; i++) {
    offsets.push(at);
    at += (lines[i] ?? '').length + 1;
  }
  return all
    .filter((h) => isLicenseHeading(h.title))
    .slice(0, 3)
    .map((h) => {
      const next = all.find((o) => o.index > h.index && o.level <= h.level);
      const end = Math.min(next?.index ?? lines.length, h.index + places.sectionLines + 1);
      const start = offsets[h.index] ?? 0;
      return { start, text: lines.slice(h.index, end).join('\n').slice(0, MAX_SECTION_CHARS) };
    });
}
