/**
 * What the readers cannot know from one file: build scripts name version-catalog entries, lock files list
 * packages without saying who needs them, and a manifest and its lock name the same direct dependency.
 * settle() resolves catalog accessors, gives lock entries the scope of the manifest dependencies that pull
 * them in (following the lock's edges), and drops lock entries a manifest already declares.
 */
import { normalizeName } from './closed-match.js';
import type { DepRef, Parsed, Scope } from './dep-ref.js';

export interface FileRefs {
  readonly path: string;
  readonly parsed: Parsed;
  readonly lock: boolean;
  readonly catalog: boolean;
}

/** A reference with the file it is in; after settle() its scope is always set. */
export interface FoundRef extends DepRef {
  readonly path: string;
}

const dirOf = (path: string): string => path.slice(0, Math.max(0, path.lastIndexOf('/')));
const within = (path: string, dir: string): boolean => dir === '' || path.startsWith(`${dir}/`);
function groupInto<T>(groups: Map<string, T[]>, key: string, item: T): void {
  const group = groups.get(key);
  if (group) group.push(item);
  else groups.set(key, [item]);
}

const keyOf = (ref: DepRef): string => `${ref.ecosystem}\n${normalizeName(ref.ecosystem, ref.name)}`;

/** Build-script accessors (`libs.firebase.auth`) become the catalog's coordinates; unused catalog entries stay as they are. */
function resolveCatalogs(files: readonly FileRefs[]): FoundRef[] {
  const byAlias = new Map<string, DepRef[]>();
  for (const f of files.filter((x) => x.catalog))
    for (const r of f.parsed.refs) if (r.alias) groupInto(byAlias, r.alias, r);
  const used = new Set<string>();
  const resolved = files
    .filter((f) => !f.catalog)
    .flatMap((f) =>
      f.parsed.refs.flatMap((r): FoundRef[] => {
        if (!r.alias || r.name) return [{ ...r, path: f.path }];
        return (byAlias.get(r.alias) ?? []).map((c) => {
          used.add(keyOf(c));
          return { ...r, ecosystem: c.ecosystem, name: c.name, path: f.path };
        });
      }),
    );
  const unused = files
    .filter((f) => f.catalog)
    .flatMap((f) =>
      f.parsed.refs.filter((r) => !r.bundled && !used.has(keyOf(r))).map((r) => ({ ...r, path: f.path })),
    );
  return [...resolved, ...unused];
}

/** The lock's edges under normalised names, so that roots from the manifest meet them. */
function normalizedEdges(
  edges: ReadonlyMap<string, readonly string[]>,
  ecosystem: DepRef['ecosystem'],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [name, deps] of edges)
    out.set(
      normalizeName(ecosystem, name),
      deps.map((d) => normalizeName(ecosystem, d)),
    );
  return out;
}

/** Every package reachable from the roots through the edges: linear in the size of the lock. */
function reach(roots: Iterable<string>, edges: ReadonlyMap<string, readonly string[]>): Set<string> {
  const seen = new Set<string>();
  const queue = [...roots];
  for (let name = queue.pop(); name !== undefined; name = queue.pop()) {
    if (seen.has(name)) continue;
    seen.add(name);
    for (const dep of edges.get(name) ?? []) if (!seen.has(dep)) queue.push(dep);
  }
  return seen;
}

const ORDER: readonly Scope[] = ['runtime', 'optional', 'dev'];

/** A lock file's entries with the scope of the manifest roots that reach them; the ones a manifest names directly are dropped. */
function settleLock(lock: FileRefs, refs: readonly FoundRef[], manifests: readonly FoundRef[]): FoundRef[] {
  const dir = dirOf(lock.path);
  const ecosystem = refs[0]?.ecosystem ?? 'npm';
  const declared = manifests.filter((m) => m.ecosystem === ecosystem && within(m.path, dir));
  const declaredKeys = new Set(declared.map(keyOf));
  const roots = new Map<Scope, Set<string>>(ORDER.map((s) => [s, new Set<string>()]));
  for (const r of [...declared, ...refs.filter((x) => !x.transitive && x.scope)])
    roots.get(r.scope ?? 'runtime')?.add(normalizeName(r.ecosystem, r.name));
  const edges = lock.parsed.edges && normalizedEdges(lock.parsed.edges, ecosystem);
  const reached = edges ? ORDER.map((s) => [s, reach(roots.get(s) ?? [], edges)] as const) : [];
  return refs
    .filter((r) => !declaredKeys.has(keyOf(r)))
    .map((r) => {
      if (r.scope) return r;
      const name = normalizeName(r.ecosystem, r.name);
      return { ...r, scope: reached.find(([, set]) => set.has(name))?.[0] ?? 'runtime' };
    });
}

/** One reference per dependency and file: the strongest scope, the first line. */
function unique(refs: readonly FoundRef[]): FoundRef[] {
  const best = new Map<string, FoundRef>();
  const rank = (r: FoundRef) => ORDER.indexOf(r.scope ?? 'runtime') * 2 + (r.transitive ? 1 : 0);
  for (const r of refs) {
    const key = `${r.path}\n${keyOf(r)}`;
    const before = best.get(key);
    if (!before || rank(r) < rank(before)) best.set(key, r);
  }
  return [...best.values()];
}

export function settle(files: readonly FileRefs[]): FoundRef[] {
  const all = resolveCatalogs(files);
  const locks = new Map(files.filter((f) => f.lock).map((f) => [f.path, f]));
  const manifests = all.filter((r) => !locks.has(r.path) && !r.transitive);
  const byLock = new Map<string, FoundRef[]>();
  for (const r of all) if (locks.has(r.path)) groupInto(byLock, r.path, r);
  const fromLocks = [...locks.values()].flatMap((lock) => settleLock(lock, byLock.get(lock.path) ?? [], manifests));
  const fromManifests = all
    .filter((r) => !locks.has(r.path))
    .map((r) => (r.scope ? r : { ...r, scope: 'runtime' as const }));
  return unique([...fromManifests, ...fromLocks]);
}
