/** publiccode.yml `legal.license` and the rare pubspec.yaml `license` field. */
import { loadYaml } from '../../lib/lazy.js';
import { lineOfMatch } from '../../manifests/lines.js';
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';

const LEGAL_LICENSE = /^\s+license\s*:/m;
const TOP_LICENSE = /^license\s*:/m;

function load(text: string): { ok: true; doc: unknown } | { ok: false } {
  try {
    return { ok: true, doc: loadYaml().parse(text, { maxAliasCount: 50 }) as unknown };
  } catch {
    return { ok: false };
  }
}

const field = (doc: unknown, key: string): unknown =>
  doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>)[key] : undefined;

export function readPubliccode(text: string, path: string): DeclaredLicense[] {
  const loaded = load(text);
  if (!loaded.ok) return [unparseable({ path, method: 'manifest', source: `${path} is not YAML` })];
  const license = field(field(loaded.doc, 'legal'), 'license');
  if (typeof license !== 'string') return [];
  const at = {
    path,
    line: lineOfMatch(text, LEGAL_LICENSE),
    method: 'manifest' as const,
    source: 'publiccode.yml legal.license',
  };
  return [record(license, at) ?? []].flat();
}

/** pub has no license field; a `license:` key is read when someone wrote one anyway. */
export function readPubspec(text: string, path: string): DeclaredLicense[] {
  if (!TOP_LICENSE.test(text)) return [];
  const loaded = load(text);
  if (!loaded.ok) return [unparseable({ path, method: 'manifest', source: `${path} is not YAML` })];
  const license = field(loaded.doc, 'license');
  if (typeof license !== 'string') return [];
  return [
    record(license, {
      path,
      line: lineOfMatch(text, TOP_LICENSE),
      method: 'manifest',
      source: 'pubspec.yaml license',
    }) ?? [],
  ].flat();
}
