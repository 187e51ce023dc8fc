/**
 * The tags of an XML manifest in order (pom.xml, *.csproj, packages.config, AndroidManifest.xml): name,
 * attributes, the text right after the tag and its line. Comments are skipped; one pass, no backtracking.
 */
import type { Problem } from './problem.js';

export interface XmlTag {
  /** Without a namespace prefix: `android:name` stays an attribute, `<maven:dependency>` becomes `dependency`. */
  readonly name: string;
  readonly closing: boolean;
  readonly selfClosing: boolean;
  readonly attrs: ReadonlyMap<string, string>;
  /** The text between this tag and the next one, trimmed (`<artifactId>x</artifactId>` -> 'x' on the opening tag). */
  readonly text: string;
  readonly line: number;
  /** Offset just past that text: the length of the file when nothing but space and comments follows. */
  readonly end: number;
}

const TAG = /<(\/?)([A-Za-z_][\w:.-]*)([^<>]*?)(\/?)>([^<]*)/g;
const ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Replaces `<!-- … -->` with spaces (keeping line breaks and offsets), with indexOf so an unclosed comment is linear. */
function withoutComments(text: string): string {
  let out = '';
  let from = 0;
  for (let start = text.indexOf('<!--'); start >= 0; start = text.indexOf('<!--', from)) {
    const end = text.indexOf('-->', start + 4);
    const stop = end < 0 ? text.length : end + 3;
    out += text.slice(from, start) + text.slice(start, stop).replace(/[^\n]/g, ' ');
    from = stop;
  }
  return out + text.slice(from);
}

function attributes(raw: string): Map<string, string> {
  const attrs = new Map<string, string>();
  if (raw.includes('=')) for (const m of raw.matchAll(ATTR)) if (m[1]) attrs.set(m[1], m[2] ?? m[3] ?? '');
  return attrs;
}

/** Visits every tag; a problem when there is none, or when the root element is not `root` (case-insensitive). */
export function xmlTags(text: string, root: string, visit: (tag: XmlTag) => void): Problem | undefined {
  const clean = withoutComments(text);
  let line = 1;
  // The next line break not yet counted: searched for once, so a file of one long line stays linear.
  let nl = clean.indexOf('\n');
  let first: string | undefined;
  for (const m of clean.matchAll(TAG)) {
    for (; nl >= 0 && nl < m.index; nl = clean.indexOf('\n', nl + 1)) line += 1;
    const name = (m[2] ?? '').replace(/^[\w.-]*:/, '');
    first ??= name;
    const end = m.index + m[0].length;
    visit({
      name,
      closing: m[1] === '/',
      selfClosing: m[4] === '/',
      attrs: attributes(m[3] ?? ''),
      text: (m[5] ?? '').trim(),
      line,
      end,
    });
  }
  if (first === undefined) return { line: 1, reason: 'no XML elements' };
  return first.toLowerCase() === root.toLowerCase()
    ? undefined
    : { line: 1, reason: `the root element is <${first}>, not <${root}>` };
}
