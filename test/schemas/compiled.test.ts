/**
 * schemas/compiled/<name>.validate.cjs is schemas/<name>.schema.json compiled ahead of time by ajv
 * (standalone code), so a run does not pay ~90 ms for ajv at start-up. This test keeps them current:
 * `UPDATE_COMPILED_SCHEMAS=1 npx vitest run test/schemas/compiled.test.ts` rewrites them.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Ajv, type ValidateFunction } from 'ajv';
import standalone from 'ajv/dist/standalone/index.js';
import { describe, expect, it } from 'vitest';
import {
  compiledUrl,
  SCHEMA_AJV_OPTIONS,
  SCHEMA_NAMES,
  schemaUrl,
  type SchemaName,
} from '../../src/lib/schema-validator.js';

const header = (name: SchemaName) =>
  `// Generated from schemas/${name}.schema.json by ajv standalone: do not edit.\n` +
  '// Regenerate: UPDATE_COMPILED_SCHEMAS=1 npx vitest run test/schemas/compiled.test.ts\n';

function freshlyCompiled(name: SchemaName): { code: string; validate: ValidateFunction } {
  const ajv = new Ajv({ ...SCHEMA_AJV_OPTIONS, code: { source: true } });
  const validate = ajv.compile(JSON.parse(readFileSync(schemaUrl(name), 'utf8')) as object);
  return { code: header(name) + standalone.default(ajv, validate), validate };
}

/** Valid and invalid documents of each schema: the compiled and the run-time validator must agree on all. */
const SAMPLES: Record<SchemaName, unknown[]> = {
  declaration: [
    { SDGs: [{ SDGNumber: 18 }, { SDGNumbr: 3 }] },
    { privacy: { isPrivacyCompliant: 'maybe' }, name: 7 },
    { doNoHarm: { dataPrivacySecurity: { collectsPII: 'Yes', typesOfDataCollected: 'all' } }, unknownKey: true },
    { name: 'ok', type: ['software'], SDGs: [{ SDGNumber: 3, evidenceText: 'x', evidenceURL: 'https://example.org' }] },
  ],
  config: [
    { 'fail-on': 'sometimes', 'min-score': 'high' },
    { waivers: [{ indicator: '4' }], plugin: ['x.js'] },
    {
      'fail-on': 'fail',
      'min-score': 60,
      indicators: { skip: ['9b'] },
      waivers: [{ indicator: '4', reason: 'r', expires: '2099-12-31' }],
    },
  ],
};

const simplify = (errors: ValidateFunction['errors']) =>
  (errors ?? []).map(({ instancePath, keyword, params, message }) => ({ instancePath, keyword, params, message }));

describe.each(SCHEMA_NAMES)('the precompiled %s validator', (name) => {
  const file = fileURLToPath(compiledUrl(name));

  it('is the current schema compiled with the run-time options', () => {
    const { code } = freshlyCompiled(name);
    if (process.env['UPDATE_COMPILED_SCHEMAS'] === '1') writeFileSync(file, code);
    expect(
      readFileSync(file, 'utf8'),
      'stale: run UPDATE_COMPILED_SCHEMAS=1 npx vitest run test/schemas/compiled.test.ts',
    ).toBe(code);
  });

  it('answers exactly as the schema compiled at run time does', () => {
    const compiled = createRequire(import.meta.url)(file) as ValidateFunction;
    const { validate } = freshlyCompiled(name);
    const verdicts = SAMPLES[name].map((sample) => {
      const ok = compiled(sample);
      expect(ok).toBe(validate(sample));
      expect(simplify(compiled.errors)).toEqual(simplify(validate.errors));
      return ok;
    });
    expect(verdicts, 'samples must include valid and invalid documents').toContain(true);
    expect(verdicts).toContain(false);
  });
});
