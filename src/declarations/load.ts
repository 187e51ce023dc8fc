/**
 * Finds the declared answers (dpg.yml, .dpg.yml, dpg.json) in a snapshot, parses them with
 * source positions and validates them against schemas/declaration.schema.json.
 * Every problem is reported at once, as `file:line:col message`.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import { InputError } from '../errors.js';
import { loadAjv, loadYaml } from '../lib/lazy.js';
import type { Declaration, DeclaredAnswers } from '../model/declaration.js';
import type { RepoSnapshot } from '../model/snapshot.js';

/** Looked for in this order; the first that exists is used. */
export const DECLARATION_FILES = ['dpg.yml', 'dpg.yaml', '.dpg.yml', '.dpg.yaml', 'dpg.json'] as const;

// The schema ships beside dist/ and src/ alike (package.json "files"), so one relative URL serves both.
const schemaUrl = new URL('../../schemas/declaration.schema.json', import.meta.url);
let validator: ValidateFunction<Declaration> | undefined;

/** Compiled on first use: most repositories have no answers file, and compiling costs ~70 ms. */
function validatorOf(): ValidateFunction<Declaration> {
  if (!validator) {
    const schema: unknown = JSON.parse(readFileSync(schemaUrl, 'utf8'));
    const Ajv = loadAjv();
    validator = new Ajv({ allErrors: true, strict: true }).compile<Declaration>(schema as object);
  }
  return validator;
}

export function loadDeclaration(repo: RepoSnapshot): DeclaredAnswers | undefined {
  const path = DECLARATION_FILES.find((name) => repo.texts.has(name));
  if (path === undefined) return undefined;
  const text = repo.texts.get(path) ?? '';
  const { LineCounter, parseDocument } = loadYaml();
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const syntax = doc.errors.map((e) => ({ offset: e.pos[0], text: firstLine(e.message) }));
  if (syntax.length > 0) throw invalid(path, syntax, at);
  const answers: unknown = doc.toJS() ?? {};
  const validate = validatorOf();
  if (validate(answers)) return { path, answers };
  throw invalid(path, (validate.errors ?? []).map((e) => ({ offset: offsetOf(doc, e), text: describe(e) })), at);
}

interface Problem { readonly offset: number; readonly text: string }

/** All problems, in file order, each once. */
function invalid(path: string, problems: readonly Problem[], at: (offset: number) => string): InputError {
  const lines = [...problems].sort((a, b) => a.offset - b.offset).map((p) => `${at(p.offset)} ${p.text}`);
  return new InputError([...new Set(lines)].join('\n'), `the answers in ${path} must follow schemas/declaration.schema.json`);
}

/** Where in the file an ajv error points: the offending value or unknown key, or the object missing a key. */
function offsetOf(doc: Document, error: ErrorObject): number {
  const segments = error.instancePath.split('/').slice(1).map(unescapePointer).map(asKey);
  if (error.keyword === 'additionalProperties') {
    const { isMap, isScalar } = loadYaml();
    const map = doc.getIn(segments, true);
    const unknownKey = (error.params as { additionalProperty?: string }).additionalProperty;
    const pair = isMap(map) ? map.items.find((p) => isScalar(p.key) && p.key.value === unknownKey) : undefined;
    if (isScalar(pair?.key) && pair.key.range) return pair.key.range[0];
  }
  for (let depth = segments.length; depth >= 0; depth -= 1) {
    const node = doc.getIn(segments.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node?.range) return node.range[0];
  }
  return 0;
}

function describe(error: ErrorObject): string {
  const where = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    return `${where ? `${where}.` : ''}${String(params['additionalProperty'])} is not a known answer (check its spelling)`;
  }
  if (error.keyword === 'required') return `${where || 'the file'} must have ${String(params['missingProperty'])}`;
  if (error.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ');
    return `${where} must be one of ${allowed}`;
  }
  return `${where || 'the file'} ${error.message ?? 'is invalid'}`;
}

/** "/SDGs/1/SDGNumber" -> "SDGs[1].SDGNumber" */
function pointerToPath(pointer: string): string {
  return pointer.split('/').slice(1).map(unescapePointer)
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function asKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

function firstLine(message: string): string {
  return message.split('\n')[0] ?? message;
}
