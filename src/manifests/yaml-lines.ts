/**
 * Block-style YAML, one line at a time (pnpm-lock.yaml, pubspec, Compose, Helm): the indentation, key and
 * value of a line, found with indexOf rather than regexes so hostile lines cost linear time. Flow mappings,
 * anchors and multi-line scalars are values, not structure; that is enough for dependency files.
 */
import type { Problem } from './problem.js';

export interface YamlEntry {
  /** Column of the key (or of the scalar after `- `). */
  readonly indent: number;
  readonly key?: string;
  /** The rest of the line after `key:`, or the whole scalar of a list item; quotes and comments removed. */
  readonly value: string;
  /** The line starts a list item (`- name: x` or `- x`). */
  readonly item: boolean;
}

const COMMENT = /\s+#.*$/;

function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && (t[0] === '"' || t[0] === "'") && t.endsWith(t[0])) return t.slice(1, -1);
  return t.replace(COMMENT, '');
}

/** Where a key ends: the index of its `:`, or -1 when the line holds no `key:`. */
function keyEnd(rest: string): number {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const close = rest.indexOf(quote, 1);
    return close > 0 && rest[close + 1] === ':' && (rest.length === close + 2 || rest[close + 2] === ' ')
      ? close + 1
      : -1;
  }
  if (rest[0] === '{' || rest[0] === '[') return -1;
  const spaced = rest.indexOf(': ');
  const hash = rest.indexOf(' #');
  if (spaced > 0 && (hash < 0 || spaced < hash)) return spaced;
  return rest.endsWith(':') ? rest.length - 1 : -1;
}

export function yamlEntry(line: string): YamlEntry | undefined {
  const content = line.trimStart();
  if (content === '' || content[0] === '#') return undefined;
  let indent = line.length - content.length;
  let rest = content;
  const item = rest === '-' || rest.startsWith('- ');
  if (item) {
    const after = rest.slice(1).trimStart();
    indent += rest.length - after.length;
    rest = after;
  }
  const end = keyEnd(rest);
  if (end < 0) return { indent, value: unquote(rest), item };
  return { indent, key: unquote(rest.slice(0, end)), value: unquote(rest.slice(end + 1)), item };
}

const TAB_INDENT = /^ *\t/;
const DOCUMENT_MARK = /^(?:---|\.\.\.|%)/;

/** The first line that cannot be block YAML: tab indentation, or a top-level line that is not a key or item. */
export function yamlProblem(lines: readonly string[]): Problem | undefined {
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (TAB_INDENT.test(line)) return { line: i + 1, reason: 'tab used for indentation' };
    if (line === '' || line[0] === ' ' || line[0] === '#' || DOCUMENT_MARK.test(line)) continue;
    const entry = yamlEntry(line);
    if (!entry?.key && !entry?.item) return { line: i + 1, reason: 'not a YAML key' };
  }
  return undefined;
}
