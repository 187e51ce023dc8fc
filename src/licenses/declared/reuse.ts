/**
 * REUSE (reuse.software/spec): `.reuse/dep5` (Debian copyright format), `REUSE.toml` annotations, and
 * the ids named by the files in LICENSES/ (LICENSES/MIT.txt declares MIT), each with the paths it covers.
 */
import { readToml } from '../../manifests/toml-lines.js';
import { tomlString, tomlStrings } from '../../manifests/toml-values.js';
import type { RepoSnapshot } from '../../model/snapshot.js';
import { readDep5 } from './dep5.js';
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';

export const REUSE_READS: readonly string[] = ['.reuse/dep5', 'REUSE.toml'];

const LICENSE_FILE = /^LICENSES\/([^/]+?)(?:\.[A-Za-z0-9]{1,8})?$/;
const ID_KEY = 'SPDX-License-Identifier';

function reuseToml(text: string, path: string): DeclaredLicense[] {
  const doc = readToml(text);
  if (doc.badLine)
    return [unparseable({ path, method: 'reuse', source: `${path} is not TOML` }, doc.badLine.text, doc.badLine.line)];
  const annotations = doc.entries.filter((e) => e.table === 'annotations');
  const elements = [...new Set(annotations.map((e) => e.element))];
  return elements.flatMap((element) => {
    const entries = annotations.filter((e) => e.element === element);
    const id = entries.find((e) => e.key === ID_KEY);
    const paths = entries.find((e) => e.key === 'path');
    const value = id ? tomlString(id.value) : undefined;
    if (!id || value === undefined) return [];
    const covers = paths ? tomlStrings(paths.value).join(' ') : undefined;
    return [
      record(value, { path, line: id.line, method: 'reuse', source: 'REUSE.toml', ...(covers ? { covers } : {}) }) ??
        [],
    ].flat();
  });
}

/** repo.files is sorted by path: the folder's files are one run, found by bisection. */
function pathsUnder(repo: RepoSnapshot, folder: string): string[] {
  let [low, high] = [0, repo.files.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((repo.files[mid]?.path ?? '') < folder) low = mid + 1;
    else high = mid;
  }
  const out: string[] = [];
  for (let i = low; repo.files[i]?.path.startsWith(folder); i++) out.push(repo.files[i]?.path ?? '');
  return out;
}

/** LICENSES/<id>.txt: covered paths are those dep5 / REUSE.toml give the same id. */
function licenseFolder(repo: RepoSnapshot, annotated: readonly DeclaredLicense[]): DeclaredLicense[] {
  return pathsUnder(repo, 'LICENSES/').flatMap((path) => {
    const id = LICENSE_FILE.exec(path)?.[1];
    const found = id ? record(id, { path, line: 1, method: 'reuse', source: 'LICENSES/ folder' }) : undefined;
    if (!found) return [];
    const expression = found.expression ?? '';
    const covering = annotated.filter((a) => (a.expression ?? '').split(/[\s()]+/).includes(expression));
    const covers = [...new Set(covering.flatMap((a) => (a.covers ? [a.covers] : [])))].join(' ');
    return [{ ...found, ...(covers ? { covers } : {}) }];
  });
}

export function reuseDeclarations(repo: RepoSnapshot): DeclaredLicense[] {
  const dep5 = repo.texts.get('.reuse/dep5');
  const toml = repo.texts.get('REUSE.toml');
  const annotated = [
    ...(dep5 === undefined ? [] : readDep5(dep5, '.reuse/dep5')),
    ...(toml === undefined ? [] : reuseToml(toml, 'REUSE.toml')),
  ];
  return [...annotated, ...licenseFolder(repo, annotated)];
}
