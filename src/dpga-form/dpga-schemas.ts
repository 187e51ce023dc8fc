/**
 * The DPGA's own nominee and screening schemas (schemas/vendor/dpga, Unlicense), compiled on first use,
 * and the answers they require, walked from the schemas themselves rather than copied into a list.
 */
import { readFileSync } from 'node:fs';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { loadAjv } from '../lib/lazy.js';

export type DpgaPart = 'nominee' | 'screening';

interface SchemaNode {
  readonly type?: string;
  readonly required?: readonly string[];
  readonly properties?: Readonly<Record<string, SchemaNode>>;
  readonly enum?: readonly unknown[];
  readonly items?: SchemaNode;
}

const files: Record<DpgaPart, URL> = {
  nominee: new URL('../../schemas/vendor/dpga/nominee-schema.json', import.meta.url),
  screening: new URL('../../schemas/vendor/dpga/screening-schema.json', import.meta.url),
};
const cache = new Map<DpgaPart, { schema: SchemaNode; validate: ValidateFunction }>();

function load(part: DpgaPart): { schema: SchemaNode; validate: ValidateFunction } {
  let entry = cache.get(part);
  if (!entry) {
    const schema = withoutIds(JSON.parse(readFileSync(files[part], 'utf8')) as Record<string, unknown>);
    const Ajv = loadAjv();
    // Not strict: the screening schema uses a keyword of its own ("contentType") and uniqueItems on strings.
    const validate = new Ajv({ allErrors: true, strict: false, verbose: true }).compile(schema);
    entry = { schema: schema as SchemaNode, validate };
    cache.set(part, entry);
  }
  return entry;
}

/** Both files say `"$id": ""` and one names draft-07 without its '#': neither matters for validating, both upset ajv. */
export function withoutIds(schema: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(schema).filter(([key]) => key !== '$id' && key !== '$schema'));
}

/** Errors other than missing answers: those are listed separately, by requiredAnswers(). */
export function schemaProblems(part: DpgaPart, data: unknown): ErrorObject[] {
  const { validate } = load(part);
  return validate(data) ? [] : (validate.errors ?? []).filter((e) => e.keyword !== 'required');
}

/** Dotted paths of every required answer, down through required objects ("doNoHarm.preventHarm.stepsToPreventHarm"). */
export function requiredAnswers(part: DpgaPart): string[] {
  const walk = (node: SchemaNode, prefix: string): string[] =>
    (node.required ?? []).flatMap((key) => {
      const child = node.properties?.[key];
      const path = prefix ? `${prefix}.${key}` : key;
      return child?.type === 'object' && child.required ? walk(child, path) : [path];
    });
  return walk(load(part).schema, '');
}

/** The license ids the DPGA form accepts (a 2020 snapshot using deprecated GNU ids). */
export function formLicenseIds(): ReadonlySet<string> {
  const ids = load('nominee').schema.properties?.['license']?.items?.properties?.['spdx']?.enum ?? [];
  return new Set(ids.filter((id): id is string => typeof id === 'string'));
}
