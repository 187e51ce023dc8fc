/**
 * The DPG registry's own shapes: the compiled registry (`{ records: [...] }`, ../shared/data/registry.json),
 * one nominee file of DPGAlliance/publicgoods-candidates (`{ name, license, repositories | repositoryURL }`),
 * or a folder of them. Every repository of every product is a target, carrying the product's declared
 * licenses so the summary can compare them with what was found.
 */
import { invalid, parseTarget, type BatchTarget } from '../targets.js';
import type { Declared, InputEntry } from './types.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const strings = (values: unknown[]): string[] =>
  values.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());

export function isRegistry(json: unknown): json is Json & { records: unknown[] } {
  return isObject(json) && Array.isArray(json['records']);
}

export function isNominee(json: unknown): json is Json {
  return (
    isObject(json) &&
    typeof json['name'] === 'string' &&
    ('repositories' in json || 'repositoryURL' in json || 'license' in json)
  );
}

export interface RegistryEntries {
  readonly entries: InputEntry[];
  /** Products that list no repository at all. */
  readonly withoutRepository: string[];
}

/** `registry.json`: records with `licenses: [{spdx}]` and `repositories: [url]`. */
export function registryEntries(
  json: Json & { records: unknown[] },
  shownAs: string,
  apiUrl?: string,
): RegistryEntries {
  const result: RegistryEntries = { entries: [], withoutRepository: [] };
  json.records.forEach((record, index) => {
    if (!isObject(record)) return;
    const slug = typeof record['slug'] === 'string' ? record['slug'] : `#${index}`;
    const urls = Array.isArray(record['repositories']) ? strings(record['repositories']) : [];
    const declared = declaredOf(record, 'licenses', slug);
    addProduct(result, urls, declared, `${shownAs} records[${index}] (${slug})`, apiUrl);
  });
  return result;
}

/** What the caller knows of a nominee file beyond its content: where it is, and the DPGA's exclusion reason. */
export interface NomineeFile {
  readonly shownAs: string;
  /** Its absolute path: every repository of the product is checked against it (none for standard input). */
  readonly path?: string;
  readonly excludedReason?: string;
}

/** One nominee file: `license: [{spdx, licenseURL}]` and `repositories: [{url}]` or the legacy `repositoryURL`. */
export function nomineeEntries(json: Json, file: NomineeFile, into: RegistryEntries, apiUrl?: string): void {
  const listed = Array.isArray(json['repositories'])
    ? json['repositories'].map((r) => (isObject(r) ? r['url'] : r))
    : [];
  const legacy = typeof json['repositoryURL'] === 'string' ? [json['repositoryURL']] : [];
  const declared: Declared = {
    ...declaredOf(json, 'license', String(json['name'])),
    stage: typeof json['stage'] === 'string' ? json['stage'] : '',
    ...(file.excludedReason !== undefined ? { excludedReason: file.excludedReason } : {}),
  };
  addProduct(into, strings([...listed, ...legacy]), declared, file.shownAs, apiUrl, file.path);
}

function addProduct(
  into: RegistryEntries,
  urls: readonly string[],
  declared: Declared,
  from: string,
  apiUrl?: string,
  answersFile?: string,
): void {
  if (urls.length === 0) into.withoutRepository.push(declared.product);
  const answers = answersFile === undefined ? {} : { answersFile };
  for (const url of urls) into.entries.push({ target: remoteTarget(url, apiUrl), from, declared, ...answers });
}

function declaredOf(record: Json, field: string, fallbackName: string): Declared {
  const list = Array.isArray(record[field]) ? record[field] : [];
  const licenses = strings(list.map((l) => (isObject(l) ? l['spdx'] : undefined)));
  const product = typeof record['name'] === 'string' ? record['name'] : fallbackName;
  return { product, licenses };
}

/** A registry names repositories by URL; it never means a folder on this machine. */
function remoteTarget(url: string, apiUrl?: string): BatchTarget {
  const target = parseTarget(url, { baseDir: '/', isDirectory: () => false, ...(apiUrl ? { apiUrl } : {}) });
  if (target.kind !== 'local') return target;
  return invalid(url, `${url} is not a repository URL`, 'the registry should list https://github.com/OWNER/NAME');
}
