/**
 * JSON with line numbers. scanJsonLines reads pretty-printed JSON (lock files) line by line, the way npm,
 * Composer and Pipenv write it: each `"key": value` line is visited with the keys of the objects around it.
 * Linear, gives line numbers, and a file cut at the size limit still yields everything before the cut.
 * One-line (minified) JSON is parsed whole and re-indented first. readJsonObject parses a whole manifest
 * and says on which line it is broken.
 */
import { parseJsonObject, type JsonObject } from '../lib/json.js';
import { lineAtOffset } from '../lib/line-numbers.js';
import { linesOf } from './lines.js';
import type { Problem } from './problem.js';

export interface JsonLine {
  /** Keys of the enclosing containers, outermost first; array elements are '#'. Valid during the call only. */
  readonly path: readonly string[];
  /** '#' for a scalar array element on a line of its own (`"MIT"` in a multi-line `license` array). */
  readonly key: string;
  /** The raw value text: `"1.0.0"`, `true`, `{`. */
  readonly value: string;
  /** 1-based. */
  readonly line: number;
}

const KEY_LINE = /^\s*"([^"\\]*(?:\\.[^"\\]*)*)"\s*:(.*)$/;
const ELEMENT = /^\s*"/;
const BRACKET = /[{}[\]]/;
const STRINGS = /"[^"\\]*(?:\\.[^"\\]*)*"/g;

/** Visits every key line; returns a problem when the text is not JSON at all. */
export function scanJsonLines(text: string, visit: (line: JsonLine) => void): Problem | undefined {
  const first = text.trimStart()[0];
  if (first !== '{') return { line: 1, reason: 'not a JSON object' };
  let lines = linesOf(text);
  const minified = lines.length < 3;
  if (minified) {
    const whole = parseJsonObject(text);
    if (!whole) return { line: 1, reason: 'not valid JSON' };
    lines = JSON.stringify(whole, null, 1).split('\n');
  }
  /** The enclosing containers, the root object left out. */
  const stack: string[] = [];
  let root = false;
  lines.forEach((line, i) => {
    const pair = KEY_LINE.exec(line);
    let key: string | undefined = pair ? unescape(pair[1] ?? '') : undefined;
    const at = minified ? 1 : i + 1;
    if (key !== undefined) visit({ path: stack, key, value: valueOf(pair?.[2] ?? ''), line: at });
    else if (ELEMENT.test(line)) visit({ path: stack, key: '#', value: valueOf(line), line: at });
    if (BRACKET.test(line))
      for (const ch of line.replace(STRINGS, '""')) {
        if (ch === '{' || ch === '[') {
          if (root) stack.push(key ?? '#');
          root = true;
          key = undefined;
        } else if (ch === '}' || ch === ']') {
          if (stack.length === 0) root = false;
          stack.pop();
        }
      }
  });
  return undefined;
}

const valueOf = (rest: string): string => {
  const value = rest.trim();
  return value.endsWith(',') ? value.slice(0, -1).trimEnd() : value;
};

const unescape = (key: string): string => (key.includes('\\') ? key.replace(/\\(.)/g, '$1') : key);

/** `"x"` -> x, `true` -> 'true', `["MIT"]` -> 'MIT'. */
export function jsonScalar(value: string): string {
  const quoted = /"((?:[^"\\]|\\.)*)"/.exec(value);
  return quoted ? (quoted[1] ?? '') : value.trim();
}

const JSON_POSITION = /position (\d+)/;

/** A whole JSON manifest (package.json, composer.json), or what is wrong with it: the line of the syntax error. */
export function readJsonObject(text: string): { value?: JsonObject; problem?: Problem } {
  try {
    const value: unknown = JSON.parse(text);
    if (value && typeof value === 'object' && !Array.isArray(value)) return { value: value as JsonObject };
    return { problem: { line: 1, reason: 'not a JSON object' } };
  } catch (error) {
    const at = Number(JSON_POSITION.exec(String(error))?.[1] ?? 0);
    return { problem: { line: lineAtOffset(text, at), reason: 'not valid JSON' } };
  }
}
