/**
 * Rust Cargo.toml (`[dependencies]` runtime, `optional = true` optional, `[dev-dependencies]` and
 * `[build-dependencies]` dev, `[target.….dependencies]` by the same rule) and R DESCRIPTION
 * (Depends/Imports/LinkingTo runtime, Suggests/Enhances optional).
 */
import { linesOf } from '../../manifests/lines.js';
import { readToml, type TomlEntry } from '../../manifests/toml-lines.js';
import type { DepRef, Reader, Scope } from '../dep-ref.js';

const CARGO_TABLE =
  /^(?:target\.(?:'[^']*'|"[^"]*"|[^.]+)\.|workspace\.)?(dependencies|dev-dependencies|build-dependencies)(?:\.(.+))?$/;
const CARGO_SCOPES: Readonly<Record<string, Scope>> = {
  dependencies: 'runtime',
  'dev-dependencies': 'dev',
  'build-dependencies': 'dev',
};
const OPTIONAL = /\boptional\s*=\s*true\b/;
const PACKAGE = /\bpackage\s*=\s*"([^"]+)"/;
const VERSION = /^"([^"]*)"|\bversion\s*=\s*"([^"]*)"/;

interface CargoDep {
  name: string;
  line: number;
  scope: Scope;
  version?: string;
  optional: boolean;
}

function cargoDep(e: TomlEntry, deps: Map<string, CargoDep>): void {
  const m = CARGO_TABLE.exec(e.table);
  const scope = m ? CARGO_SCOPES[m[1] ?? ''] : undefined;
  if (!m || !scope) return;
  const id = m[2] ? e.table : `${e.table}\n${e.key}`;
  const dep = deps.get(id) ?? { name: m[2] ?? e.key, line: e.line, scope, optional: false };
  const value = m[2] ? `${e.key} = ${e.value}` : e.value;
  dep.optional ||= OPTIONAL.test(value);
  dep.name = PACKAGE.exec(value)?.[1] ?? dep.name;
  const version = m[2] && e.key !== 'version' ? undefined : VERSION.exec(e.value);
  if (version) dep.version = version[1] ?? version[2];
  deps.set(id, dep);
}

export const cargoToml: Reader = (text) => {
  const doc = readToml(text);
  const deps = new Map<string, CargoDep>();
  for (const e of doc.entries) cargoDep(e, deps);
  const refs = [...deps.values()].map(({ name, line, scope, version, optional }): DepRef => {
    const finalScope: Scope = optional && scope === 'runtime' ? 'optional' : scope;
    return {
      ecosystem: 'cargo',
      name,
      line,
      version,
      scope: finalScope,
      via: finalScope === 'optional' ? 'optional = true' : scope === 'dev' ? 'dev-dependencies' : undefined,
    };
  });
  return { refs, problem: doc.badLine ? { line: doc.badLine.line, reason: 'not TOML' } : undefined };
};

const FIELD = /^([A-Za-z][A-Za-z0-9._@/-]*)\s*:(.*)$/;
const R_FIELDS: Readonly<Record<string, Scope>> = {
  Depends: 'runtime',
  Imports: 'runtime',
  LinkingTo: 'runtime',
  Suggests: 'optional',
  Enhances: 'optional',
};
const R_PACKAGE = /^\s*([A-Za-z][A-Za-z0-9.]*)\s*(?:\(([^)]*)\))?\s*$/;

/** DESCRIPTION (Debian control format): comma-separated package lists, continued on indented lines. */
export const rDescription: Reader = (text) => {
  let field: Scope | undefined;
  let fieldName = '';
  let problem: { line: number; reason: string } | undefined;
  const refs = linesOf(text).flatMap((line, i): DepRef[] => {
    if (line.trim() === '') return [];
    let values = line;
    if (!/^\s/.test(line)) {
      const m = FIELD.exec(line);
      if (!m) {
        problem ??= { line: i + 1, reason: 'not a DESCRIPTION field' };
        field = undefined;
        return [];
      }
      [fieldName, field, values] = [m[1] ?? '', R_FIELDS[m[1] ?? ''], m[2] ?? ''];
    }
    if (!field) return [];
    const scope = field;
    return values.split(',').flatMap((part) => {
      const pkg = R_PACKAGE.exec(part);
      return pkg?.[1] && pkg[1] !== 'R'
        ? [
            {
              ecosystem: 'cran' as const,
              name: pkg[1],
              version: pkg[2]?.trim(),
              line: i + 1,
              scope,
              via: scope === 'optional' ? fieldName : undefined,
            },
          ]
        : [];
    });
  });
  return { refs, problem };
};
