/**
 * A small line-based TOML reader for manifests: top-level `key = value` pairs per table, multi-line
 * arrays and strings. It knows enough to say a file is not TOML, not enough to be a TOML library.
 */
import { bracketBalance } from './lines.js';

export interface TomlEntry {
  readonly table: string;
  /** Counts `[[table]]` headers, so entries of one array-of-tables element share it. */
  readonly element: number;
  readonly key: string;
  /** The value as written (strings still quoted). */
  readonly value: string;
  readonly line: number;
}

export interface TomlDoc {
  readonly entries: readonly TomlEntry[];
  /** The first line that is not TOML, when there is one. */
  readonly badLine?: { line: number; text: string };
}

const TABLE = /^\[\s*([^\][]+?)\s*\]\s*(?:#.*)?$/;
const ARRAY_TABLE = /^\[\[\s*([^\][]+?)\s*\]\]\s*(?:#.*)?$/;
const KEY_VALUE =
  /^((?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*')(?:\s*\.\s*(?:[A-Za-z0-9_-]+|"[^"\n]*"|'[^'\n]*'))*)\s*=\s*(.*)$/;
const MAX_LINES = 20_000;

/** Open brackets minus closed ones, outside strings and comments. */
const depthChange = (line: string): number => bracketBalance(line, '[{', ']}', /#.*$/);

const opensTripleString = (value: string) => /^("""|''')/.test(value) && value.split(value.slice(0, 3)).length === 2;

const cleanKey = (key: string) =>
  key
    .split('.')
    .map((part) => part.trim().replace(/^["']|["']$/g, ''))
    .join('.');

export function readToml(text: string): TomlDoc {
  const entries: TomlEntry[] = [];
  const elements = new Map<string, number>();
  let table = '';
  let open: { key: string; value: string; line: number; depth: number; triple?: string } | undefined;
  const lines = text.split('\n', MAX_LINES);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (open) {
      open.value += `\n${line}`;
      if (open.triple ? line.includes(open.triple) : (open.depth += depthChange(line)) <= 0) {
        entries.push({ table, element: elements.get(table) ?? 0, key: open.key, value: open.value, line: open.line });
        open = undefined;
      }
      continue;
    }
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;
    const header = ARRAY_TABLE.exec(trimmed) ?? TABLE.exec(trimmed);
    if (header?.[1]) {
      table = cleanKey(header[1]);
      if (trimmed.startsWith('[[')) elements.set(table, (elements.get(table) ?? 0) + 1);
      continue;
    }
    const pair = KEY_VALUE.exec(trimmed);
    if (!pair?.[1] || pair[2] === undefined || pair[2].trim() === '')
      return { entries, badLine: { line: i + 1, text: trimmed } };
    const key = cleanKey(pair[1]);
    const value = pair[2].trim();
    const depth = depthChange(value);
    if (opensTripleString(value)) open = { key, value, line: i + 1, depth: 0, triple: value.slice(0, 3) };
    else if (depth > 0) open = { key, value, line: i + 1, depth };
    else entries.push({ table, element: elements.get(table) ?? 0, key, value, line: i + 1 });
  }
  return open ? { entries, badLine: { line: open.line, text: open.value.split('\n', 1)[0] ?? '' } } : { entries };
}
