/**
 * Legacy shapes of DPGA application records, turned into today's shape (model/declaration.ts). Every one
 * is a shape the DPGA itself held in DPGAlliance/publicgoods-candidates: `SDGs` as `[number, title]` pairs
 * and `repositoryURL` are still in records there; the others are what its migration scripts
 * (scripts/migrate-v0.2.0.js, -v0.3.0.js, -v0.7.0.js) rewrote, and are read the way those scripts did.
 * Pure: works on a copy, and says what it changed so a report can show where a legacy shape was found.
 */
import sdgs from '../data/sdgs.json' with { type: 'json' };
import type { AnswersWarning } from '../model/declaration.js';
import { isMapping, printable } from './parse.js';

type Tree = Record<string, unknown>;

/** One change, before the loader adds the line: `from` is where the legacy value sits in the file, `to` the answer it became. */
export interface LegacyChange {
  readonly from: string;
  readonly to: string;
  readonly found: string;
  readonly became: string;
}

export interface Normalised {
  readonly value: Tree;
  readonly changes: readonly LegacyChange[];
  readonly warnings: readonly AnswersWarning[];
}

interface Work {
  readonly record: Tree;
  readonly changes: LegacyChange[];
  readonly warnings: AnswersWarning[];
}

/** In the order the DPGA's own migrations ran, so a record from any year comes out in today's shape. */
const STEPS: readonly ((work: Work) => void)[] = [
  licenseStrings,
  licenseLink,
  sdgNumbers,
  sdgEvidence,
  repositoryUrl,
  initialism,
  supportedBy,
];

export function normaliseLegacy(record: Tree): Normalised {
  const work: Work = { record: structuredClone(record), changes: [], warnings: [] };
  for (const step of STEPS) step(work);
  return { value: work.record, changes: work.changes, warnings: work.warnings };
}

/** Before 2020-01 (migrate-v0.2.0.js): `license: ["MIT"]` with one `license_link` for the lot. */
function licenseStrings({ record, changes }: Work): void {
  if (typeof record['license'] === 'string') record['license'] = [record['license']];
  const licenses = record['license'];
  if (!Array.isArray(licenses)) return;
  const link = typeof record['license_link'] === 'string' ? record['license_link'] : undefined;
  // One link for the lot fits only a single license; with several it stays, and the loader warns about it.
  const linked = link !== undefined && licenses.length === 1 && typeof licenses[0] === 'string';
  licenses.forEach((item, i) => {
    if (typeof item !== 'string') return;
    licenses[i] = { spdx: item, ...(linked ? { licenseURL: link } : {}) };
    changes.push({
      to: `license[${i}]`,
      from: `license[${i}]`,
      found: short(item),
      became: `spdx ${item}${linked ? ', licenseURL from license_link' : ''}`,
    });
  });
  if (linked) delete record['license_link'];
}

/** Before 2020-03 (migrate-v0.3.0.js): `license[].link`, now `licenseURL`. */
function licenseLink({ record, changes }: Work): void {
  eachTree(record['license'], (item, i) => {
    if (typeof item['link'] !== 'string') return;
    if (item['licenseURL'] === undefined) item['licenseURL'] = item['link'];
    changes.push({
      to: `license[${i}].licenseURL`,
      from: `license[${i}].link`,
      found: short(item['link']),
      became: `license[${i}].licenseURL`,
    });
    delete item['link'];
  });
}

/** `SDGs: [3]` (before 2020-03) and `SDGs: [[3, "Good Health and Well-Being"]]` (until 2020-10, still held). */
function sdgNumbers({ record, changes, warnings }: Work): void {
  const goals = record['SDGs'];
  if (!Array.isArray(goals)) return;
  goals.forEach((item, i) => {
    const pair = Array.isArray(item) && typeof item[0] === 'number' ? item : undefined;
    const number = typeof item === 'number' ? item : pair?.[0];
    if (typeof number !== 'number') return;
    goals[i] = { SDGNumber: number };
    changes.push({ to: `SDGs[${i}]`, from: `SDGs[${i}]`, found: short(item), became: `SDGNumber ${number}` });
    const title = pair?.[1];
    if (typeof title === 'string' && !namesGoal(title, number)) {
      warnings.push({
        field: `SDGs[${i}]`,
        line: null,
        message: `SDGs[${i}] pairs SDG ${number} with the title "${printable(title)}"; the number is used`,
      });
    }
  });
}

