/**
 * The licenses lock files state for their packages: composer.lock `packages[].license` and package-lock.json
 * (or npm-shrinkwrap.json) v2/v3 `packages["node_modules/…"].license`. The lock readers are those of
 * ../readers; this keeps runtime and optional packages with a license, and drops dev ones and the project's own.
 */
import data from '../../data/non-open-licenses.json' with { type: 'json' };
import { pathMatcher } from '../../lib/paths.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { jsonScalar, scanJsonLines } from '../../manifests/json-positions.js';
import type { Problem } from '../../manifests/problem.js';
import { parseFile, type DepRef, type ParseFile, type Reader } from '../dep-ref.js';
import { toolingFolderOf } from '../dev-names.js';
import { composerLock } from '../readers/json-locks.js';
import { packageLock } from '../readers/npm-locks.js';
import { nonOpenLicenses, type NonOpen } from './non-open.js';

export interface StatedLicense {
  readonly path: string;
  readonly line: number;
  readonly name: string;
  /** `name version`, as shown. */
  readonly dependency: string;
  readonly license: string;
  readonly optional: boolean;
  readonly nonOpen: readonly NonOpen[];
}

export interface LockLicenses {
  readonly path: string;
  readonly stated: readonly StatedLicense[];
  /** Packages the lock installs for development only. */
  readonly dev: readonly string[];
  /** The source read only the first part of the file (its size cap): licenses after the cut are missing. */
  readonly truncated: boolean;
  readonly problem?: Problem;
}

const READERS: Readonly<Record<string, Reader>> = {
  'composer.lock': composerLock,
  'package-lock.json': packageLock,
  'npm-shrinkwrap.json': packageLock,
};

/** At the root and one or two folders down (monorepos: frontend/package-lock.json). */
export const LOCK_GLOBS: readonly string[] = Object.keys(READERS).flatMap((file) => [file, `*/${file}`, `*/*/${file}`]);

const SKIP = new Set(data.skipFolders);
const isLock = pathMatcher(LOCK_GLOBS);
const readerOf = (path: string): Reader | undefined => {
  const segments = path.toLowerCase().split('/');
  const file = segments.pop() ?? '';
  // A lock in a tooling folder (tools/, scripts/) installs development tooling: its licences do not count.
  const skipped = segments.some((s) => SKIP.has(s)) || toolingFolderOf(path) !== undefined;
  return isLock(path) && !skipped ? READERS[file] : undefined;
};

export function lockLicenses(repo: RepoSnapshot, parse: ParseFile = parseFile): LockLicenses[] {
  // A lock states a few dozen distinct licenses for thousands of packages: judge each value once.
  const judged = new Map<string, readonly NonOpen[]>();
  const judge = (license: string) =>
    judged.get(license) ?? judged.set(license, nonOpenLicenses(license)).get(license) ?? [];
  return repo.files.flatMap(({ path }) => {
    const read = readerOf(path);
    const text = read ? repo.texts.get(path) : undefined;
    if (!read || text === undefined) return [];
    const { refs, problem } = parse(read, text, path);
    const own = path.toLowerCase().endsWith('composer.lock') ? composerPathPackages(text) : new Set<string>();
    const kept = refs.filter((r) => r.scope !== 'dev' && r.license && !own.has(r.name));
    const dev = refs.filter((r) => r.scope === 'dev').map((r) => r.name);
    const truncated = repo.notes.some((n) => n.path === path && n.reason === 'truncated');
    return [
      {
        path,
        stated: kept.map((r) => stated(path, r, judge(r.license ?? ''))),
        dev,
        truncated,
        ...(problem ? { problem } : {}),
      },
    ];
  });
}

function stated(path: string, ref: DepRef, nonOpen: readonly NonOpen[]): StatedLicense {
  const dependency = ref.version ? `${ref.name} ${ref.version}` : ref.name;
  return {
    path,
    line: ref.line,
    name: ref.name,
    dependency,
    license: ref.license ?? '',
    optional: ref.scope === 'optional',
    nonOpen,
  };
}

/** Packages installed from a `path` repository are the project's own code (often "proprietary"), not dependencies. */
function composerPathPackages(text: string): Set<string> {
  const own = new Set<string>();
  let name = '';
  scanJsonLines(text, ({ path, key, value }) => {
    if (path.length === 2 && path[0] === 'packages' && key === 'name') name = jsonScalar(value);
    else if (
      path.length === 3 &&
      path[0] === 'packages' &&
      path[2] === 'dist' &&
      key === 'type' &&
      jsonScalar(value) === 'path'
    )
      own.add(name);
  });
  return own;
}
