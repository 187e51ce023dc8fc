/**
 * Every place a repository declares its license — package manifests, the README's License section and
 * badges, sampled SPDX-License-Identifier headers, REUSE files — read into DeclaredLicense records.
 * Pure: works on the snapshot's texts; DECLARED_LICENSE_READS tells the source which files to read.
 */
import type { RepoSnapshot } from '../../model/snapshot.js';
import { HEADER_READS, headerDeclarations } from './headers.js';
import { MANIFEST_READS, manifestDeclarations } from './manifests.js';
import type { DeclaredLicense } from './model.js';
import { README_READS, readmeDeclarations } from './readme.js';
import { REUSE_READS, reuseDeclarations } from './reuse.js';

export type { DeclaredLicense } from './model.js';

export const DECLARED_LICENSE_READS: readonly string[] = [
  ...MANIFEST_READS,
  ...README_READS,
  ...HEADER_READS,
  ...REUSE_READS,
];

/** Manifests first, then README, headers and REUSE; each record says where it was read and how. */
export function declaredLicenses(repo: RepoSnapshot): DeclaredLicense[] {
  return [
    ...manifestDeclarations(repo),
    ...readmeDeclarations(repo),
    ...headerDeclarations(repo),
    ...reuseDeclarations(repo),
  ];
}
