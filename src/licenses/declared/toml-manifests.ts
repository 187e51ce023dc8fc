/** pyproject.toml (PEP 621/639, Poetry, Flit) and Cargo.toml license declarations. */
import { readToml, type TomlEntry } from '../../manifests/toml-lines.js';
import { tomlField, tomlString, tomlStrings } from '../../manifests/toml-values.js';
import type { DeclaredLicense } from './model.js';
import { record, unparseable } from './record.js';
import { classifierRecord } from './trove.js';

const PYTHON_TABLES = new Set(['project', 'tool.poetry', 'tool.flit.metadata']);
const CARGO_TABLES = new Set(['package', 'workspace.package']);

function seeFile(file: string, entry: TomlEntry, path: string, source: string): DeclaredLicense {
  return {
    expression: null,
    raw: file,
    path,
    line: entry.line,
    method: 'manifest',
    source: `${source}, see ${file}`,
    problem: 'see-file',
  };
}

function pyprojectEntry(entry: TomlEntry, path: string): DeclaredLicense[] {
  const at = { path, line: entry.line, method: 'manifest' as const };
  const source = `pyproject.toml [${entry.table}] ${entry.key}`;
  if (entry.key === 'classifiers') {
    return tomlStrings(entry.value).flatMap(
      (c) => classifierRecord(c, { ...at, source: 'pyproject classifiers' }) ?? [],
    );
  }
  if (entry.key !== 'license' && entry.key !== 'license-expression') return [];
  const file = tomlField(entry.value, 'file');
  if (file !== undefined) return [seeFile(file, entry, path, source)];
  const value = tomlString(entry.value) ?? tomlField(entry.value, 'text');
  return value === undefined ? [] : [record(value, { ...at, source }) ?? []].flat();
}

export function readPyproject(text: string, path: string): DeclaredLicense[] {
  const doc = readToml(text);
  if (doc.badLine)
    return [
      unparseable({ path, method: 'manifest', source: `${path} is not TOML` }, doc.badLine.text, doc.badLine.line),
    ];
  return doc.entries.filter((e) => PYTHON_TABLES.has(e.table)).flatMap((e) => pyprojectEntry(e, path));
}

/** Cargo: `license` is an SPDX expression, `license-file` a non-standard license; `license.workspace = true` inherits. */
export function readCargoToml(text: string, path: string): DeclaredLicense[] {
  const doc = readToml(text);
  if (doc.badLine)
    return [
      unparseable({ path, method: 'manifest', source: `${path} is not TOML` }, doc.badLine.text, doc.badLine.line),
    ];
  return doc.entries
    .filter((e) => CARGO_TABLES.has(e.table))
    .flatMap((entry) => {
      const value = tomlString(entry.value);
      const source = `Cargo.toml [${entry.table}] ${entry.key}`;
      if (value === undefined) return [];
      if (entry.key === 'license-file') return [seeFile(value, entry, path, source)];
      if (entry.key !== 'license') return [];
      return [record(value, { path, line: entry.line, method: 'manifest', source }) ?? []].flat();
    });
}
