/**
 * Go (go.mod) and Dart/Flutter (pubspec.yaml, pubspec.lock), line by line.
 */
import { linesOf } from '../../manifests/lines.js';
import { yamlEntry, yamlProblem } from '../../manifests/yaml-lines.js';
import type { DepRef, Parsed, Reader, Scope } from '../dep-ref.js';

const GO_BLOCK = /^\s*(require|tool|replace|exclude|retract)\s*\(\s*$/;
const GO_LINE = /^\s*(?:(require|tool|replace|exclude|retract)\s+)?(\S+)(?:\s+(v\S+))?/;

/** go.mod: `require` (with `// indirect` as transitive) and Go 1.24 `tool` lines (dev). */
export const goMod: Reader = (text) => {
  let block = '';
  let module = false;
  const refs = linesOf(text).flatMap((line, i): DepRef[] => {
    const code = line.replace(/\/\/.*$/, '').trim();
    if (code === ')') {
      block = '';
      return [];
    }
    const opened = GO_BLOCK.exec(code)?.[1];
    if (opened) {
      block = opened;
      return [];
    }
    module ||= /^module\s/.test(code);
    const m = code === '' ? null : GO_LINE.exec(code);
    const kind = m?.[1] ?? block;
    if (!m?.[2] || (kind !== 'require' && kind !== 'tool') || !m[2].includes('.')) return [];
    const indirect = /\/\/\s*indirect\b/.test(line);
    return [
      {
        ecosystem: 'go',
        name: m[2],
        version: m[3],
        line: i + 1,
        scope: kind === 'tool' ? 'dev' : 'runtime',
        via: kind === 'tool' ? 'tool' : undefined,
        transitive: indirect || undefined,
      },
    ];
  });
  return { refs, problem: module || text.trim() === '' ? undefined : { line: 1, reason: 'no module directive' } };
};

const PUBSPEC_SECTIONS: Readonly<Record<string, Scope>> = { dependencies: 'runtime', dev_dependencies: 'dev' };

/** pubspec.yaml: the keys directly under `dependencies:` and `dev_dependencies:` (not `dependency_overrides:`). */
export const pubspec: Reader = (text) => {
  const lines = linesOf(text);
  let scope: Scope | undefined;
  let indent: number | undefined;
  const refs = lines.flatMap((line, i): DepRef[] => {
    const e = yamlEntry(line);
    if (!e?.key) return [];
    if (e.indent === 0) {
      [scope, indent] = [PUBSPEC_SECTIONS[e.key], undefined];
      return [];
    }
    if (!scope) return [];
    indent ??= e.indent;
    return e.indent === indent
      ? [
          {
            ecosystem: 'pub',
            name: e.key,
            version: e.value || undefined,
            line: i + 1,
            scope,
            via: scope === 'dev' ? 'dev_dependencies' : undefined,
          },
        ]
      : [];
  });
  return { refs, problem: yamlProblem(lines) };
};

const PUB_KINDS: Readonly<Record<string, Pick<DepRef, 'scope' | 'transitive'>>> = {
  'direct main': { scope: 'runtime' },
  'direct overridden': { scope: 'runtime' },
  'direct dev': { scope: 'dev' },
  transitive: { transitive: true },
};

/** pubspec.lock: each package's `dependency:` kind (direct main, direct dev, transitive) and `version:`. */
export const pubspecLock: Reader = (text) => {
  const lines = linesOf(text);
  const refs: DepRef[] = [];
  let inPackages = false;
  lines.forEach((line, i) => {
    const e = yamlEntry(line);
    if (!e?.key) return;
    if (e.indent === 0) inPackages = e.key === 'packages';
    else if (inPackages && e.indent === 2) refs.push({ ecosystem: 'pub', name: e.key, line: i + 1 });
    const last = refs.at(-1);
    if (!inPackages || e.indent !== 4 || !last) return;
    if (e.key === 'dependency') refs[refs.length - 1] = { ...last, ...PUB_KINDS[e.value] };
    if (e.key === 'version') refs[refs.length - 1] = { ...last, version: e.value };
  });
  const parsed: Parsed = { refs, problem: yamlProblem(lines) };
  return parsed;
};
