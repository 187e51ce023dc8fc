/** What every manifest and lock-file reader returns: the dependencies it names, classified where the format says. */
import type { Problem } from '../manifests/problem.js';

export type Ecosystem =
  | 'npm'
  | 'pypi'
  | 'maven'
  | 'gradle'
  | 'composer'
  | 'gem'
  | 'go'
  | 'pub'
  | 'docker'
  | 'env'
  | 'cargo'
  | 'nuget'
  | 'cran'
  | 'terraform'
  | 'helm'
  | 'android';

/**
 * runtime: the product needs it to run. optional: an extra, a feature flag, a build flavour or an optional
 * install. dev: development, test, build or tooling only (Indicator 4 does not count those).
 */
export type Scope = 'runtime' | 'optional' | 'dev';

export interface DepRef {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  /** The version range, locked version or image tag as written, when the format has one. */
  readonly version?: string;
  readonly line: number;
  /** Missing means runtime; lock-file entries whose scope the lock does not say get theirs from the graph. */
  readonly scope?: Scope;
  /** Named only by a lock file (or go.mod `// indirect`): pulled in by another dependency. */
  readonly transitive?: boolean;
  /** Why the scope is what it is, when that is worth saying ("extra sms", "flavour play"). */
  readonly via?: string;
  /**
   * Gradle version catalogs: the accessor (`libs.firebase.auth`). On a build-script reference the name is
   * empty until the catalog resolves it; on a catalog entry it says how build scripts refer to it.
   */
  readonly alias?: string;
  /** A catalog bundle's copy of a library entry: resolved through the bundle, never reported on its own. */
  readonly bundled?: boolean;
  /** The license the file itself states for this dependency (composer.lock, package-lock.json). */
  readonly license?: string;
}

export interface Parsed {
  readonly refs: DepRef[];
  /** Lock files: which packages each package depends on (normalised by the reader as written). */
  readonly edges?: ReadonlyMap<string, readonly string[]>;
  readonly problem?: Problem;
}

export type Reader = (text: string, path: string) => Parsed;

/** How a file is given to its reader: directly, or through a memory of what was parsed already (see index.ts). */
export type ParseFile = (read: Reader, text: string, path: string) => Parsed;
export const parseFile: ParseFile = (read, text, path) => read(text, path);

/** A reader for formats that cannot be malformed in a way worth reporting. */
export const lenient =
  (read: (text: string, path: string) => DepRef[]): Reader =>
  (text, path) => ({ refs: read(text, path) });

const RANK: Readonly<Record<Scope, number>> = { runtime: 2, optional: 1, dev: 0 };

/** The scope that counts more: a package both runtime and dev is runtime. */
export const stronger = (a: Scope | undefined, b: Scope): Scope => (a !== undefined && RANK[a] >= RANK[b] ? a : b);
