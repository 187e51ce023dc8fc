/**
 * Validators for our own JSON Schemas (schemas/<name>.schema.json). Loading ajv and compiling a schema
 * cost about 90 ms, a quarter of a whole check; each schema is therefore also compiled ahead of time
 * (ajv standalone code in schemas/compiled/, kept current by test/schemas/compiled.test.ts) and
 * that loads in a few. Compiling at run time remains the fallback should a compiled file be missing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { ValidateFunction } from 'ajv';
import { loadAjv } from './lazy.js';

export type SchemaName = 'declaration' | 'config';
export const SCHEMA_NAMES: readonly SchemaName[] = ['declaration', 'config'];

/** The options every schema is compiled with, ahead of time and at run time alike. */
export const SCHEMA_AJV_OPTIONS = {
  allErrors: true,
  strict: true,
  // verbose: errors carry their schema, so a range error can say "must be 1–17".
  verbose: true,
  // allowUnionTypes: an answer may be its type or null ("not answered yet").
  allowUnionTypes: true,
} as const;

// schemas/ ships beside dist/ and src/ alike (package.json "files"), so one relative URL serves both.
export const schemaUrl = (name: SchemaName) => new URL(`../../schemas/${name}.schema.json`, import.meta.url);
export const compiledUrl = (name: SchemaName) =>
  new URL(`../../schemas/compiled/${name}.validate.cjs`, import.meta.url);

const validators = new Map<SchemaName, ValidateFunction>();

export function schemaValidator<T>(name: SchemaName): ValidateFunction<T> {
  let validate = validators.get(name);
  if (!validate) validators.set(name, (validate = loadCompiled(name) ?? compileNow(name)));
  return validate as ValidateFunction<T>;
}

function loadCompiled(name: SchemaName): ValidateFunction | undefined {
  try {
    return createRequire(import.meta.url)(fileURLToPath(compiledUrl(name))) as ValidateFunction;
  } catch {
    return undefined;
  }
}

function compileNow(name: SchemaName): ValidateFunction {
  const schema: unknown = JSON.parse(readFileSync(schemaUrl(name), 'utf8'));
  return new (loadAjv())(SCHEMA_AJV_OPTIONS).compile(schema as object);
}
