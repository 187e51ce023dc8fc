/**
 * A small, pure outline reader for Markdown and reStructuredText documents: headings (ATX, setext,
 * one-line HTML, reST underlined/overlined), fenced code, and an estimate of the prose they hold.
 * Linear in the text; lines longer than MAX_HEADING_LINE are never taken for headings.
 */

export type Flavour = 'markdown' | 'rst';
export type LineKind = 'blank' | 'text' | 'heading' | 'code' | 'meta';

export interface Heading {
  /** 1-based line of the heading's title. */
  readonly line: number;
  /** 1 (top) to 6; reST levels follow the order in which adornment styles first appear. */
  readonly level: number;
  readonly text: string;
}

export interface DocLine {
  readonly line: number;
  readonly text: string;
  readonly kind: LineKind;
}

export interface ParsedDoc {
  readonly flavour: Flavour;
  readonly headings: readonly Heading[];
  readonly lines: readonly DocLine[];
}

const MAX_HEADING_LINE = 500;
/** Enough prose to judge substance; hostile megabyte READMEs are not measured past this. */
const MAX_PROSE_INPUT = 100_000;

const ATX = /^ {0,3}(#{1,6})(?=[ \t]|$)/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>/i;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const RST_ADORNMENT = /^([!-/:-@[-`{-~])\1{2,}[ \t]*$/;
/** Lines that cannot be the title above a setext underline. */
const NOT_A_TITLE = /^(?: {4}|\s*(?:[-*+>|]|\d{1,9}[.)])(?:\s|$))/;

export function flavourOf(path: string): Flavour {
  return /\.(rst|rest|txt)$/i.test(path) ? 'rst' : 'markdown';
}

export function parseDoc(text: string, path = ''): ParsedDoc {
  const flavour = flavourOf(path);
  const raw = text.split('\n');
  const kinds: LineKind[] = raw.map((l) => (l.trim() === '' ? 'blank' : 'text'));
  // Both scanners find headings in line order.
  const headings: Heading[] = [];
  if (flavour === 'markdown') scanMarkdown(raw, kinds, headings);
  else scanRst(raw, kinds, headings);
  return { flavour, headings, lines: raw.map((t, i) => ({ line: i + 1, text: t, kind: kinds[i] ?? 'text' })) };
}

function scanMarkdown(raw: string[], kinds: LineKind[], found: Heading[]): void {
  let fence: string | undefined;
  let comment = false;
  for (let i = skipFrontMatter(raw, kinds); i < raw.length; i += 1) {
    const line = raw[i] ?? '';
    const fenceOpen = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      kinds[i] =
        fenceOpen !== undefined && fenceOpen[0] === fence[0] && fenceOpen.length >= fence.length ? 'meta' : 'code';
      if (kinds[i] === 'meta') fence = undefined;
    } else if (comment || /^\s*<!--/.test(line)) {
      comment = !line.includes('-->', comment ? 0 : line.indexOf('<!--') + 4);
      if (kinds[i] === 'text') kinds[i] = 'meta';
    } else if (fenceOpen !== undefined) {
      [fence, kinds[i]] = [fenceOpen, 'meta'];
    } else if (line.length <= MAX_HEADING_LINE) {
      markdownHeading(raw, kinds, found, i);
    }
  }
}

