/** Decoding the TOML values manifests use: strings, arrays of strings (with their lines), inline-table fields. */
import type { TomlEntry } from './toml-lines.js';

const STRING = /"((?:[^"\\\n]|\\.)*)"|'([^'\n]*)'/g;
const ESCAPE = /\\(u[0-9a-fA-F]{4}|["\\nt])/g;

function unescape(basic: string): string {
  return basic.replace(ESCAPE, (_, e: string) =>
    e.startsWith('u') ? String.fromCharCode(parseInt(e.slice(1), 16)) : e === 'n' ? '\n' : e === 't' ? '\t' : e,
  );
}

/** Every string literal in a value, in order ("a", 'b', ["c", "d"]). */
export function tomlStrings(value: string): string[] {
  const out: string[] = [];
  STRING.lastIndex = 0;
  for (let m = STRING.exec(value); m; m = STRING.exec(value))
    out.push(m[1] !== undefined ? unescape(m[1]) : (m[2] ?? ''));
  return out;
}

/** Every string of a (multi-line) value with its own line, as written (escapes kept); `#` comments are left out. */
export function tomlStringsWithLines(entry: TomlEntry): [string, number][] {
  return entry.value.split('\n').flatMap((row, n) => {
    const comment = row.replace(STRING, (m) => ' '.repeat(m.length)).indexOf('#');
    const code = comment < 0 ? row : row.slice(0, comment);
    return [...code.matchAll(STRING)].map((m): [string, number] => [m[1] ?? m[2] ?? '', entry.line + n]);
  });
}

/** The value when it is exactly one string (triple-quoted strings included). */
export function tomlString(value: string): string | undefined {
  const triple = /^("""|''')([\s\S]*)\1$/.exec(value.trim());
  if (triple) return triple[2]?.replace(/^\n/, '');
  const strings = tomlStrings(value);
  return strings.length === 1 && /^["']/.test(value.trim()) ? strings[0] : undefined;
}

const fieldPatterns = new Map<string, RegExp>();

/** A string field of an inline table: `{ text = "MIT" }` -> field 'text' -> "MIT". */
export function tomlField(value: string, field: 'text' | 'file'): string | undefined {
  if (!value.trim().startsWith('{')) return undefined;
  let re = fieldPatterns.get(field);
  if (!re)
    fieldPatterns.set(field, (re = new RegExp(`(?:^|[{,\\s])${field}\\s*=\\s*("(?:[^"\\\\\\n]|\\\\.)*"|'[^'\\n]*')`)));
  const m = re.exec(value);
  return m?.[1] ? tomlString(m[1]) : undefined;
}
