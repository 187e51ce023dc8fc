/**
 * A config's text as a YAML document with positions. The problem wording and `file:line:col` lines are
 * the declarations loader's (src/declarations/parse.ts, schema-errors.ts), so both files read alike.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { answersError, firstLine, type Problem } from '../declarations/parse.js';
import { pointerToPath, problemOf } from '../declarations/schema-errors.js';
import { loadYaml } from '../lib/lazy.js';

export interface PositionedDoc {
  readonly doc: Document;
  /** "file:line:col" of an offset into the text. */
  at(offset: number): string;
}

export function parseConfigText(shown: string, text: string, hint: string): PositionedDoc {
  const { LineCounter, parseDocument } = loadYaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${shown}:${line}:${col}`;
  };
  const syntax = doc.errors.map((e) => ({ offset: e.pos[0], text: firstLine(e.message) }));
  if (syntax.length > 0) throw answersError(shown, syntax, at, hint);
  return { doc, at };
}

/** ajv errors located in the file; the declarations wording speaks of "answers", a config has settings. */
export function configProblems(doc: Document, errors: readonly ErrorObject[]): Problem[] {
  return errors.map((error) => {
    const problem = problemOf(doc, error);
    const text = isIndicatorEnum(error)
      ? `${pointerToPath(error.instancePath)} must be an indicator: 1 to 8, 9a, 9b, 9c, or its slug (e.g. documentation)`
      : problem.text.replace('is not a known answer', 'is not a known setting');
    return { ...problem, text };
  });
}

/** The indicator list is 30 values long: name the rule instead of listing them. */
function isIndicatorEnum(error: ErrorObject): boolean {
  const allowed = (error.params as { allowedValues?: unknown[] }).allowedValues;
  return error.keyword === 'enum' && Array.isArray(allowed) && allowed.includes('documentation');
}

/** The offset of the deepest node that exists along a path, for problems the schema cannot express. */
export function offsetOfPath(doc: Document, segments: readonly (string | number)[]): number {
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(segments.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

export { answersError as invalidConfig, type Problem };
