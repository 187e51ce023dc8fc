/** package.json and composer.json license fields. */
import { readJsonObject } from '../../manifests/json-positions.js';
import { lineOfMatch } from '../../manifests/lines.js';
import type { DeclaredLicense } from './model.js';
import { anyOf, record, unparseable } from './record.js';

const LICENSE_KEY = /"license"\s*:/;
const LICENSES_KEY = /"licenses"\s*:/;

/** npm's legacy forms: { "type": "MIT", "url": … } and "licenses": [{ "type": … }]. */
const typeOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value;
  const type: unknown = value !== null && typeof value === 'object' ? (value as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : undefined;
};

export function readPackageJson(text: string, path: string): DeclaredLicense[] {
  const { value: doc } = readJsonObject(text);
  const at = { path, method: 'manifest' as const };
  if (!doc) return [unparseable({ ...at, source: `${path} is not a JSON object` })];
  const license: unknown = doc['license'];
  const line = lineOfMatch(text, LICENSE_KEY);
  if (typeof license === 'string')
    return [record(license, { ...at, line, source: 'package.json license' }) ?? []].flat();
  if (Array.isArray(license))
    return anyOf(
      license.flatMap((e) => typeOf(e) ?? []),
      { ...at, line, source: 'package.json license (array)' },
    );
  const legacy = typeOf(license);
  if (legacy !== undefined)
    return [record(legacy, { ...at, line, source: 'package.json license (legacy {type})' }) ?? []].flat();
  const list: unknown = doc['licenses'];
  if (!Array.isArray(list)) return [];
  const types = list.flatMap((entry) => typeOf(entry) ?? []);
  return anyOf(types, { ...at, line: lineOfMatch(text, LICENSES_KEY), source: 'package.json licenses (legacy array)' });
}

/** composer.json: a string, or an array meaning "any of these" (getcomposer.org/doc/04-schema.md#license). */
export function readComposerJson(text: string, path: string): DeclaredLicense[] {
  const { value: doc } = readJsonObject(text);
  const at = { path, method: 'manifest' as const };
  if (!doc) return [unparseable({ ...at, source: `${path} is not a JSON object` })];
  const license: unknown = doc['license'];
  const values =
    typeof license === 'string'
      ? [license]
      : Array.isArray(license)
        ? license.filter((v): v is string => typeof v === 'string')
        : [];
  return anyOf(values, { ...at, line: lineOfMatch(text, LICENSE_KEY), source: 'composer.json license' });
}
