import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { globsOf, pathMatcher, shallowestPath, type PatternGroup } from '../../lib/paths.js';
import signals from '../../data/standards-signals.json' with { type: 'json' };

const messages = {
  found: '{{practice}}: {{path}} (of {{count}} matching)',
  enough: '{{count}} of {{total}} repository practices found; not found: {{missing}}',
  complete: 'All {{total}} repository practices found',
  few: 'Only {{count}} of {{total}} repository practices found (at least {{min}} expected); add {{missing}}',
};

type Message = keyof typeof messages;

/** A practice is a shared pattern group or its own globs; the all-present test catches a misspelt group. */
const PRACTICES = signals.practices.map((p) => ({
  practice: p.practice,
  add: p.add,
  matches: pathMatcher('group' in p ? globsOf(p.group as PatternGroup) : p.globs),
}));

export default defineCheck({
  meta: {
    id: 'standards-best-practices/practices-detected',
    indicator: '8',
    level: 'recommended',
    title: 'The repository shows common engineering practices (CI, tests, linters, security policy, …)',
    rationale:
      'Reviewers accept CI/CD, automated tests, code style, dependency updates, a security policy, contribution rules, changelogs, publiccode.yml and REUSE as evidence of best practices; files in the repository prove them better than a claim.',
    remediation:
      'Add the missing practices: a CI workflow running the tests, automated tests, a linter/formatter config, Dependabot or Renovate, SECURITY.md, CONTRIBUTING.md, CODE_OF_CONDUCT.md, a CHANGELOG, publiccode.yml (https://yml.publiccode.tools) and REUSE metadata (https://reuse.software).',
    reads: [],
    messages,
  },
  run: ({ repo }) => {
    const results = PRACTICES.map((p) => ({
      ...p,
      paths: repo.files.filter((f) => p.matches(f.path)).map((f) => f.path),
    }));
    const present = results.filter((r) => r.paths.length > 0);
    const missing = results.filter((r) => r.paths.length === 0);
    const findings: Finding<Message>[] = present.map((r) => ({
      outcome: 'pass',
      messageId: 'found',
      path: shallowestPath(r.paths),
      data: { practice: r.practice, path: shallowestPath(r.paths), count: r.paths.length },
    }));
    const data = { count: present.length, total: PRACTICES.length, min: signals.minPractices };
    if (missing.length === 0) return [...findings, { outcome: 'pass', messageId: 'complete', data }];
    const summary: Finding<Message> =
      present.length >= signals.minPractices
        ? {
            outcome: 'pass',
            messageId: 'enough',
            data: { ...data, missing: missing.map((m) => m.practice).join(', ') },
          }
        : { outcome: 'warn', messageId: 'few', data: { ...data, missing: missing.map((m) => m.add).join('; ') } };
    return [...findings, summary];
  },
});
