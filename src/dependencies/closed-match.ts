/** Matches dependency references against src/data/closed-services.json. */
import data from '../data/closed-services.json' with { type: 'json' };
import type { DepRef, Ecosystem } from './dep-ref.js';

export interface ClosedService {
  readonly id: string;
  readonly name: string;
  readonly kind: 'closed' | 'hint';
  /** The component's own licence, when that is what makes it closed (MongoDB server: SSPL): it fails whatever is declared. */
  readonly licenseBound?: string;
  /** Analytics, crash reports, performance, remote config: not needed to run, so never a mandatory dependency. */
  readonly telemetry?: boolean;
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

/** How a registry compares names: case-insensitively, PEP 503 for PyPI, `-` = `_` for crates. */
export function normalizeName(ecosystem: Ecosystem, name: string): string {
  const lower = name.toLowerCase();
  if (ecosystem === 'pypi') return lower.replace(PEP503_SEPARATORS, '-');
  if (ecosystem === 'cargo') return lower.replace(/_/g, '-');
  if (ecosystem === 'env') return lower.slice(ENV_PREFIXES.find((p) => lower.startsWith(p))?.length ?? 0);
  return lower;
}

/** A private registry or mirror in front of a public image: `registry.local:5000/bitnami/mongodb`. */
const REGISTRY_HOST = /^(?:localhost|[^/.:]*[.:][^/]*)\/(?:library\/)?/;

interface Index {
  readonly exact: Map<string, Pattern>;
  /** Longest first, so the most specific entry wins (`play-services-maps` over `gms:*`). */
  readonly prefixes: Pattern[];
}

/** Patterns by ecosystem: exact names in a map (a 20,000-package lock looks each one up), prefixes in a list. */
const INDEX = new Map<Ecosystem, Index>();
for (const service of SERVICES) {
  for (const [ecosystem, names] of Object.entries(service.match) as [Ecosystem, readonly string[]][]) {
    const index = INDEX.get(ecosystem) ?? { exact: new Map<string, Pattern>(), prefixes: [] };
    for (const name of names) {
      const prefix = name.endsWith('*');
      const pattern = { text: normalizeName(ecosystem, prefix ? name.slice(0, -1) : name), prefix, service };
      if (prefix) index.prefixes.push(pattern);
      else if (!index.exact.has(pattern.text)) index.exact.set(pattern.text, pattern);
    }
    index.prefixes.sort((a, b) => b.text.length - a.text.length);
    INDEX.set(ecosystem, index);
  }
}

/** An exact entry for one of the names (the longest when several), else the longest prefix entry. */
function find(ecosystem: Ecosystem, names: readonly string[]): Pattern | undefined {
  const index = INDEX.get(ecosystem);
  if (!index) return undefined;
  let best: Pattern | undefined;
  for (const name of names) {
    const hit = index.exact.get(name);
    if (hit && (!best || hit.text.length > best.text.length)) best = hit;
  }
  return best ?? index.prefixes.find((p) => names.some((n) => n.startsWith(p.text)));
}

/** An entry for a whole Maven group (`com.google.android.gms:*`) or for some artifacts of it (`…:play-services-maps`). */
interface GroupEntry {
  readonly group: string;
  /** The words of the artifact (`play`, `services`, `maps`); none for a whole-group entry. */
  readonly words: readonly string[];
  readonly service: ClosedService;
}

/** Maven groups, longest first: an Android component or meta-data key named under one belongs to it. */
const MAVEN = INDEX.get('maven');
const MAVEN_GROUPS: readonly GroupEntry[] = [...(MAVEN?.exact.values() ?? []), ...(MAVEN?.prefixes ?? [])]
  .map((p) => {
    const [group = '', artifact = ''] = p.text.split(':');
    return { group, words: artifact.split(/[-_.]/).filter(Boolean), service: p.service };
  })
  .filter((g) => g.group.includes('.'))
  .sort((a, b) => b.group.length - a.group.length);

/**
 * The entry an Android name falls under: in its longest matching group, the artifact named by the word after
 * the group (`com.google.firebase.messaging.…` → firebase-messaging, `com.google.android.gms.maps.…` →
 * play-services-maps), else the whole-group entry, since a key such as `com.google.android.gms.version`
 * says only "Play services", not which of its artifacts.
 */
function androidGroupEntry(name: string): GroupEntry | undefined {
  const group = MAVEN_GROUPS.find((g) => name.startsWith(`${g.group}.`))?.group;
  if (group === undefined) return undefined;
  const inGroup = MAVEN_GROUPS.filter((g) => g.group === group);
  const next = name.slice(group.length + 1).split(/[._]/)[0] ?? '';
  // `com.google.firebase.firebase…` names no artifact: every artifact of the group has that word.
  const named =
    next === group.slice(group.lastIndexOf('.') + 1) ? undefined : inGroup.find((g) => g.words.includes(next));
  return named ?? inGroup.find((g) => g.words.length === 0) ?? inGroup[0];
}

/** Where the data has no entries of the reference's own kind, what it can still be matched by. */
function fallback(ref: DepRef, name: string): Pattern | undefined {
  if (ref.ecosystem === 'helm') return find('docker', [name, name.slice(name.indexOf('/') + 1)]);
  if (ref.ecosystem !== 'android') return undefined;
  const hit = androidGroupEntry(name);
  return hit ? { text: hit.group, prefix: true, service: hit.service } : undefined;
}

/** The closed service a reference points to, if any (and if its version is a closed one). */
export function closedServiceOf(ref: DepRef): ClosedService | undefined {
  const name = normalizeName(ref.ecosystem, ref.name);
  const names = ref.ecosystem === 'docker' ? [name, name.replace(REGISTRY_HOST, '')] : [name];
  const hit = find(ref.ecosystem, names) ?? fallback(ref, name);
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