/** Before 2020-10 (migrate-v0.7.0.js): one `SDGevidence` for the whole record, copied into every SDG as the DPGA did. */
function sdgEvidence({ record, changes }: Work): void {
  const evidence = record['SDGevidence'];
  if (typeof evidence !== 'string') return;
  eachTree(record['SDGs'], (goal, i) => {
    if (goal['evidenceText'] !== undefined) return;
    goal['evidenceText'] = evidence;
    changes.push({
      to: `SDGs[${i}].evidenceText`,
      from: 'SDGevidence',
      found: short(evidence),
      became: `SDGs[${i}].evidenceText`,
    });
  });
  delete record['SDGevidence'];
}

/** `repositoryURL` (still held) and its older name `repo_main`: one URL, now an item of `repositories`. */
function repositoryUrl({ record, changes }: Work): void {
  for (const key of ['repositoryURL', 'repo_main']) {
    const url = record[key];
    if (typeof url !== 'string') continue;
    delete record[key];
    const repositories = Array.isArray(record['repositories']) ? record['repositories'] : (record['repositories'] = []);
    const already = repositories.findIndex((r) => isMapping(r) && r['url'] === url);
    const index = already >= 0 ? already : repositories.push({ url }) - 1;
    changes.push({ to: `repositories[${index}]`, from: key, found: short(url), became: `repositories[${index}].url` });
  }
}

/** Before 2020-03 (migrate-v0.3.0.js): `initialism`, now one of `aliases`. */
function initialism({ record, changes }: Work): void {
  const value = record['initialism'];
  if (typeof value !== 'string') return;
  delete record['initialism'];
  const aliases = Array.isArray(record['aliases']) ? record['aliases'] : (record['aliases'] = []);
  const index = aliases.includes(value) ? aliases.indexOf(value) : aliases.push(value) - 1;
  changes.push({ to: `aliases[${index}]`, from: 'initialism', found: short(value), became: `aliases[${index}]` });
}

/** Before 2020-03 (migrate-v0.3.0.js): `supported_by: [{org_name}]`, which the DPGA turned into funders. */
function supportedBy({ record, changes }: Work): void {
  const supporters = record['supported_by'];
  if (!Array.isArray(supporters)) return;
  const named = supporters.filter((s): s is Tree => isMapping(s) && typeof s['org_name'] === 'string');
  if (named.length !== supporters.length) return; // not the shape the migration knew: left for the loader to warn about
  delete record['supported_by'];
  const organizations = Array.isArray(record['organizations'])
    ? record['organizations']
    : (record['organizations'] = []);
  named.forEach((supporter, i) => {
    const index = organizations.push({ name: supporter['org_name'], org_type: 'funder' }) - 1;
    changes.push({
      to: `organizations[${index}]`,
      from: `supported_by[${i}]`,
      found: short(supporter),
      became: `organizations[${index}] (funder)`,
    });
  });
}

function namesGoal(title: string, number: number): boolean {
  const goal = sdgs.goals.find((g) => g.number === number);
  const wanted = title.trim().toLowerCase();
  return !!goal && [goal.name, ...goal.aliases].some((name) => name.toLowerCase() === wanted);
}

function eachTree(list: unknown, visit: (item: Tree, index: number) => void): void {
  if (Array.isArray(list))
    list.forEach((item, i) => {
      if (isMapping(item)) visit(item, i);
    });
}

/** A legacy value as the report quotes it: JSON, cut short. */
function short(value: unknown): string {
  const json = JSON.stringify(value);
  return json.length <= 60 ? json : `${json.slice(0, 59)}…`;
}
