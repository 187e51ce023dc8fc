import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { pathsIn, shallowestPath, type PatternGroup } from '../../lib/paths.js';
import signals from '../../data/documentation-signals.json' with { type: 'json' };

const messages = {
  found: '{{kind}}: {{path}} (of {{count}} matching)',
  complete: 'All {{total}} kinds of wider documentation are present',
  enough: '{{count}} of {{total}} kinds of wider documentation are present; missing: {{missing}}',
  thin: 'Only {{count}} of {{total}} kinds of wider documentation are present (at least {{min}} expected); add {{missing}}',
};

type Message = keyof typeof messages;

/** Group names come from the data file; the test with every kind present catches a misspelt one. */
const KINDS = signals.coverage.map((c) => ({ kind: c.kind, group: c.group as PatternGroup }));

export default defineCheck({
  meta: {
    id: 'documentation/docs-coverage',
    indicator: '5',
    level: 'recommended',
    title: 'Fuller documentation: docs site, contributing guide, changelog, architecture, API reference',
    rationale:
      'Beyond the README, DPGA reviewers look for the sections the DPG Wiki lists: developer docs, a contributing guide, release notes, architecture and an API reference.',
    remediation:
      'Add what is missing: a docs/ folder or docs site (MkDocs, Docusaurus, Sphinx), CONTRIBUTING.md, CHANGELOG.md with semantic versions, an architecture overview (docs/architecture.md or a diagram) and an API reference (e.g. openapi.yaml).',
    reads: [],
    messages,
  },
  run: ({ repo }) => {
    const results = KINDS.map((k) => ({ ...k, paths: pathsIn(repo, k.group) }));
    const present = results.filter((r) => r.paths.length > 0);
    const missing = results
      .filter((r) => r.paths.length === 0)
      .map((r) => r.kind)
      .join(', ');
    const findings: Finding<Message>[] = present.map((r) => ({
      outcome: 'pass',
      messageId: 'found',
      path: shallowestPath(r.paths),
      data: { kind: r.kind, path: shallowestPath(r.paths), count: r.paths.length },
    }));
    const data = { count: present.length, total: KINDS.length, min: signals.minCoverage, missing };
    const summary: Finding<Message> =
      present.length === KINDS.length
        ? { outcome: 'pass', messageId: 'complete', data }
        : present.length >= signals.minCoverage
          ? { outcome: 'pass', messageId: 'enough', data }
          : { outcome: 'warn', messageId: 'thin', data };
    return [...findings, summary];
  },
});
