/** Line-based readers for Python manifests: requirements*.txt, pyproject.toml and Pipfile. */
import type { DepRef, Reader } from './package-deps.js';

const REQUIREMENT = /^\s*([A-Za-z0-9][A-Za-z0-9._-]*)/;

export const requirementsTxt: Reader = (text) =>
  text.split('\n').flatMap((line, i) => {
    const name = REQUIREMENT.exec(line)?.[1];
    return name ? [{ ecosystem: 'pypi' as const, name, line: i + 1 }] : [];
  });

const TOML_COMMENT = /\s#.*$/;
const DEPENDENCIES_ARRAY = /^\s*dependencies\s*=\s*\[/;
const TOML_HEADER = /^\s*\[\[?([^\]]+)\]/;
const TOML_KEY_SECTIONS = /^(?:tool\.poetry\.dependencies|packages)$/;
const TOML_KEY = /^\s*["']?([A-Za-z0-9][A-Za-z0-9._-]*)["']?\s*=/;
const PEP508_STRING = /["']([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]"']*\]\s*)?(?:[<>=!~;@(][^"']*)?["']/g;

/** pyproject.toml `[project] dependencies = [...]`, `[tool.poetry.dependencies]`, Pipfile `[packages]`. */
export const pythonToml: Reader = (text) => {
  let section = '';
  let inArray = false;
  return text.split('\n').flatMap((raw, i) => {
    const line = raw.replace(TOML_COMMENT, '');
    const header = inArray ? null : TOML_HEADER.exec(line);
    if (header?.[1]) section = header[1].trim();
    if (header) return [];
    if (TOML_KEY_SECTIONS.test(section)) return pypi(TOML_KEY.exec(line)?.[1], i);
    if (section !== 'project') return [];
    if (DEPENDENCIES_ARRAY.test(line)) inArray = true;
    if (!inArray) return [];
    if (line.trim().endsWith(']')) inArray = false;
    return [...line.matchAll(PEP508_STRING)].flatMap((m) => pypi(m[1], i));
  });
};

const pypi = (name: string | undefined, index: number): DepRef[] =>
  name ? [{ ecosystem: 'pypi', name, line: index + 1 }] : [];
