/**
 * Python manifests: requirements*.txt (dev by file name), pyproject.toml (PEP 621, PEP 735, Poetry, PDM, uv),
 * Pipfile and setup.cfg. Extras and optional Poetry dependencies are optional; groups and extras named like
 * development tooling (`dev`, `test`, `docs` …) are dev.
 */
import { linesOf } from '../../manifests/lines.js';
import { readToml, type TomlEntry } from '../../manifests/toml-lines.js';
import { tomlStringsWithLines } from '../../manifests/toml-values.js';
import type { DepRef, Reader, Scope } from '../dep-ref.js';
import { isDevGroup } from '../dev-names.js';

const PEP508 = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\]\s*)?([^;#]*)/;
const REQUIREMENT_START = /^(?:[A-Za-z0-9]|-|\.|\/|~|\$\{|\\)/;

const pep508 = (spec: string, line: number, scope: Scope, via?: string): DepRef[] => {
  const m = PEP508.exec(spec);
  if (!m?.[1] || m[1].toLowerCase() === 'python') return [];
  const version = m[2]?.trim().replace(/^\(|\)$/g, '') || undefined;
  return [{ ecosystem: 'pypi', name: m[1], version, line, scope, via }];
};

/** requirements*.txt: one requirement per line; options (-r, -e, --hash), paths and URLs are skipped. */
export const requirementsTxt: Reader = (text) => {
  let problem: { line: number; reason: string } | undefined;
  const refs = linesOf(text).flatMap((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return [];
    if (!REQUIREMENT_START.test(line)) {
      problem ??= { line: i + 1, reason: 'not a requirement' };
      return [];
    }
    return line.includes('://') || /^[-./~$\\]/.test(line) ? [] : pep508(line, i + 1, 'runtime');
  });
  return { refs, problem };
};

const arrayRefs = (entry: TomlEntry, scope: Scope, via?: string): DepRef[] =>
  tomlStringsWithLines(entry).flatMap(([spec, line]) => pep508(spec, line, scope, via));

const OPTIONAL_TRUE = /\boptional\s*=\s*true\b/;
const groupScope = (group: string): Scope => (isDevGroup(group) ? 'dev' : 'optional');
const POETRY_GROUP = /^tool\.poetry\.group\.([^.]+)\.dependencies$/;

/** Where a TOML table puts its dependencies: as `name = spec` keys, or as arrays of PEP 508 strings. */
function tomlEntryRefs(e: TomlEntry): DepRef[] {
  const { table, key } = e;
  if (table === 'project' && key === 'dependencies') return arrayRefs(e, 'runtime');
  if (table === 'project.optional-dependencies') return arrayRefs(e, groupScope(key), `extra ${key}`);
  if (table === 'dependency-groups' || table === 'tool.pdm.dev-dependencies')
    return arrayRefs(e, 'dev', `group ${key}`);
  if ((table === 'build-system' && key === 'requires') || (table === 'tool.uv' && key === 'dev-dependencies'))
    return arrayRefs(e, 'dev', table);
  const keyed = keyedScope(table);
  if (!keyed || key === 'python') return [];
  const optional = keyed.scope === 'runtime' && OPTIONAL_TRUE.test(e.value);
  return pep508(key, e.line, optional ? 'optional' : keyed.scope, optional ? 'optional = true' : keyed.via);
}

function keyedScope(table: string): { scope: Scope; via?: string } | undefined {
  if (table === 'tool.poetry.dependencies' || table === 'packages') return { scope: 'runtime' };
  if (table === 'tool.poetry.dev-dependencies' || table === 'dev-packages') return { scope: 'dev', via: table };
  const group = POETRY_GROUP.exec(table)?.[1];
  if (group) return group === 'main' ? { scope: 'runtime' } : { scope: 'dev', via: `group ${group}` };
  return undefined;
}

/** `[tool.poetry.dependencies.firebase-admin]` sub-tables: one dependency each, optional when it says so. */
function subTableRefs(entries: readonly TomlEntry[]): DepRef[] {
  const tables = new Map<string, { name: string; line: number; scope: Scope; via?: string; optional: boolean }>();
  for (const e of entries) {
    const dot = e.table.lastIndexOf('.');
    const parent = dot < 0 ? undefined : keyedScope(e.table.slice(0, dot));
    if (!parent) continue;
    const table = tables.get(e.table) ?? { name: e.table.slice(dot + 1), line: e.line, ...parent, optional: false };
    table.optional ||= e.key === 'optional' && e.value.trim() === 'true';
    tables.set(e.table, table);
  }
  return [...tables.values()].flatMap((t) =>
    t.optional && t.scope === 'runtime'
      ? pep508(t.name, t.line, 'optional', 'optional = true')
      : pep508(t.name, t.line, t.scope, t.via),
  );
}

/** pyproject.toml and Pipfile (the same TOML tables are looked for in both). */
export const pythonToml: Reader = (text) => {
  const doc = readToml(text);
  const refs = [...doc.entries.flatMap(tomlEntryRefs), ...subTableRefs(doc.entries)];
  return { refs, problem: doc.badLine ? { line: doc.badLine.line, reason: 'not TOML' } : undefined };
};

const INI_SECTION = /^\[([^\]\n]+)\]\s*$/;
const INI_KEY = /^([A-Za-z0-9_.-][^=:\n]*?)\s*[=:](.*)$/;
const SETUP_KEYS: Readonly<Record<string, Scope>> = {
  install_requires: 'runtime',
  tests_require: 'dev',
  setup_requires: 'dev',
};

/** setup.cfg `[options] install_requires`, `[options.extras_require]` (optional or dev by name). */
export const setupCfg: Reader = (text) => {
  let section = '';
  let current: { scope: Scope; via?: string } | undefined;
  let problem: { line: number; reason: string } | undefined;
  const refs = linesOf(text).flatMap((line, i): DepRef[] => {
    if (/^\s*(?:[#;].*)?$/.test(line)) return [];
    if (/^\s/.test(line)) return current ? pep508(line, i + 1, current.scope, current.via) : [];
    const header = INI_SECTION.exec(line)?.[1];
    if (header) {
      section = header.trim();
      current = undefined;
      return [];
    }
    const pair = INI_KEY.exec(line);
    if (!pair?.[1]) {
      problem ??= { line: i + 1, reason: 'not an INI line' };
      return [];
    }
    current = setupScope(section, pair[1].trim().toLowerCase().replace(/-/g, '_'));
    return current && pair[2]?.trim() ? pep508(pair[2], i + 1, current.scope, current.via) : [];
  });
  return { refs, problem };
};

function setupScope(section: string, key: string): { scope: Scope; via?: string } | undefined {
  if (section === 'options.extras_require') return { scope: groupScope(key), via: `extra ${key}` };
  const scope = section === 'options' ? SETUP_KEYS[key] : undefined;
  return scope ? { scope, via: scope === 'dev' ? key : undefined } : undefined;
}
