/**
 * Sorts the references that name a closed service by how much they count for Indicator 4: direct runtime
 * ones, optional ones, hints (cloud SDKs, infrastructure code), transitive ones (one group per lock file and
 * service, left out when the service is already named directly) and development-only ones (only counted).
 */
import { closedServiceOf, normalizeName, type ClosedService } from './closed-match.js';
import type { FoundRef } from './settle.js';

export interface Match {
  readonly ref: FoundRef;
  readonly service: ClosedService;
}

export interface TransitiveGroup extends Match {
  readonly names: readonly string[];
  /** The first three names and how many more. */
  readonly listed: string;
}

export interface Sorted {
  readonly direct: readonly Match[];
  readonly optional: readonly Match[];
  readonly hints: readonly Match[];
  readonly transitive: readonly TransitiveGroup[];
  /** Distinct development-only dependencies, and the closed ones among them. */
  readonly dev: { readonly count: number; readonly closed: readonly Match[] };
}

/** Terraform resources say what a deployment provisions, not what the product needs: a hint at most. */
const isHint = (m: Match): boolean => m.service.kind === 'hint' || m.ref.ecosystem === 'terraform';

/** How a finding names the dependency: `mapbox-gl ^2.15.0`, `Terraform resource aws_dynamodb_table`. */
export function label(ref: FoundRef): string {
  if (ref.ecosystem === 'terraform') return `Terraform resource ${ref.name}`;
  return ref.version ? `${ref.name} ${ref.version}` : ref.name;
}

const listed = (names: readonly string[]): string =>
  names.length <= 3 ? names.join(', ') : `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`;

function groupTransitive(matches: readonly Match[], named: ReadonlySet<string>): TransitiveGroup[] {
  const groups = new Map<string, { first: Match; names: string[] }>();
  for (const m of matches) {
    if (named.has(m.service.id) || isHint(m)) continue;
    const key = `${m.ref.path}\n${m.service.id}`;
    const group = groups.get(key);
    if (group) group.names.push(label(m.ref));
    else groups.set(key, { first: m, names: [label(m.ref)] });
  }
  return [...groups.values()].map(({ first, names }) => ({ ...first, names, listed: listed(names) }));
}

export function sortMatches(refs: readonly FoundRef[]): Sorted {
  const matches = refs.flatMap((ref): Match[] => {
    const service = closedServiceOf(ref);
    return service ? [{ ref, service }] : [];
  });
  const live = matches.filter((m) => m.ref.scope !== 'dev');
  const direct = live.filter((m) => !m.ref.transitive && !isHint(m) && m.ref.scope !== 'optional');
  const optional = live.filter((m) => !m.ref.transitive && !isHint(m) && m.ref.scope === 'optional');
  const named = new Set([...direct, ...optional].map((m) => m.service.id));
  const devRefs = refs.filter((r) => r.scope === 'dev');
  return {
    direct,
    optional,
    hints: live.filter((m) => !m.ref.transitive && isHint(m)),
    transitive: groupTransitive(
      live.filter((m) => m.ref.transitive),
      named,
    ),
    dev: {
      count: new Set(devRefs.map((r) => `${r.ecosystem}\n${normalizeName(r.ecosystem, r.name)}`)).size,
      closed: matches.filter((m) => m.ref.scope === 'dev'),
    },
  };
}
