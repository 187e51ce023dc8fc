/**
 * A DPGA record is not ours to rewrite, so the answers schema cannot refuse it: every value the schema
 * does not accept (an unknown key, a choice outside a list, a wrong type) is left out of the answers with
 * a warning instead, and the rest is checked as usual. Pure; the locations move with the values.
 */
import type { ErrorObject } from 'ajv';
import { InputError } from '../errors.js';
import { schemaValidator } from '../lib/schema-validator.js';
import type { AnswerLocation, AnswersWarning, Declaration } from '../model/declaration.js';
import { locationAt } from './claims.js';
import { printable } from './parse.js';
import { describeProblem, pointerSegments, pointerToPath } from './schema-errors.js';

type Segment = string | number;

/** Each round leaves out every refused value; emptying a required list can refuse its parent next round. */
const MAX_ROUNDS = 10;

export interface Pruned {
  readonly answers: Declaration;
  readonly warnings: readonly AnswersWarning[];
}

export function pruneToSchema(
  value: Record<string, unknown>,
  locations: Map<string, AnswerLocation>,
  path: string,
): Pruned {
  const validate = schemaValidator<Declaration>('declaration');
  const warnings: AnswersWarning[] = [];
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    if (validate(value)) return { answers: value, warnings };
    const refused = outermostFirst(validate.errors ?? []);
    // Only a value that is not a mapping at all is refused at the top, and then nothing can be kept.
    if (refused.some((r) => r.segments.length === 0)) break;
    // Deepest and last items first, so removing one item does not move another still to be removed.
    for (const { segments, error } of refused.sort((a, b) => compareSegments(b.segments, a.segments))) {
      const field = fieldOf(segments);
      warnings.push({
        field,
        line: locationAt(locations, field)?.line ?? null,
        message: `${reason(error, printable(field))}; left out`,
      });
      removeAt(value, segments, locations);
    }
  }
  throw new InputError(
    `${path} could not be read as answers`,
    'a DPGA application record is one JSON object of nominee and screening answers',
  );
}

interface Refusal {
  readonly segments: Segment[];
  readonly error: ErrorObject;
}

/** The value each error refuses, once, and none inside another that goes anyway. */
function outermostFirst(errors: readonly ErrorObject[]): Refusal[] {
  const all = errors.map((error) => ({ segments: refusedValue(error), error }));
  const keys = all.map((r) => r.segments.join('/'));
  return all.filter(
    (r, i) =>
      keys.indexOf(keys[i] ?? '') === i &&
      !keys.some((other) => other !== keys[i] && (keys[i] ?? '').startsWith(`${other}/`)),
  );
}

function refusedValue(error: ErrorObject): Segment[] {
  const segments = pointerSegments(error.instancePath);
  const params = error.params as { additionalProperty?: string; i?: number; j?: number };
  if (error.keyword === 'additionalProperties' && params.additionalProperty !== undefined)
    return [...segments, params.additionalProperty];
  // A repeated item: the later copy goes, the first stays.
  if (error.keyword === 'uniqueItems') return [...segments, Math.max(params.i ?? 0, params.j ?? 0)];
  return segments;
}

function reason(error: ErrorObject, field: string): string {
  if (error.keyword === 'additionalProperties') return `${field} is not an answer dpg-check knows`;
  if (error.keyword === 'uniqueItems') return `${field} repeats an earlier item`;
  return describeProblem(error);
}

function compareSegments(a: readonly Segment[], b: readonly Segment[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i += 1) {
    const [x, y] = [a[i], b[i]];
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

function removeAt(
  root: Record<string, unknown>,
  segments: readonly Segment[],
  locations: Map<string, AnswerLocation>,
): void {
  const last = segments[segments.length - 1];
  const parent = segments
    .slice(0, -1)
    .reduce<unknown>(
      (node, key) => (typeof node === 'object' && node !== null ? (node as Record<Segment, unknown>)[key] : undefined),
      root,
    );
  const field = fieldOf(segments);
  if (Array.isArray(parent) && typeof last === 'number') {
    parent.splice(last, 1);
    shiftItems(locations, fieldOf(segments.slice(0, -1)), last);
  } else if (typeof parent === 'object' && parent !== null && last !== undefined) {
    delete (parent as Record<Segment, unknown>)[last];
    for (const key of [...locations.keys()]) if (within(key, field)) locations.delete(key);
  }
}

/** After `list[removed]` is spliced out, the later items' locations move up by one. */
function shiftItems(locations: Map<string, AnswerLocation>, list: string, removed: number): void {
  const entries = [...locations];
  locations.clear();
  const prefix = `${list}[`;
  for (const [key, location] of entries) {
    if (!key.startsWith(prefix)) {
      locations.set(key, location);
      continue;
    }
    const close = key.indexOf(']', prefix.length);
    const index = Number(key.slice(prefix.length, close));
    if (index === removed) continue;
    locations.set(index > removed ? `${prefix}${index - 1}${key.slice(close)}` : key, location);
  }
}

/** ["SDGs", 1, "SDGNumber"] -> "SDGs[1].SDGNumber", whatever characters a key holds. */
function fieldOf(segments: readonly Segment[]): string {
  return pointerToPath(segments.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''));
}

function within(key: string, field: string): boolean {
  return key === field || key.startsWith(`${field}.`) || key.startsWith(`${field}[`);
}
