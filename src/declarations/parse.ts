/**
 * Hostile-input parsing shared by every answers file (dpg.yml, publiccode.yml): a size cap, YAML with
 * source positions, no alias-expansion bombs, and every problem reported as `file:line:col message`.
 */
import type { Document, LineCounter } from 'yaml';
import { InputError } from '../errors.js';
import { loadYaml } from '../lib/lazy.js';
import type { RepoSnapshot } from '../model/snapshot.js';

/** Real answers files are a few KB; anything past this is a mistake or an attack. */
export const ANSWERS_MAX_BYTES = 256 * 1024;
/** No answers file needs aliases at all; a few are tolerated, an expansion bomb is not. */
const MAX_ALIAS_COUNT = 50;

const STACK_OVERFLOW = /maximum call stack/i;

function tooDeep(path: string): InputError {
  return new InputError(
    `${path} nests lists or mappings too deeply to read`,
    `answers are at most a few levels deep; see dpg-check init for the shape`,
  );
}

export interface ParsedAnswers {
  readonly path: string;
  readonly doc: Document;
  readonly value: unknown;
  /** `file:line:col` of an offset in the text. */
  readonly at: (offset: number) => string;
  readonly lineOf: (offset: number) => number;
}

export interface Problem {
  readonly offset: number;
  readonly text: string;
}

export function parseAnswersFile(repo: RepoSnapshot, path: string, schemaHint: string): ParsedAnswers {
  refuseOversized(repo, path);
  return parseAnswersText(path, repo.texts.get(path) ?? '', schemaHint);
}

/**
 * The same for a text already in hand. `uniqueKeys: false` is for JSON records, which the DPGA holds as
 * JSON.parse reads them (a repeated key: the last one wins); a hand-written file is told about the repeat.
 */
export function parseAnswersText(
  path: string,
  text: string,
  schemaHint: string,
  { uniqueKeys = true } = {},
): ParsedAnswers {
  const { LineCounter: Counter, parseDocument } = loadYaml();
  const lines: LineCounter = new Counter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const lineOf = (offset: number) => lines.linePos(offset).line;
  // The parser reports its own stack overflow as a syntax error; say what it means.
  if (doc.errors.some((e) => STACK_OVERFLOW.test(e.message))) throw tooDeep(path);
  const syntax = doc.errors.map((e) => ({ offset: e.pos[0], text: firstLine(e.message) }));
  if (syntax.length > 0) throw answersError(path, syntax, at, schemaHint);
  return { path, doc, value: toValue(doc, path, at), at, lineOf };
}

export function refuseOversized(repo: RepoSnapshot, path: string): void {
  const size = repo.files.find((f) => f.path === path)?.size ?? 0;
  const truncated = repo.notes.some((n) => n.path === path && n.reason === 'truncated');
  if (size > ANSWERS_MAX_BYTES || truncated) throw oversized(path, size);
}

export function oversized(path: string, bytes: number): InputError {
  return new InputError(
    `${path} is ${Math.ceil(bytes / 1024)} KiB; answers files are read only up to ${ANSWERS_MAX_BYTES / 1024} KiB`,
    `keep ${path} to the answers themselves and link long texts instead of pasting them`,
  );
}

/** Empty answers (`collectsPII:` or `~`) mean "not answered yet", as written by `dpg-check init`. */
function toValue(doc: Document, path: string, at: (offset: number) => string): unknown {
  try {
    return dropNulls(doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {});
  } catch (err) {
    if (!/alias/i.test((err as Error).message)) throw tooDeep(path);
    const alias = firstAliasOffset(doc);
    const where = alias === undefined ? path : at(alias);
    throw new InputError(
      `${where} uses YAML aliases that expand too far (${firstLine((err as Error).message)})`,
      `write the values out in ${path} instead of using & anchors and * aliases`,
    );
  }
}

/** A mapping (YAML) or object (JSON): not a list, not a scalar. */
export function isMapping(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function dropNulls(value: unknown): unknown {
  // Inside lists a null stays, so the schema reports it at its position instead of shifting the items.
  if (Array.isArray(value)) return value.map(dropNulls);
  if (value === null || typeof value !== 'object') return value;
  const kept = Object.entries(value)
    .filter(([, v]) => v !== null)
    .map(([k, v]) => [k, dropNulls(v)]);
  return Object.fromEntries(kept);
}

function firstAliasOffset(doc: Document): number | undefined {
  const { visit, isAlias } = loadYaml();
  let offset: number | undefined;
  visit(doc, (_key, node) => {
    if (isAlias(node) && node.range) {
      offset = node.range[0];
      return visit.BREAK;
    }
    return undefined;
  });
  return offset;
}

/** All problems, in file order, each once. */
export function answersError(
  path: string,
  problems: readonly Problem[],
  at: (offset: number) => string,
  hint: string,
): InputError {
  const lines = [...problems].sort((a, b) => a.offset - b.offset).map((p) => `${at(p.offset)} ${p.text}`);
  return new InputError([...new Set(lines)].join('\n'), hint);
}

/**
 * A value from the file as a message quotes it: control characters (a terminal escape in a hostile
 * record) become "?", and a long one is cut.
 */
export function printable(text: string, max = 80): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must not reach a terminal
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length <= max ? clean : `${clean.slice(0, max - 1)}…`;
}

export function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