function markdownHeading(raw: string[], kinds: LineKind[], found: Heading[], i: number): void {
  const line = raw[i] ?? '';
  const atx = ATX.exec(line);
  const html = atx ? null : HTML_HEADING.exec(line);
  const setext = atx || html ? null : SETEXT.exec(line);
  const prev = raw[i - 1] ?? '';
  if (atx) {
    const title = line
      .slice(atx[0].length)
      .trim()
      .replace(/(?:^|[ \t])#+$/, '')
      .trim();
    found.push({ line: i + 1, level: atx[1]?.length ?? 1, text: cleanTitle(title) });
    kinds[i] = 'heading';
  } else if (html) {
    found.push({ line: i + 1, level: Number(html[1]), text: cleanTitle(html[2] ?? '') });
    kinds[i] = 'heading';
  } else if (setext && i > 0 && kinds[i - 1] === 'text' && !NOT_A_TITLE.test(prev) && prev.length <= MAX_HEADING_LINE) {
    found.push({ line: i, level: setext[1]?.startsWith('=') ? 1 : 2, text: cleanTitle(prev) });
    [kinds[i - 1], kinds[i]] = ['heading', 'meta'];
  }
}

function scanRst(raw: string[], kinds: LineKind[], found: Heading[]): void {
  markRstBlocks(raw, kinds);
  const styles: string[] = [];
  for (let i = 1; i < raw.length; i += 1) {
    const line = raw[i] ?? '';
    const title = raw[i - 1] ?? '';
    const char = line.length <= MAX_HEADING_LINE ? RST_ADORNMENT.exec(line)?.[1] : undefined;
    if (char === undefined || kinds[i] !== 'text' || kinds[i - 1] !== 'text') continue;
    if (/^\s/.test(title) || RST_ADORNMENT.test(title)) continue;
    const overline = i >= 2 && (raw[i - 2] ?? '').trim() === line.trim();
    const style = overline ? `${char}/over` : char;
    if (!styles.includes(style)) styles.push(style);
    found.push({ line: i, level: Math.min(styles.indexOf(style) + 1, 6), text: cleanTitle(title) });
    [kinds[i - 1], kinds[i]] = ['heading', 'meta'];
    if (overline) kinds[i - 2] = 'meta';
  }
}

/** Directives (`.. image::`, `.. code-block::`, badges) and `::` literal blocks, with their indented bodies, are code. */
function markRstBlocks(raw: string[], kinds: LineKind[]): void {
  let inBlock = false;
  raw.forEach((line, i) => {
    if (inBlock && (kinds[i] === 'blank' || /^\s/.test(line))) {
      if (kinds[i] === 'text') kinds[i] = 'code';
      return;
    }
    const directive = /^\.\.(?:\s|$)/.test(line);
    inBlock = directive || (/::\s*$/.test(line) && !RST_ADORNMENT.test(line));
    if (directive) kinds[i] = 'code';
  });
}

/** YAML front matter (`---` … `---`) is metadata, not a heading. Returns the first line after it. */
function skipFrontMatter(raw: string[], kinds: LineKind[]): number {
  if (raw[0]?.trim() !== '---') return 0;
  const end = raw.findIndex((l, i) => i > 0 && (l.trim() === '---' || l.trim() === '...'));
  if (end < 0) return 0;
  for (let i = 0; i <= end; i += 1) kinds[i] = 'meta';
  return end + 1;
}

function cleanTitle(title: string): string {
  return stripLinks(title)
    .replace(/<[^>\n]{0,500}>/g, '')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function stripLinks(text: string): string {
  return text
    .replace(/!\[[^\]\n]{0,500}\]\([^)\n]{0,500}\)/g, '')
    .replace(/\[([^\]\n]{0,500})\]\([^)\n]{0,500}\)/g, '$1')
    .replace(/\[([^\]\n]{0,500})\]\[[^\]\n]{0,500}\]/g, '$1');
}

/** Removes `<!-- … -->` spans without a regex, so an unclosed comment costs one scan. */
function stripComments(text: string): string {
  let out = '';
  let from = 0;
  for (;;) {
    const open = text.indexOf('<!--', from);
    if (open < 0) return out + text.slice(from);
    const close = text.indexOf('-->', open + 4);
    out += text.slice(from, open);
    if (close < 0) return out;
    from = close + 3;
  }
}

/**
 * Characters of explanatory text: headings, code, images and badges, link targets, bare URLs, HTML
 * tags and comments, and reference definitions do not count. Measured over the first 100,000 characters.
 */
export function proseLength(doc: ParsedDoc): number {
  let budget = MAX_PROSE_INPUT;
  const kept: string[] = [];
  for (const { text, kind } of doc.lines) {
    if (budget <= 0) break;
    budget -= text.length + 1;
    if (kind === 'text') kept.push(text);
  }
  const prose = stripLinks(stripComments(kept.join('\n').slice(0, MAX_PROSE_INPUT)))
    .replace(/^[ \t]*\[[^\]\n]{1,500}\]:.*$/gm, '')
    .replace(/<[^>\n]{0,500}>/g, ' ')
    .replace(/\b(?:https?|ftp):\/\/\S+/gi, ' ')
    .replace(/[*_`#>|=~]+/g, ' ');
  return prose.replace(/\s+/g, ' ').trim().length;
}

/** Headings immediately followed by a heading of the same or a higher level (or by the end), with nothing between. */
export function emptySections(doc: ParsedDoc): Heading[] {
  return doc.headings.filter((h, index) => {
    const next = doc.headings[index + 1];
    if (next !== undefined && next.level > h.level) return false;
    return !hasContent(doc, h.line, next?.line ?? doc.lines.length + 1);
  });
}

/** True when a text or code line sits strictly between the two 1-based lines. */
function hasContent(doc: ParsedDoc, after: number, before: number): boolean {
  for (let i = after; i < before - 1 && i < doc.lines.length; i += 1) {
    const kind = doc.lines[i]?.kind;
    if (kind === 'text' || kind === 'code') return true;
  }
  return false;
}
