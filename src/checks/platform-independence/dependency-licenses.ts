import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import type { LockLicenses, NonOpen, VendoredLicense } from '../../dependencies/index.js';

const messages = {
  nonOpen:
    '{{dependency}} is a runtime dependency under {{license}}: {{name}} is not open ({{why}}); replace it, or describe an open alternative in dpg.yml platformIndependence.pltIndependenceDesc',
  contradicts:
    '{{dependency}} is a runtime dependency under {{license}}: {{name}} is not open ({{why}}), yet dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No',
  covered:
    '{{dependency}} is a runtime dependency under {{license}}: {{name}} is not open ({{why}}); dpg.yml platformIndependence.pltIndependenceDesc describes open alternatives: check that it covers this one',
  optional:
    '{{dependency}} is an optional dependency under {{license}}: {{name}} is not open ({{why}}); make sure the product runs without it and say so in dpg.yml platformIndependence.pltIndependenceDesc',
  malformed: 'Could not read {{path}} as a lock file ({{reason}}): the licenses it states were not checked',
  truncated: 'Only the first part of {{path}} was read (size cap): licenses stated after the cut were not checked',
  clean: '{{count}} runtime dependency licenses stated in {{path}}: none is non-open',
  vendoredClean:
    '{{count}} license files of vendored packages under {{folder}}/ identified ({{unidentified}} not identified): none is non-open',
  none: 'No lock file or vendored package states a dependency license (composer.lock and package-lock.json do; yarn.lock, pnpm-lock.yaml, Cargo.lock and most others do not)',
};
type Id = keyof typeof messages;
type Declared = NonNullable<Declaration['platformIndependence']>;

export default defineCheck({
  meta: {
    id: 'platform-independence/dependency-licenses',
    indicator: '4',
    level: 'required',
    title: 'No runtime dependency is under a non-open license, where the repository states it',
    rationale:
      'A dependency under a source-available or proprietary license (SSPL, BUSL, Elastic License, Commons Clause, UNLICENSED) restricts the product more than its own open license; reviewers count it as a closed mandatory component.',
    remediation:
      'Replace each dependency under a non-open license with an openly licensed one (or an older, still open release), or make it optional behind an interface and describe the open alternative in dpg.yml platformIndependence.pltIndependenceDesc. See https://github.com/DPGAlliance/dpg-resources/tree/main/docs/platform-independence.',
    // The lock files and vendored license files are read for facts.dependencies (DEPENDENCY_READS).
    reads: [],
    messages,
  },
  run: ({ declaration, facts }) => {
    const declared: Declared = declaration?.platformIndependence ?? {};
    const { locks, vendored } = facts.dependencies;
    const findings = [
      ...locks.flatMap((lock) => lockFindings(lock, declared)),
      ...vendoredFindings(vendored, declared),
    ];
    return findings.length > 0 ? findings : [{ outcome: 'not-applicable', messageId: 'none' }];
  },
});

function lockFindings(lock: LockLicenses, declared: Declared): Finding<Id>[] {
  const { path, stated, problem, truncated } = lock;
  const warnings: Finding<Id>[] = [];
  if (problem)
    warnings.push({
      outcome: 'warn',
      messageId: 'malformed',
      path,
      line: problem.line,
      data: { path, reason: problem.reason },
    });
  if (truncated) warnings.push({ outcome: 'warn', messageId: 'truncated', path, data: { path } });
  const closed = stated.flatMap((s) => {
    const [first] = s.nonOpen;
    return first ? [judge({ ...s, nonOpen: first, license: `"${s.license}"` }, declared)] : [];
  });
  const runtime = stated.filter((s) => !s.optional).length;
  const clean =
    closed.length === 0 && runtime > 0
      ? [{ outcome: 'pass' as const, messageId: 'clean' as const, path, data: { path, count: runtime } }]
      : [];
  return [...closed, ...warnings, ...clean];
}

function vendoredFindings(vendored: readonly VendoredLicense[], declared: Declared): Finding<Id>[] {
  const closed = vendored.flatMap((v) => {
    const [first] = v.nonOpen;
    const dependency = `${v.name} (vendored)`;
    return first
      ? [judge({ path: v.path, line: 1, dependency, license: v.license, optional: false, nonOpen: first }, declared)]
      : [];
  });
  if (closed.length > 0) return closed;
  return [...new Set(vendored.map((v) => v.folder))].flatMap((folder) => {
    const files = vendored.filter((v) => v.folder === folder);
    const count = files.filter((v) => v.ids.length > 0).length;
    const data = { folder, count, unidentified: files.length - count };
    return count > 0 ? [{ outcome: 'pass' as const, messageId: 'vendoredClean' as const, path: folder, data }] : [];
  });
}

interface Closed {
  path: string;
  line: number;
  dependency: string;
  license: string;
  optional: boolean;
  nonOpen: NonOpen;
}

function judge(c: Closed, declared: Declared): Finding<Id> {
  const data = { dependency: c.dependency, license: c.license, name: c.nonOpen.name, why: c.nonOpen.why };
  const at = { path: c.path, line: c.line, data };
  if (c.optional) return { outcome: 'warn', messageId: 'optional', ...at };
  if (declared.pltIndependenceDesc?.trim()) return { outcome: 'warn', messageId: 'covered', ...at };
  const contradicts = declared.mandatoryDepsCreateMoreRestrictions === 'No';
  return { outcome: 'fail', messageId: contradicts ? 'contradicts' : 'nonOpen', ...at };
}
