/**
 * Names that mark development-only dependencies: files (requirements-dev.txt), groups (extra `test`) and the
 * tooling folders a manifest sits in (tools/translation-script/requirements.txt).
 */
import data from '../data/dependency-manifests.json' with { type: 'json' };
import tooling from '../data/tooling-folders.json' with { type: 'json' };

const DEV_GROUPS = new Set(data.devGroupNames.map((n) => n.toLowerCase()));
const DEV_FILE = new RegExp(`(?:^|[-_.])(?:${data.devFileWords.join('|')})(?=[-_.]|$)`, 'i');

/** An extra, group or category named for development tooling (`dev`, `test`, `docs`, `lint` …). */
export const isDevGroup = (name: string): boolean => DEV_GROUPS.has(name.toLowerCase());

/** requirements-dev.txt, requirements/test.txt, docker-compose.ci.yml, App.Tests.csproj, Dockerfile.dev. */
export function isDevFile(path: string): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  const stem = dot > 0 && !base.startsWith('Dockerfile.') ? base.slice(0, dot) : base;
  return DEV_FILE.test(stem);
}

const TOOLING_FOLDERS = new Set(tooling.folders.map((f) => f.toLowerCase()));

/** The first tooling folder (tools/, scripts/ …) a path lies in: what is declared there is development tooling. */
export function toolingFolderOf(path: string): string | undefined {
  return path
    .split('/')
    .slice(0, -1)
    .find((folder) => TOOLING_FOLDERS.has(folder.toLowerCase()));
}
