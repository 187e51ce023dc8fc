/**
 * Line-level clean-up of a license text (SPDX matching guidelines §§ B.3–B.13): copyright notices,
 * separators, URLs, template placeholders, markup, bullets and list numbering go; words stay,
 * lower-cased and with varietal spellings made equal.
 */
import rules from '../../data/license-text-rules.json' with { type: 'json' };

export interface TokenStream {
  readonly words: string[];
  /** 1-based line of each word. */
  readonly lines: number[];
  /** Separator lines (----, ====) cut a file into sections: a preamble only belongs to its own section. */
  readonly sections: number[];
  /** Lines of the copyright statements that were dropped (a license starts at its copyright line). */
  readonly copyrightLines: number[];
}

const SEPARATOR = /^\s*([-=_*~#+])(?:\s*\1){2,}\s*$/;
const LEADING_MARKUP = /^[\s#>*|/;]+/;
/** A copyright statement starts a line with a capitalised "Copyright" or "©", or "(c) <year>". */
const COPYRIGHT_START = /^(?:Copyright\b|COPYRIGHT\b|©|\([cC]\)\s*\d)/;
/** …but "copyright notice", "COPYRIGHT HOLDERS" etc. at the start of a wrapped line are license prose. */
const COPYRIGHT_PROSE =
  /^\S+\s*[,:]?\s+(?:notices?|holders?|owners?|laws?|and|or|licen[cs]es?|treaty|protection|statement|interest|claims?|infringement|in|to|of|is|status|permission|conditions)\b/i;
const CONTINUES = /(?:[,;&]|\band)\s*$/i;
const MAX_COPYRIGHT_WORDS = 25;
const ANGLE = /<[^<>\n]{0,100}>/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>()[\]"']+/gi;
const SQUARE = /\[[^[\]\n]{0,60}\](?!\()/g;
const ENTITY = /&(?:[a-z]{2,8}|#\d{1,5});/gi;
/**
 * List numbering ("1.", "(a)", "iv)", "1.1.") is dropped wherever it stands, not only at the start of
 * a line: texts wrap differently, and "under section\n7. This" must read like "under section 7. This".
 */
const LIST_ITEM = /(?<![A-Za-z0-9.])\(?(?:\d{1,3}(?:\.\d{1,3})*|[a-z]|i{1,3}|iv|vi{0,3}|ix|xi{0,3})\\?[.)](?=\s|$)/gim;
const HYPHEN = /(?<=[A-Za-z])[-‐‑](?=[A-Za-z])/g;
const NON_WORD = /[^\p{L}\p{N}]+/u;
const EQUIVALENT = new Map<string, string>(Object.entries(rules.equivalentWords));

function wordCount(line: string): number {
  return line.split(/\s+/).filter(Boolean).length;
}

function isCopyrightLine(stripped: string): boolean {
  return (
    COPYRIGHT_START.test(stripped) && !COPYRIGHT_PROSE.test(stripped) && wordCount(stripped) <= MAX_COPYRIGHT_WORDS
  );
}

/** Placeholders (<year>, [name of copyright owner]) and URLs are wildcards: they match anything, so they go. */
function cleanText(text: string): string {
  let clean = text;
  if (clean.includes('<')) clean = clean.replace(ANGLE, ' ');
  if (clean.includes('://') || clean.includes('www.')) clean = clean.replace(URL, ' ');
  if (clean.includes('[')) clean = clean.replace(SQUARE, ' ');
  if (clean.includes('&')) clean = clean.replace(ENTITY, ' ');
  return clean.replace(LIST_ITEM, ' ').replace(HYPHEN, '').toLowerCase();
}

/** Copyright statements and separator lines become empty lines; separators are counted as sections. */
function dropCopyrights(text: string): { lines: string[]; sections: number[]; copyrightLines: number[] } {
  const lines = text.split('\n');
  const sections: number[] = [];
  const copyrightLines: number[] = [];
  let [section, continuing] = [0, false];
  lines.forEach((raw, index) => {
    const separator = SEPARATOR.test(raw);
    if (separator) section += 1;
    sections.push(section);
    const stripped = raw.replace(LEADING_MARKUP, '');
    const copyright: boolean =
      !separator &&
      (isCopyrightLine(stripped) ||
        (continuing && stripped.trim() !== '' && wordCount(stripped) <= MAX_COPYRIGHT_WORDS));
    continuing = copyright && CONTINUES.test(stripped);
    if (copyright) copyrightLines.push(index + 1);
    if (separator || copyright) lines[index] = '';
  });
  return { lines, sections, copyrightLines };
}

/** Whole-text passes rather than per-line ones: this runs on every license file, mostly before the JIT warms up. */
export function lineTokens(text: string): TokenStream {
  const { lines, sections, copyrightLines } = dropCopyrights(text);
  const clean = cleanText(lines.join('\n')).split('\n');
  const stream: TokenStream = { words: [], lines: [], sections: [], copyrightLines };
  clean.forEach((line, index) => {
    for (const word of line.split(NON_WORD)) {
      if (word === '') continue;
      stream.words.push(EQUIVALENT.get(word) ?? word);
      stream.lines.push(index + 1);
      stream.sections.push(sections[index] ?? 0);
    }
  });
  return stream;
}
