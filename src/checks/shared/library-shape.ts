/**
 * Helper for sdg-relevance/not-developer-tool (not a check): the signs that a repository is packaged
 * as a general-purpose library, SDK or framework. Pure functions of the snapshot.
 */
import type { RepoSnapshot } from '../../model/snapshot.js';
import { globsOf, pathsIn } from '../../lib/paths.js';
import { clip, firstLineMatching } from '../../lib/text.js';
import signals from '../../data/developer-tool-signals.json' with { type: 'json' };
import { parseJsonObject, type JsonObject } from '../../lib/json.js';
import { escapeRegExp } from '../../lib/regexp.js';

export interface Signal {
  readonly signal: string;
  readonly path?: string;
  readonly line?: number;
}

export const SHAPE_READS: readonly string[] = [
  'package.json',
  'pyproject.toml',
  'setup.py',
  'setup.cfg',
  'Cargo.toml',
  'CMakeLists.txt',
  ...globsOf('rootReadme'),
];

const LIBRARY_TOPICS = new Set(signals.libraryTopics);
const INSTALL = new RegExp(signals.installAsDependencyPattern, 'i');
const TROVE: readonly string[] = signals.troveClassifiers;
/** A Python manifest that packages something (not just tool configuration). */
const PY_PACKAGING: Readonly<Record<string, RegExp>> = {
  'pyproject.toml': /^\[(?:project|tool\.poetry)\]/m,
  'setup.py': /\bsetup\s*\(/,
  'setup.cfg': /^\[metadata\]/m,
};
const PY_SCRIPTS =
  /^\[(?:project\.(?:gui-)?scripts|project\.entry-points|tool\.poetry\.scripts|options\.entry_points)|\bentry_points\b|\bscripts\s*=/m;

/** The root README's text (first one found), capped. */
export function readmeOf(repo: RepoSnapshot): { path: string; text: string } | undefined {
  const path = pathsIn(repo, 'rootReadme').find((p) => repo.texts.has(p));
  return path === undefined ? undefined : { path, text: (repo.texts.get(path) ?? '').slice(0, 200_000) };
}

function fromPackageJson(repo: RepoSnapshot, pkg: JsonObject | undefined): Signal[] {
  if (!pkg || !['main', 'exports', 'module'].some((k) => k in pkg)) return [];
  const scripts = pkg['scripts'] !== null && typeof pkg['scripts'] === 'object' ? Object.keys(pkg['scripts']) : [];
  if ('bin' in pkg || pkg['private'] === true || ['start', 'dev', 'serve'].some((k) => scripts.includes(k))) return [];
  const line = firstLineMatching(repo.texts.get('package.json') ?? '', /"(?:main|exports|module)"\s*:/)?.line;
  return [
    {
      signal: 'package.json exports a module (main/exports) with no bin, start script or "private" flag',
      path: 'package.json',
      line,
    },
  ];
}

function fromPythonPackaging(repo: RepoSnapshot): Signal[] {
  const texts = Object.keys(PY_PACKAGING).map((path) => ({ path, text: repo.texts.get(path) }));
  const present = texts.filter((t) => t.text !== undefined && PY_PACKAGING[t.path]?.test(t.text));
  if (present.length === 0 || present.some((t) => PY_SCRIPTS.test(t.text ?? ''))) return [];
  return [
    { signal: `${present[0]?.path} packages a Python library with no scripts or entry points`, path: present[0]?.path },
  ];
}

/** Trove classifiers a Python package declares for developers or for library use. */
function fromClassifiers(repo: RepoSnapshot): Signal[] {
  for (const path of Object.keys(PY_PACKAGING)) {
    const text = repo.texts.get(path) ?? '';
    const found = TROVE.filter((c) => text.includes(c));
    if (found.length > 0) {
      const line = firstLineMatching(text, new RegExp(escapeRegExp(found[0] ?? '')))?.line;
      return [{ signal: `${path} classifiers: ${found.join('; ')}`, path, ...(line ? { line } : {}) }];
    }
  }
  return [];
}

function fromOtherManifests(repo: RepoSnapshot): Signal[] {
  const has = (path: string) => repo.files.some((f) => f.path === path);
  const gemspec = repo.files.find((f) => !f.path.includes('/') && f.path.toLowerCase().endsWith('.gemspec'));
  const found: Signal[] = gemspec ? [{ signal: `Ruby gem specification ${gemspec.path}`, path: gemspec.path }] : [];
  const cargo = repo.texts.get('Cargo.toml');
  if (
    cargo !== undefined &&
    (/^\[lib\]/m.test(cargo) || has('src/lib.rs')) &&
    !/^\[\[bin\]\]/m.test(cargo) &&
    !has('src/main.rs')
  ) {
    found.push({ signal: 'Cargo.toml builds a Rust library with no binary', path: 'Cargo.toml' });
  }
  const cmake = repo.texts.get('CMakeLists.txt');
  if (cmake !== undefined && /\badd_library\s*\(/i.test(cmake) && !/\badd_executable\s*\(/i.test(cmake)) {
    found.push({ signal: 'CMakeLists.txt builds a library with no executable', path: 'CMakeLists.txt' });
  }
  return found;
}

function fromMetadata(repo: RepoSnapshot, pkg: JsonObject | undefined): Signal[] {
  const found: Signal[] = [];
  const keywords = Array.isArray(pkg?.['keywords'])
    ? pkg['keywords'].filter((k): k is string => typeof k === 'string')
    : [];
  const topics = [...new Set([...repo.meta.topics, ...keywords].map((t) => t.toLowerCase()))].filter((t) =>
    LIBRARY_TOPICS.has(t),
  );
  if (topics.length > 0) found.push({ signal: `repository topics or package keywords: ${topics.join(', ')}` });
  return found;
}

export function librarySignals(repo: RepoSnapshot): Signal[] {
  const pkg = parseJsonObject(repo.texts.get('package.json'));
  const readme = readmeOf(repo);
  const install = readme && firstLineMatching(readme.text, INSTALL);
  const usage: Signal[] = install
    ? [
        {
          signal: `README installs it as a dependency: "${clip(install.text, 80)}"`,
          path: readme.path,
          line: install.line,
        },
      ]
    : [];
  return [
    ...fromPackageJson(repo, pkg),
    ...fromPythonPackaging(repo),
    ...fromClassifiers(repo),
    ...fromOtherManifests(repo),
    ...fromMetadata(repo, pkg),
    ...usage,
  ];
}
