/**
 * Validates SARIF against the vendored OASIS schema (draft 2020-12) and against what GitHub code
 * scanning needs beyond the schema (its SARIF support page and the SARIF SDK's GH* rules).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { PROJECT_ROOT } from '../support/cli.js';

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const schema = JSON.parse(
  readFileSync(join(PROJECT_ROOT, 'schemas', 'vendor', 'sarif-schema-2.1.0.json'), 'utf8'),
) as object;
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);

export function sarifSchemaErrors(log: unknown): string[] {
  if (validate(log)) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''}`);
}

interface Loose {
  [key: string]: unknown;
}
const obj = (value: unknown): Loose => (value !== null && typeof value === 'object' ? (value as Loose) : {});
const arr = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** GitHub-specific rules: every result located at a relative file with a start line, ruleId matching its rule. */
export function githubProblems(log: unknown): string[] {
  const problems: string[] = [];
  const runs = arr(obj(log)['runs']);
  if (runs.length !== 1) problems.push(`expected one run, got ${runs.length}`);
  runs.forEach((run, r) => {
    const driver = obj(obj(obj(run)['tool'])['driver']);
    const rules = arr(driver['rules']).map(obj);
    const ruleIds = rules.map((rule) => rule['id']);
    if (new Set(ruleIds).size !== ruleIds.length) problems.push(`run ${r}: duplicate rule ids`);
    for (const rule of rules) {
      for (const field of ['shortDescription', 'fullDescription', 'help']) {
        if (typeof obj(rule[field])['text'] !== 'string' || obj(rule[field])['text'] === '')
          problems.push(`rule ${String(rule['id'])}: no ${field}.text`);
      }
    }
    const fingerprints = new Set<string>();
    arr(obj(run)['results'])
      .map(obj)
      .forEach((result, i) => {
        const where = `run ${r} result ${i}`;
        const index = result['ruleIndex'];
        if (!ruleIds.includes(result['ruleId']))
          problems.push(`${where}: ruleId ${String(result['ruleId'])} is not a rule`);
        if (typeof index === 'number' && ruleIds[index] !== result['ruleId'])
          problems.push(`${where}: ruleIndex ${index} is not ${String(result['ruleId'])}`);
        const locations = arr(result['locations']).map(obj);
        if (locations.length < 1 || locations.length > 10) problems.push(`${where}: ${locations.length} locations`);
        for (const location of locations) {
          const physical = obj(location['physicalLocation']);
          const uri = obj(physical['artifactLocation'])['uri'];
          if (typeof uri !== 'string' || uri === '') problems.push(`${where}: no uri`);
          else if (
            /^[a-z][a-z0-9+.-]*:/i.test(uri) ||
            uri.startsWith('/') ||
            uri.startsWith('./') ||
            uri.split('/').includes('..')
          )
            problems.push(`${where}: uri ${uri} is not a clean relative path`);
          const line = obj(physical['region'])['startLine'];
          if (typeof line !== 'number' || line < 1) problems.push(`${where}: no region.startLine`);
        }
        const fp = JSON.stringify(result['partialFingerprints'] ?? null);
        if (fingerprints.has(fp)) problems.push(`${where}: duplicate partialFingerprints ${fp}`);
        fingerprints.add(fp);
      });
  });
  return problems;
}
