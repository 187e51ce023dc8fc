/**
 * Package manifests at the root and one folder down (monorepo packages), never inside vendored,
 * test or fixture folders: those declare someone else's license or a pretend one.
 */
import places from '../../data/declared-license-places.json' with { type: 'json' };
import type { RepoSnapshot } from '../../model/snapshot.js';
import { readGemspec, readMixExs } from './code-manifests.js';
import { readComposerJson, readPackageJson } from './json-manifests.js';
import type { DeclaredLicense } from './model.js';
import { readSetupCfg, readSetupPy } from './python-manifests.js';
import { readDescription } from './r-description.js';
import { readCargoToml, readPyproject } from './toml-manifests.js';
import { readMsbuild, readPom } from './xml-manifests.js';
import { readPubliccode, readPubspec } from './yaml-manifests.js';

type Reader = (text: string, path: string) => DeclaredLicense[];

const READERS: Readonly<Record<string, Reader>> = {
  npm: readPackageJson,
  composer: readComposerJson,
  pyproject: readPyproject,
  setupCfg: readSetupCfg,
  setupPy: readSetupPy,
  cargo: readCargoToml,
  gemspec: readGemspec,
  pom: readPom,
  msbuild: readMsbuild,
  rDescription: readDescription,
  pubspec: readPubspec,
  mix: readMixExs,
  publiccode: readPubliccode,
};

const NAMES = Object.entries(places.manifests).map(([name, kind]) => {
  const reader = READERS[kind];
  if (!reader) throw new Error(`declared-license-places.json: no reader "${kind}" for ${name}`);
  return { name: name.toLowerCase(), reader, rootOnly: places.rootOnly.includes(name) };
});
const SKIP = new Set(places.skipFolders.map((f) => f.toLowerCase()));

export const MANIFEST_READS: readonly string[] = Object.entries(places.manifests).flatMap(([name]) =>
  places.rootOnly.includes(name) ? [name] : [name, `*/${name}`],
);

const fits = (pattern: string, file: string) =>
  pattern.startsWith('*') ? file.endsWith(pattern.slice(1)) && file.length > pattern.length - 1 : file === pattern;

function readerFor(path: string): Reader | undefined {
  const parts = path.toLowerCase().split('/');
  if (parts.length > 2) return undefined;
  const [folder, file] = parts.length === 2 ? [parts[0] ?? '', parts[1] ?? ''] : ['', parts[0] ?? ''];
  if (folder !== '' && (SKIP.has(folder) || folder.startsWith('.'))) return undefined;
  return NAMES.find((n) => fits(n.name, file) && !(n.rootOnly && folder !== ''))?.reader;
}

/** Root manifests first: they speak for the project, package folders for their package. */
export function manifestDeclarations(repo: RepoSnapshot): DeclaredLicense[] {
  const depth = (path: string) => (path.includes('/') ? 1 : 0);
  // Only files whose text was read can declare anything: far fewer than repo.files on big trees.
  const paths = [...repo.texts.keys()]
    .filter((p) => readerFor(p))
    .sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : 1));
  return paths.flatMap((path) => {
    const reader = readerFor(path);
    const text = repo.texts.get(path);
    return reader && text !== undefined ? reader(text, path) : [];
  });
}
