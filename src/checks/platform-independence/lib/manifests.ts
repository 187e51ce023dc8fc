/** Which root files the closed-dependency scan reads, and with which reader. */
import { globsOf, pathMatcher } from '../../../lib/paths.js';
import type { RepoSnapshot } from '../../../model/snapshot.js';
import { composeImages, envKeys, gradle, pomXml } from './build-deps.js';
import { gemfile, goMod, jsonDeps, pubspec, type DepRef, type Reader } from './package-deps.js';
import { pythonToml, requirementsTxt } from './python-deps.js';

const SOURCES: readonly { readonly globs: readonly string[]; readonly read: Reader }[] = [
  { globs: ['package.json'], read: jsonDeps('npm', 'dependencies') },
  { globs: ['composer.json'], read: jsonDeps('composer', 'require') },
  { globs: ['requirements*.txt'], read: requirementsTxt },
  { globs: ['pyproject.toml', 'Pipfile'], read: pythonToml },
  { globs: ['build.gradle', 'build.gradle.kts', 'app/build.gradle', 'app/build.gradle.kts'], read: gradle },
  { globs: ['pom.xml'], read: pomXml },
  { globs: ['Gemfile'], read: gemfile },
  { globs: ['go.mod'], read: goMod },
  { globs: ['pubspec.yaml'], read: pubspec },
  { globs: ['docker-compose*.y*ml', 'compose.y*ml'], read: composeImages },
  { globs: globsOf('envExample'), read: envKeys },
];

const MATCHERS = SOURCES.map((s) => ({ matches: pathMatcher(s.globs), read: s.read }));

export const MANIFEST_GLOBS: readonly string[] = SOURCES.flatMap((s) => s.globs);

/** requirements-dev.txt, docker-compose.test.yml …: development and test tooling does not count. */
const DEV_FILE = /[-_.](?:dev|develop|development|test|tests|testing|ci|lint|docs?)(?=[-_.])/i;

export interface FoundRef extends DepRef {
  readonly path: string;
}

export function scanManifests(repo: RepoSnapshot): { scanned: string[]; refs: FoundRef[] } {
  const scanned: string[] = [];
  const refs: FoundRef[] = [];
  for (const { path } of repo.files) {
    const text = repo.texts.get(path);
    const source = MATCHERS.find((m) => m.matches(path));
    if (text === undefined || !source || DEV_FILE.test(path)) continue;
    scanned.push(path);
    refs.push(...source.read(text).map((ref) => ({ ...ref, path })));
  }
  return { scanned, refs };
}
