/** Matches dependency references against src/data/closed-services.json. */
import data from '../../../data/closed-services.json' with { type: 'json' };
import type { DepRef, Ecosystem } from './package-deps.js';

export interface ClosedService {
  readonly id: string;
  readonly name: string;
  readonly kind: 'closed' | 'hint';
  readonly closedVersions?: readonly (readonly [string, string | null])[];
  readonly match: Readonly<Partial<Record<Ecosystem, readonly string[]>>>;
  readonly why: string;
  readonly alternatives: readonly string[];
  readonly source: string;
}

interface Pattern {
  readonly text: string;
  readonly prefix: boolean;
  readonly service: ClosedService;
}

const SERVICES = data.services as readonly ClosedService[];
const PEP503_SEPARATORS = /[-_.]+/g;
const VERSION_DIGITS = /\d+(?:\.\d+){0,2}/;
const ENV_PREFIXES = data.envFrameworkPrefixes.map((p) => p.toLowerCase());

function normalize(ecosystem: Ecosystem, name: string): string {
  const lower = name.toLowerCase();
  if (ecosystem === 'pypi') return lower.replace(PEP503_SEPARATORS, '-');
  if (ecosystem === 'env') return lower.slice(ENV_PREFIXES.find((p) => lower.startsWith(p))?.length ?? 0);
  return lower;
}

/** A private registry or mirror in front of a public image: `registry.local:5000/bitnami/mongodb`. */
const REGISTRY_HOST = /^(?:localhost|[^/.:]*[.:][^/]*)\/(?:library\/)?/;

/** Patterns by ecosystem, longest first so the most specific entry wins (play-services-maps over gms:*). */
const PATTERNS = new Map<Ecosystem, Pattern[]>();
for (const service of SERVICES) {
  for (const [ecosystem, names] of Object.entries(service.match) as [Ecosystem, readonly string[]][]) {
    const list = PATTERNS.get(ecosystem) ?? [];
    for (const name of names) {
      const prefix = name.endsWith('*');
      list.push({ text: normalize(ecosystem, prefix ? name.slice(0, -1) : name), prefix, service });
    }
    PATTERNS.set(ecosystem, list.sort((a, b) => b.text.length - a.text.length));
  }
}

/** The closed service a reference points to, if any (and if its version is a closed one). */
export function closedServiceOf(ref: DepRef): ClosedService | undefined {
  const name = normalize(ref.ecosystem, ref.name);
  const names = ref.ecosystem === 'docker' ? [name, name.replace(REGISTRY_HOST, '')] : [name];
  const hit = PATTERNS.get(ref.ecosystem)
    ?.find((p) => names.some((n) => (p.prefix ? n.startsWith(p.text) : n === p.text)));
  const ranges = hit?.service.closedVersions;
  if (!hit || (ranges && !ranges.some((range) => inRange(versionOf(ref.version), range)))) return undefined;
  return hit.service;
}

/** `^2.1.0` -> [2, 1, 0]; a floating `7` -> [7, ∞, ∞]; `latest`, `*` or nothing -> the newest. */
function versionOf(written: string | undefined): number[] {
  const digits = VERSION_DIGITS.exec(written ?? '')?.[0];
  const parts = digits ? digits.split('.').map(Number) : [];
  while (parts.length < 3) parts.push(Infinity);
  return parts;
}

function inRange(version: readonly number[], [from, to]: readonly [string, string | null]): boolean {
  return compare(version, bound(from)) >= 0 && (to === null || compare(version, bound(to)) < 0);
}

const bound = (text: string): number[] => [...text.split('.').map(Number), 0, 0].slice(0, 3);

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < 3; i += 1) {
    const diff = (a[i] ?? 0) - (b[i] ?? 0);
    if (diff !== 0 && !Number.isNaN(diff)) return diff;
  }
  return 0;
}
