/**
 * npm, Yarn and pnpm lock files: every installed package, including those other packages pull in.
 * package-lock.json says which are dev or optional; yarn.lock does not, so its entries carry the
 * dependency edges and get their scope from the package.json files beside them (see ../settle.ts).
 */
import { jsonScalar, scanJsonLines } from '../../manifests/json-positions.js';
import { linesOf } from '../../manifests/lines.js';
import { yamlEntry, yamlProblem } from '../../manifests/yaml-lines.js';
import type { DepRef, Parsed, Reader, Scope } from '../dep-ref.js';
import { stronger } from '../dep-ref.js';

interface LockEntry {
  name: string;
  line: number;
  version?: string;
  license?: string;
  dev: boolean;
  optional: boolean;
}

const DIRECT_KEYS: Readonly<Record<string, Scope>> = {
  dependencies: 'runtime',
  peerDependencies: 'runtime',
  optionalDependencies: 'optional',
  devDependencies: 'dev',
};
const FLAG_KEYS = new Set(['dev', 'devOptional', 'optional']);

const nameOfKey = (key: string): string => key.slice(key.lastIndexOf('node_modules/') + 'node_modules/'.length);

/** package-lock.json / npm-shrinkwrap.json: v2/v3 `packages` (v1 `dependencies` when there is none). */
export const packageLock: Reader = (text) => {
  const entries = new Map<string, LockEntry>();
  const direct = new Map<string, Scope>();
  let v2 = false;
  const problem = scanJsonLines(text, ({ path, key, value, line }) => {
    v2 ||= path.length === 0 && key === 'packages';
    const v1Entry = !v2 && path[0] === 'dependencies' && path.length % 2 === 1 && path.at(-1) === 'dependencies';
    const v2Entry = path.length === 1 && path[0] === 'packages' && key.includes('node_modules/');
    if ((v1Entry || v2Entry) && value.startsWith('{')) {
      entries.set(v2Entry ? key : [...path, key].join('\n'), {
        name: v1Entry ? key : nameOfKey(key),
        line,
        dev: false,
        optional: false,
      });
      return;
    }
    const entry = v2
      ? path.length === 2 && path[0] === 'packages'
        ? entries.get(path[1] ?? '')
        : undefined
      : entries.get(path.join('\n'));
    if (entry) setProperty(entry, key, value);
    const scope =
      path.length === 3 && path[0] === 'packages' && !path[1]?.includes('node_modules/')
        ? DIRECT_KEYS[path[2] ?? '']
        : undefined;
    if (scope) direct.set(key, stronger(direct.get(key), scope));
  });
  const refs = [...entries.values()].map((e): DepRef => {
    const scope = direct.get(e.name) ?? (e.dev ? 'dev' : e.optional ? 'optional' : 'runtime');
    return {
      ecosystem: 'npm',
      name: e.name,
      version: e.version,
      line: e.line,
      scope,
      transitive: !direct.has(e.name),
      license: e.license,
    };
  });
  const unknown = refs.length === 0 && !text.includes('"lockfileVersion"');
  return { refs, problem: problem ?? (unknown ? { line: 1, reason: 'no lockfileVersion' } : undefined) };
};

function setProperty(entry: LockEntry, key: string, value: string): void {
  if (FLAG_KEYS.has(key) && value === 'true') entry[key === 'optional' ? 'optional' : 'dev'] = true;
  else if (key === 'version') entry.version = jsonScalar(value);
  else if (key === 'license') entry.license = jsonScalar(value);
}

/** `"@scope/name@^1.0.0"`, `name@npm:1.0.0` -> the package name. */
function specName(spec: string): string {
  const s = spec.trim().replace(/^["']|["']$/g, '');
  const at = s.indexOf('@', 1);
  return at < 0 ? s : s.slice(0, at);
}

const YARN_DEP = /^ {4}"?((?:@[^\s"/]+\/)?[^\s"@:]+)"?:?\s/;
const YARN_VERSION = /^ {2}version:?\s+"?([^"\s]+)/;

