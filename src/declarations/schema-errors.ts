/** Turns ajv's errors into positions in the user's file and sentences a person can act on. */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { loadYaml } from '../lib/lazy.js';
import type { Problem } from './parse.js';

const MAX_CHOICES_SHOWN = 8;

export function problemOf(doc: Document, error: ErrorObject): Problem {
  return { offset: offsetOf(doc, error), text: describeProblem(error) };
}

/** Where in the file an ajv error points: the offending value or unknown key, or the object missing a key. */
function offsetOf(doc: Document, error: ErrorObject): number {
  const segments = pointerSegments(error.instancePath);
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

/** What is wrong, in a sentence that names the field ("SDGs[1].SDGNumber must be 1–17"). */
export function describeProblem(error: ErrorObject): string {
  const where = pointerToPath(error.instancePath);
  const params = error.params as Record<string, unknown>;
  if (error.keyword === 'additionalProperties') {
    const key = String(params['additionalProperty']);
    const guess = closestKey(
      key,
      Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}),
    );
    return `${where ? `${where}.` : ''}${key} is not a known answer (${guess ? `did you mean ${guess}?` : 'check its spelling'})`;
  }
  if (error.keyword === 'required') return `${where || 'the file'} must have ${String(params['missingProperty'])}`;
  if (error.keyword === 'enum') {
    const allowed = (params['allowedValues'] as unknown[]).filter((v) => v !== null).map((v) => JSON.stringify(v));
    // A long list (the DPGA's 72 sectors) would bury the line: name a few and where the rest are.
    if (allowed.length > MAX_CHOICES_SHOWN)
      return `${where} must be one of the ${allowed.length} choices in schemas/declaration.schema.json (${allowed.slice(0, 3).join(', ')}, …)`;
    return `${where} must be one of ${allowed.join(', ')}`;
  }
  const range = rangeOf(error);
  if (range) return `${where} must be ${range}`;
  if (error.keyword === 'type')
    return `${where || 'the file'} must be ${article(String(params['type']).split(',')[0] ?? '')}`;
  return `${where || 'the file'} ${error.message ?? 'is invalid'}`;
}

/** "must be 1–17" rather than ajv's "must be >= 1": the whole allowed range, from the schema (ajv `verbose`). */
function rangeOf(error: ErrorObject): string | undefined {
  if (error.keyword !== 'minimum' && error.keyword !== 'maximum') return undefined;
  const schema = error.parentSchema as { minimum?: number; maximum?: number } | undefined;
  if (schema?.minimum === undefined || schema.maximum === undefined) return undefined;
  return `${schema.minimum}–${schema.maximum}`;
}

function article(type: string): string {
  const names: Record<string, string> = {
    object: 'a mapping (key: value lines)',
    array: 'a list',
    string: 'text',
    integer: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
  };
  return names[type] ?? type;
}

/** "/SDGs/1/SDGNumber" -> "SDGs[1].SDGNumber" */
export function pointerToPath(pointer: string): string {
  return pointer
    .split('/')
    .slice(1)
    .map(unescapePointer)
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '');
}

/** "/SDGs/1/SDGNumber" -> ["SDGs", 1, "SDGNumber"] */
export function pointerSegments(pointer: string): (string | number)[] {
  return pointer.split('/').slice(1).map(unescapePointer).map(asKey);
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

function asKey(segment: string): string | number {
  return /^\d+$/.test(segment) ? Number(segment) : segment;
}

/** The known key a typo most likely meant: same letters ignoring case, or at most a third of them different. */
function closestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of known) {
    const distance = name.toLowerCase() === lower ? 0 : editDistance(lower, name.toLowerCase());
    if (distance <= Math.max(1, Math.floor(name.length / 3)) && (!best || distance < best.distance))
      best = { name, distance };
  }
  return best?.name;
}

/** Levenshtein distance; keys are short (schema names, and a typo is cut at 64 characters). */
function editDistance(a: string, b: string): number {
  const left = a.slice(0, 64);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = left[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}
