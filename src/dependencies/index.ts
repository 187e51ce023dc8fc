/**
 * What a repository depends on, read from its manifests, lock files and vendored packages: the
 * dependencies that need a closed service (scan.ts, sort-matches.ts) and the licenses lock files and
 * vendored license files state for them (licenses/). Pure; DEPENDENCY_READS tells the source which files
 * to read. Checks see it as facts.dependencies.
 */
import type { RepoSnapshot } from '../model/snapshot.js';
import type { ParseFile, Parsed, Reader } from './dep-ref.js';
import { LOCK_GLOBS, lockLicenses, type LockLicenses } from './licenses/lock-licenses.js';
import { VENDOR_GLOBS, vendoredLicenses, type VendoredLicense } from './licenses/vendored.js';
import { MANIFEST_GLOBS, scanManifests, type Scan } from './scan.js';
import { sortMatches, type Sorted } from './sort-matches.js';

export type { LockLicenses, StatedLicense } from './licenses/lock-licenses.js';
export type { NonOpen } from './licenses/non-open.js';
export type { VendoredLicense } from './licenses/vendored.js';
export type { Scan } from './scan.js';
export { label, type Match, type Sorted, type TransitiveGroup } from './sort-matches.js';

export interface DependencyFacts {
  /** The manifests and lock files read, the dependencies they name (scopes settled across files), and the unreadable ones. */
  readonly scan: Scan;
  /** The dependencies that need a closed service, sorted by how much they count for Indicator 4. */
  readonly closed: Sorted;
  /** The licenses lock files state for their packages. */
  readonly locks: readonly LockLicenses[];
  /** License files of vendored packages that no lock file speaks for (by stating their license or marking them dev). */
  readonly vendored: readonly VendoredLicense[];
}

export const DEPENDENCY_READS: readonly string[] = [...MANIFEST_GLOBS, ...LOCK_GLOBS, ...VENDOR_GLOBS];

/**
 * Each part is worked out when a check first reads it, then kept. So init and export, which want only the
 * license facts, pay nothing for it, and a reader that throws fails only the checks that read that part,
 * as it did when the checks read the files themselves.
 */
export function dependencyFacts(repo: RepoSnapshot): DependencyFacts {
  const parse = parseOnce();
  const scan = once(() => scanManifests(repo, parse));
  const closed = once(() => sortMatches(scan().refs));
  const locks = once(() => lockLicenses(repo, parse));
  const vendored = once(() => {
    const named = new Set(locks().flatMap((l) => [...l.dev, ...l.stated.map((s) => s.name)]));
    return vendoredLicenses(repo).filter((v) => !named.has(v.name));
  });
  return {
    get scan() {
      return scan();
    },
    get closed() {
      return closed();
    },
    get locks() {
      return locks();
    },
    get vendored() {
      return vendored();
    },
  };
}

function once<T>(compute: () => T): () => T {
  let done: { value: T } | undefined;
  return () => (done ??= { value: compute() }).value;
}

/** The scan and the license reading choose the same lock files (package-lock.json, composer.lock): each is parsed once. */
function parseOnce(): ParseFile {
  const parsed = new Map<Reader, Map<string, Parsed>>();
  return (read, text, path) => {
    let byPath = parsed.get(read);
    if (!byPath) parsed.set(read, (byPath = new Map()));
    const known = byPath.get(path);
    if (known) return known;
    const fresh = read(text, path);
    byPath.set(path, fresh);
    return fresh;
  };
}