/** yarn.lock v1 and Berry: entry headers, their `version` and their `dependencies`. */
export const yarnLock: Reader = (text) => {
  const refs: DepRef[] = [];
  const edges = new Map<string, string[]>();
  let current: { index: number; deps: string[] } | undefined;
  let inDeps = false;
  let problem: Parsed['problem'];
  linesOf(text).forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    if (line[0] !== ' ') {
      current = undefined;
      if (!line.endsWith(':')) {
        problem ??= { line: i + 1, reason: 'not a yarn.lock entry' };
        return;
      }
      const name = specName(line.slice(0, -1).split(',')[0] ?? '');
      if (line.includes('@workspace:') || name === '__metadata') return;
      current = {
        index: refs.push({ ecosystem: 'npm', name, line: i + 1, transitive: true }) - 1,
        deps: edges.get(name) ?? [],
      };
      edges.set(name, current.deps);
      return;
    }
    if (!current) return;
    if (!line.startsWith('   ')) inDeps = /^ {2}(?:dependencies|optionalDependencies):/.test(line);
    const version = YARN_VERSION.exec(line)?.[1];
    const ref = refs[current.index];
    if (version && ref) refs[current.index] = { ...ref, version };
    const dep = inDeps ? YARN_DEP.exec(line)?.[1] : undefined;
    if (dep) current.deps.push(dep);
  });
  return { refs, edges, problem };
};

const PNPM_V5_KEY = /^((?:@[^/]+\/)?[^/@]+)\/(\d[^_/]*)/;

/** `/@scope/name@1.0.0(peer@2)`, `/name/1.0.0_peer@2`, `name@1.0.0` -> [name, version]. */
function pnpmPackage(key: string): [string, string | undefined] {
  const id = key.replace(/^\//, '').split('(')[0] ?? '';
  const v5 = PNPM_V5_KEY.exec(id);
  if (v5?.[1]) return [v5[1], v5[2]];
  const at = id.indexOf('@', 1);
  return at > 0 ? [id.slice(0, at), id.slice(at + 1)] : [id, undefined];
}

/** pnpm-lock.yaml v5-v9: `importers` (or top-level) direct dependencies by scope, then `packages`/`snapshots`. */
export const pnpmLock: Reader = (text) => {
  const lines = linesOf(text);
  const refs: DepRef[] = [];
  const edges = new Map<string, string[]>();
  let top = '';
  let section: Scope | 'edges' | undefined;
  let pkg: { ref: DepRef; deps: string[] } | undefined;
  let importerDepth = 0;
  lines.forEach((line, i) => {
    const e = yamlEntry(line);
    if (!e?.key) return;
    if (e.indent === 0) {
      top = e.key;
      section = DIRECT_KEYS[top];
      pkg = undefined;
      importerDepth = 2;
      return;
    }
    if (top === 'importers' && e.indent === 4) {
      section = DIRECT_KEYS[e.key];
      importerDepth = 6;
      return;
    }
    if ((top === 'packages' || top === 'snapshots') && e.indent === 2) {
      const [name, version] = pnpmPackage(e.key);
      pkg = { ref: { ecosystem: 'npm', name, version, line: i + 1, transitive: true }, deps: edges.get(name) ?? [] };
      edges.set(name, pkg.deps);
      if (top === 'packages') refs.push(pkg.ref);
      return;
    }
    if (pkg && e.indent === 4) {
      section = e.key === 'dependencies' || e.key === 'optionalDependencies' ? 'edges' : undefined;
      flag(pkg, e.key, e.value, refs);
      return;
    }
    if (pkg) {
      if (section === 'edges' && e.indent === 6) pkg.deps.push(e.key);
      return;
    }
    if (!section || section === 'edges') return;
    if (e.indent === importerDepth)
      refs.push({ ecosystem: 'npm', name: e.key, line: i + 1, scope: section, version: e.value || undefined });
    const last = refs.at(-1);
    if (e.indent === importerDepth + 2 && e.key === 'specifier' && last)
      refs[refs.length - 1] = { ...last, version: e.value };
  });
  return {
    refs,
    edges,
    problem:
      yamlProblem(lines.slice(0, 2_000)) ??
      (text.includes('lockfileVersion') ? undefined : { line: 1, reason: 'no lockfileVersion' }),
  };
};

/** `dev: true|false` and `optional: true` of a pnpm package entry. */
function flag(pkg: { ref: DepRef }, key: string, value: string, refs: DepRef[]): void {
  if (key !== 'dev' && key !== 'optional') return;
  const scope: Scope | undefined =
    key === 'dev' ? (value === 'true' ? 'dev' : 'runtime') : value === 'true' ? 'optional' : undefined;
  if (!scope) return;
  const index = refs.lastIndexOf(pkg.ref);
  pkg.ref = { ...pkg.ref, scope: pkg.ref.scope === 'dev' ? 'dev' : scope };
  if (index >= 0) refs[index] = pkg.ref;
}
