import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import { clip } from '../../lib/text.js';
import { label, type Match, type Sorted } from '../../dependencies/index.js';

const messages = {
  closed: '{{dependency}} needs {{service}}, which is closed ({{why}}); open alternatives: {{alternatives}}',
  contradicts:
    '{{dependency}} needs {{service}}, which is closed ({{why}}), yet dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No; open alternatives: {{alternatives}}',
  covered:
    '{{dependency}} needs {{service}}, which is closed ({{why}}); dpg.yml platformIndependence.pltIndependenceDesc describes open alternatives: check that it covers this one ({{alternatives}})',
  attested:
    '{{dependency}} needs {{service}}, which is closed ({{why}}); dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No, so it is taken as not mandatory: confirm that the product runs without it, or name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  telemetry:
    '{{dependency}} reports to {{service}}, which is closed ({{why}}); the product does not need it to run, so it is not a mandatory dependency: confirm that, or name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  optional:
    '{{dependency}} is optional ({{via}}) and needs {{service}}, which is closed ({{why}}); check that the product runs without it, and name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  transitive:
    'Other dependencies pull in {{dependency}}, part of {{service}}, which is closed ({{why}}); find which one does and whether it can be replaced; open alternatives: {{alternatives}}',
  hint: '{{dependency}} hints at {{service}} ({{why}}); if it is mandatory, name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  config:
    '{{dependency}} configures {{service}}, which is closed ({{why}}); if it is mandatory, name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  unreadable: '{{path}} could not be read as {{format}} (line {{line}}: {{reason}}); its dependencies were not checked',
  devSkipped:
    '{{count}} development-only dependencies not considered (development, test and build tooling does not count for Indicator 4); closed ones among them: {{closed}}',
  declaredCovered: 'dpg.yml declares closed mandatory dependencies with open alternatives: "{{description}}"',
  declaredUncovered:
    'dpg.yml declares closed mandatory dependencies but platformIndependence.pltIndependenceDesc names no open alternative',
  clean: 'No known closed service, SDK or server image among the runtime dependencies in {{path}}',
  declaredNone:
    'No dependency manifest to scan; dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No',
  undeclared:
    'No dependency manifest, lock file, Compose file or .env example at the root or two folders down: declare platformIndependence.mandatoryDepsCreateMoreRestrictions in dpg.yml (and, if Yes, the open alternatives in pltIndependenceDesc)',
};
type Id = keyof typeof messages;
type Declared = NonNullable<Declaration['platformIndependence']>;

export default defineCheck({
  meta: {
    id: 'platform-independence/closed-dependencies',
    indicator: '4',
    level: 'required',
    title: 'No closed component is mandatory, or an open alternative is documented',
    rationale:
      'A DPG must run without components under more restrictive terms than its own license; platform independence is the indicator where most software applications fail review.',
    remediation:
      'Replace each closed service with an OSI-licensed one, or put it behind an abstraction layer, or ship migration code and instructions for an open alternative; then describe the alternatives in dpg.yml platformIndependence.pltIndependenceDesc. See https://github.com/DPGAlliance/dpg-resources/tree/main/docs/platform-independence.',
    // The manifests and lock files are read for facts.dependencies (DEPENDENCY_READS).
    reads: [],
    messages,
  },
  run: ({ declaration, facts }) => {
    const declared: Declared = declaration?.platformIndependence ?? {};
    const {
      scan: { scanned, problems },
      closed: sorted,
    } = facts.dependencies;
    const found = [...sorted.direct.map((m) => judge(m, declared)), ...lowered(sorted)];
    const unreadable = problems.map((p): Finding<Id> => ({
      outcome: 'warn',
      messageId: 'unreadable',
      path: p.path,
      line: p.line,
      data: { ...p },
    }));
    const fallback = found.length > 0 ? [] : nothingFound(scanned, new Set(problems.map((p) => p.path)), declared);
    return [...found, ...unreadable, ...devSkipped(sorted), ...declaredClosed(declared), ...fallback];
  },
});

const dataOf = ({ ref, service }: Match, dependency = label(ref)) => ({
  dependency,
  service: service.name,
  why: service.why,
  alternatives: service.alternatives.join(', '),
  ...(ref.via || ref.scope === 'optional' ? { via: ref.via ?? 'optional in its manifest' } : {}),
});

/**
 * Whether a hosted service is truly mandatory is an attestation in the Standard, and the detection "needs human
 * confirmation": an answer of No makes it a warning to confirm. A component whose own licence is restrictive
 * (MongoDB server under the SSPL) is named by the Standard as failing, so No does not lower it.
 */
function judge(match: Match, declared: Declared): Finding<Id> {
  const at = { path: match.ref.path, line: match.ref.line, data: dataOf(match) };
  if (declared.pltIndependenceDesc?.trim()) return { outcome: 'warn', messageId: 'covered', ...at };
  if (match.ref.ecosystem === 'env') return { outcome: 'warn', messageId: 'config', ...at };
  if (match.service.telemetry) return { outcome: 'warn', messageId: 'telemetry', ...at };
  const declaredNo = declared.mandatoryDepsCreateMoreRestrictions === 'No';
  if (match.service.licenseBound) return { outcome: 'fail', messageId: declaredNo ? 'contradicts' : 'closed', ...at };
  return declaredNo
    ? { outcome: 'warn', messageId: 'attested', ...at }
    : { outcome: 'fail', messageId: 'closed', ...at };
}

/** Optional, hinted and transitive closed dependencies warn at most. */
function lowered({ optional, hints, transitive }: Sorted): Finding<Id>[] {
  const at = (m: Match, dependency?: string) => ({
    outcome: 'warn' as const,
    path: m.ref.path,
    line: m.ref.line,
    data: dataOf(m, dependency),
  });
  return [
    ...optional.map((m) => ({ ...at(m), messageId: 'optional' as const })),
    ...hints.map((m) => ({ ...at(m), messageId: 'hint' as const })),
    ...transitive.map((g) => ({ ...at(g, g.listed), messageId: 'transitive' as const })),
  ];
}

function devSkipped({ dev }: Sorted): Finding<Id>[] {
  if (dev.count === 0) return [];
  const closed = [...new Set(dev.closed.map((m) => `${m.ref.name} (${m.service.name})`))];
  return [
    {
      outcome: 'pass',
      messageId: 'devSkipped',
      data: { count: dev.count, closed: closed.length ? clip(closed.join(', '), 200) : 'none' },
    },
  ];
}

function declaredClosed(declared: Declared): Finding<Id>[] {
  if (declared.mandatoryDepsCreateMoreRestrictions !== 'Yes') return [];
  const description = declared.pltIndependenceDesc?.trim();
  return description
    ? [{ outcome: 'warn', messageId: 'declaredCovered', data: { description: clip(description, 160) } }]
    : [{ outcome: 'fail', messageId: 'declaredUncovered' }];
}

/** Each manifest read whole; nothing to say when all were unreadable; otherwise the declared answer. */
function nothingFound(scanned: readonly string[], unreadable: ReadonlySet<string>, declared: Declared): Finding<Id>[] {
  if (scanned.length > 0)
    return scanned
      .filter((path) => !unreadable.has(path))
      .map((path) => ({ outcome: 'pass', messageId: 'clean', path, data: { path } }));
  const answer = declared.mandatoryDepsCreateMoreRestrictions;
  if (answer === 'No') return [{ outcome: 'pass', messageId: 'declaredNone' }];
  return answer === 'Yes' ? [] : [{ outcome: 'needs-review', messageId: 'undeclared' }];
}
