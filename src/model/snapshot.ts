/** What a source hands to the checks: a frozen picture of one repository. */

export type SourceKind = 'local' | 'github' | 'gitlab' | 'git' | 'memory';

export interface RepoTarget {
  readonly source: SourceKind;
  /** What the user asked for: a path, a URL, OWNER/NAME. */
  readonly ref: string;
  readonly url: string | null;
  readonly commit: string | null;
}

export interface RepoMeta {
  readonly name: string;
  readonly description?: string;
  readonly homepage?: string;
  readonly topics: readonly string[];
  /** The host's own license claim (e.g. GitHub's `license.spdx_id`), when a remote source has one. */
  readonly licenseSpdx?: string;
  readonly archived?: boolean;
  /** Remote hosts only: the host has disabled the repository (GitHub `disabled`). */
  readonly disabled?: boolean;
  /** Remote hosts only: ISO date of the last push, for maintenance checks. */
  readonly pushedAt?: string;
  /** Local git checkouts only: ISO date of HEAD's commit (committer date), the last activity seen without a host. */
  readonly lastCommitAt?: string;
  /** Remote hosts only: 'public', 'private' or 'internal'. */
  readonly visibility?: string;
  readonly defaultBranch?: string;
}

export interface RepoFile {
  /** POSIX path relative to the repository root. */
  readonly path: string;
  readonly size: number;
}

/** Why a source left a file out, or read only part of it. Shown as evidence, never thrown. */
export type SkipReason =
  'truncated' | 'binary' | 'invalid-utf8' | 'unreadable' | 'symlink-outside-root' | 'symlink-loop' | 'special-file';

export interface SourceNote {
  readonly path: string;
  readonly reason: SkipReason;
  readonly detail?: string;
}

export interface RepoSnapshot {
  readonly target: RepoTarget;
  readonly meta: RepoMeta;
  /** Every file in the tree, sorted by path. */
  readonly files: readonly RepoFile[];
  /** Text (UTF-8, LF line endings, no BOM) of the files that checks declared they read. */
  readonly texts: ReadonlyMap<string, string>;
  /** Files the source could not read whole; the checks may cite them. */
  readonly notes: readonly SourceNote[];
}
