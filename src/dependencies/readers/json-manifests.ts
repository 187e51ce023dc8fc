/** package.json and composer.json: dependency sections by scope, parsed as JSON, cited at their lines. */
import { readJsonObject } from '../../manifests/json-positions.js';
import { lineContaining } from '../../manifests/lines.js';
import type { DepRef, Ecosystem, Reader, Scope } from '../dep-ref.js';

interface Section {
  readonly key: string;
  readonly scope: Scope;
}

const NPM_ALIAS = /^npm:((?:@[^@/\s]+\/)?[^@\s]+)@?(.*)$/;

function sectionRefs(lines: readonly string[], key: string, deps: unknown): [string, string | undefined, number][] {
  if (!deps || typeof deps !== 'object' || Array.isArray(deps)) return [];
  const start = lineContaining(lines, `"${key}"`) - 1;
  return Object.entries(deps as Record<string, unknown>).map(([name, value]) => {
    return [name, typeof value === 'string' ? value : undefined, lineContaining(lines, `"${name}"`, start)];
  });
}

/** A JSON manifest reader for the given sections; `skip` drops platform entries (`php`, `ext-json`). */
export const jsonManifest =
  (ecosystem: Ecosystem, sections: readonly Section[], skip?: RegExp): Reader =>
  (text) => {
    const { value, problem } = readJsonObject(text);
    if (!value) return { refs: [], problem };
    const lines = text.split('\n');
    const optionalPeers = optionalPeerNames(value);
    const refs = sections.flatMap(({ key, scope }) =>
      sectionRefs(lines, key, value[key]).flatMap(([name, version, line]): DepRef[] => {
        if (skip?.test(name)) return [];
        const alias = version === undefined ? null : NPM_ALIAS.exec(version);
        const peerOptional = key === 'peerDependencies' && optionalPeers.has(name);
        const base = {
          ecosystem,
          line,
          scope: peerOptional ? ('optional' as const) : scope,
          via: peerOptional ? 'peerDependenciesMeta optional' : viaOf(key, scope),
        };
        if (key === 'suggest') return [{ ...base, name }];
        return alias?.[1] ? [{ ...base, name: alias[1], version: alias[2] }] : [{ ...base, name, version }];
      }),
    );
    return { refs };
  };

function optionalPeerNames(manifest: Record<string, unknown>): Set<string> {
  const meta = manifest.peerDependenciesMeta;
  if (!meta || typeof meta !== 'object') return new Set();
  return new Set(
    Object.entries(meta as Record<string, unknown>)
      .filter(([, v]) => v !== null && typeof v === 'object' && (v as Record<string, unknown>).optional === true)
      .map(([name]) => name),
  );
}

const viaOf = (key: string, scope: Scope): string | undefined => (scope === 'runtime' ? undefined : key);

export const packageJson = jsonManifest('npm', [
  { key: 'dependencies', scope: 'runtime' },
  { key: 'peerDependencies', scope: 'runtime' },
  { key: 'optionalDependencies', scope: 'optional' },
  { key: 'devDependencies', scope: 'dev' },
]);

export const composerJson = jsonManifest(
  'composer',
  [
    { key: 'require', scope: 'runtime' },
    { key: 'suggest', scope: 'optional' },
    { key: 'require-dev', scope: 'dev' },
  ],
  /^(?:php(?:-64bit)?|hhvm|ext-.*|lib-.*|composer(?:-plugin|-runtime)?-api|composer)$/i,
);
