/**
 * Line-based readers for the runtime dependencies of package-manager manifests (npm, Composer, Bundler,
 * Go, pub; Python is in python-deps.ts). Simple on purpose: each returns names with the line they are on.
 */
import { parseJsonObject } from '../../../lib/json.js';

export type Ecosystem = 'npm' | 'pypi' | 'maven' | 'gradle' | 'composer' | 'gem' | 'go' | 'pub' | 'docker' | 'env';

export interface DepRef {
  readonly ecosystem: Ecosystem;
  readonly name: string;
  /** The version range or image tag as written, when the format has one. */
  readonly version?: string;
  readonly line: number;
}

export type Reader = (text: string) => DepRef[];

const NPM_ALIAS = /^npm:((?:@[^@/\s]+\/)?[^@\s]+)@?(.*)$/;

/** `dependencies` (npm) or `require` (Composer), never the dev sections; parsed as JSON. */
export const jsonDeps = (ecosystem: Ecosystem, key: string): Reader => (text) => {
  const deps = parseJsonObject(text)?.[key];
  if (!deps || typeof deps !== 'object' || Array.isArray(deps)) return [];
  const lines = text.split('\n');
  const start = Math.max(0, lines.findIndex((l) => l.includes(`"${key}"`)));
  return Object.entries(deps as Record<string, unknown>).map(([name, value]) => {
    const version = typeof value === 'string' ? value : undefined;
    const alias = version === undefined ? null : NPM_ALIAS.exec(version);
    const line = lineOf(lines, `"${name}"`, start);
    return alias?.[1] ? { ecosystem, name: alias[1], version: alias[2], line } : { ecosystem, name, version, line };
  });
};

const GEM = /^\s*gem\s+["']([^"']+)["']/;
const DEV_GROUP = /(?::|["'])(?:development|test)\b/;
const INLINE_DEV_GROUP = /\bgroups?:[^\n]{0,60}?\b(?:development|test)\b/;
const GROUP_START = /^\s*group\b.*\bdo\b/;
const BLOCK_END = /^end\b/;

/** Gemfile `gem '…'` lines outside development/test groups. */
export const gemfile: Reader = (text) => {
  let skipping = false;
  return text.split('\n').flatMap((line, i) => {
    if (GROUP_START.test(line)) skipping = DEV_GROUP.test(line);
    else if (BLOCK_END.test(line)) skipping = false;
    const name = GEM.exec(line)?.[1];
    if (!name || skipping || INLINE_DEV_GROUP.test(line)) return [];
    return [{ ecosystem: 'gem' as const, name, line: i + 1 }];
  });
};

const GO_REQUIRE = /^\s*(?:require\s+)?([^\s()]+)\s+v\d/;
const GO_SKIP = /\/\/\s*indirect|^\s*(?:module|go|replace|exclude|retract)\b/;

/** go.mod `require` lines, direct dependencies only (no `// indirect`). */
export const goMod: Reader = (text) =>
  text.split('\n').flatMap((line, i) => {
    const name = GO_SKIP.test(line) ? undefined : GO_REQUIRE.exec(line)?.[1];
    return name?.includes('.') ? [{ ecosystem: 'go' as const, name, line: i + 1 }] : [];
  });

const YAML_TOP_KEY = /^([A-Za-z_]\w*)\s*:/;
const YAML_NESTED_KEY = /^( +)([a-z0-9_]+)\s*:/;

/** pubspec.yaml keys directly under the top-level `dependencies:` (not `dev_dependencies:`). */
export const pubspec: Reader = (text) => {
  let section = '';
  let indent: number | undefined;
  return text.split('\n').flatMap((line, i) => {
    const top = YAML_TOP_KEY.exec(line);
    if (top?.[1]) [section, indent] = [top[1], undefined];
    const entry = section === 'dependencies' ? YAML_NESTED_KEY.exec(line) : null;
    if (!entry?.[1] || !entry[2]) return [];
    indent ??= entry[1].length;
    return entry[1].length === indent ? [{ ecosystem: 'pub' as const, name: entry[2], line: i + 1 }] : [];
  });
};

export function lineOf(lines: readonly string[], needle: string, from = 0): number {
  const index = lines.findIndex((l, i) => i >= from && l.includes(needle));
  return (index < 0 ? from : index) + 1;
}
