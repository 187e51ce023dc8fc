import { defineCheck } from '../define.js';
import type { Declaration } from '../../model/declaration.js';
import type { Finding } from '../../model/finding.js';
import { clip } from '../../lib/text.js';
import { closedServiceOf, type ClosedService } from './lib/closed-match.js';
import { MANIFEST_GLOBS, scanManifests, type FoundRef } from './lib/manifests.js';

const messages = {
  closed: '{{dependency}} needs {{service}}, which is closed ({{why}}); open alternatives: {{alternatives}}',
  contradicts: '{{dependency}} needs {{service}}, which is closed ({{why}}), yet dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No; open alternatives: {{alternatives}}',
  covered: '{{dependency}} needs {{service}}, which is closed ({{why}}); dpg.yml platformIndependence.pltIndependenceDesc describes open alternatives: check that it covers this one ({{alternatives}})',
  hint: '{{dependency}} hints at {{service}} ({{why}}); if it is mandatory, name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  config: '{{dependency}} configures {{service}}, which is closed ({{why}}); if it is mandatory, name an open alternative such as {{alternatives}} in dpg.yml platformIndependence.pltIndependenceDesc',
  declaredCovered: 'dpg.yml declares closed mandatory dependencies with open alternatives: "{{description}}"',
  declaredUncovered: 'dpg.yml declares closed mandatory dependencies but platformIndependence.pltIndependenceDesc names no open alternative',
  clean: 'No known closed service, SDK or server image in {{path}}',
  declaredNone: 'No dependency manifest at the root to scan; dpg.yml declares platformIndependence.mandatoryDepsCreateMoreRestrictions: No',
  undeclared: 'No dependency manifest, Compose file or .env example at the root to scan: declare platformIndependence.mandatoryDepsCreateMoreRestrictions in dpg.yml (and, if Yes, the open alternatives in pltIndependenceDesc)',
};
type Id = keyof typeof messages;
type Declared = NonNullable<Declaration['platformIndependence']>;

export default defineCheck({
  meta: {
    id: 'platform-independence/closed-dependencies',
    indicator: '4',
    level: 'required',
    title: 'No closed component is mandatory, or an open alternative is documented',
    rationale: 'A DPG must run without components under more restrictive terms than its own license; platform independence is the indicator where most software applications fail review.',
    remediation: 'Replace each closed service with an OSI-licensed one, or put it behind an abstraction layer, or ship migration code and instructions for an open alternative; then describe the alternatives in dpg.yml platformIndependence.pltIndependenceDesc. See https://github.com/DPGAlliance/dpg-resources/tree/main/docs/platform-independence.',
    reads: MANIFEST_GLOBS,
    messages,
  },
  run: ({ repo, declaration }) => {
    const declared: Declared = declaration?.platformIndependence ?? {};
    const { scanned, refs } = scanManifests(repo);
    const found = refs.flatMap((ref) => {
      const service = closedServiceOf(ref);
      return service ? [judge(ref, service, declared)] : [];
    });
    const fallback = found.length > 0 ? [] : nothingFound(scanned, declared);
    return [...found, ...declaredClosed(declared), ...fallback];
  },
});

function judge(ref: FoundRef, service: ClosedService, declared: Declared): Finding<Id> {
  const dependency = ref.version ? `${ref.name} ${ref.version}` : ref.name;
  const data = { dependency, service: service.name, why: service.why, alternatives: service.alternatives.join(', ') };
  const at = { path: ref.path, line: ref.line, data };
  if (service.kind === 'hint') return { outcome: 'warn', messageId: 'hint', ...at };
  if (declared.pltIndependenceDesc?.trim()) return { outcome: 'warn', messageId: 'covered', ...at };
  if (ref.ecosystem === 'env') return { outcome: 'warn', messageId: 'config', ...at };
  const contradicts = declared.mandatoryDepsCreateMoreRestrictions === 'No';
  return { outcome: 'fail', messageId: contradicts ? 'contradicts' : 'closed', ...at };
}

function declaredClosed(declared: Declared): Finding<Id>[] {
  if (declared.mandatoryDepsCreateMoreRestrictions !== 'Yes') return [];
  const description = declared.pltIndependenceDesc?.trim();
  return description
    ? [{ outcome: 'warn', messageId: 'declaredCovered', data: { description: clip(description, 160) } }]
    : [{ outcome: 'fail', messageId: 'declaredUncovered' }];
}

function nothingFound(scanned: readonly string[], declared: Declared): Finding<Id>[] {
  if (scanned.length > 0) return scanned.map((path) => ({ outcome: 'pass', messageId: 'clean', path, data: { path } }));
  const answer = declared.mandatoryDepsCreateMoreRestrictions;
  if (answer === 'No') return [{ outcome: 'pass', messageId: 'declaredNone' }];
  return answer === 'Yes' ? [] : [{ outcome: 'needs-review', messageId: 'undeclared' }];
}
