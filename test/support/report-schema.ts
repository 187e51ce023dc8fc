/** Validates reports against schemas/report.schema.json, the published JSON contract. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { PROJECT_ROOT } from './cli.js';

const schema = JSON.parse(readFileSync(join(PROJECT_ROOT, 'schemas', 'report.schema.json'), 'utf8')) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema violations, as readable strings; empty when the report is valid. */
export function validateReport(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}
