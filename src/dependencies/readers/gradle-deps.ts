/**
 * Gradle build scripts (Groovy and Kotlin DSL) and version catalogs. Test/debug/annotation-processor
 * configurations are dev; product-flavour configurations (`playImplementation`) are optional, since another
 * flavour builds without them.
 */
import { bracketBalance, linesOf } from '../../manifests/lines.js';
import { readToml } from '../../manifests/toml-lines.js';
import type { DepRef, Reader, Scope } from '../dep-ref.js';

/** `implementation '…'`, `implementation("…")` and the Kotlin DSL's quoted `"playImplementation"(…)`. */
const CONFIGURATION = /^\s*["']?([A-Za-z]\w*)["']?\s*[(\s'"]/;
const DEV_CONFIGURATION =
  /^(?:test|androidTest|testFixtures|debug|lint|detekt|ktlint|kapt|ksp|annotationProcessor|compileOnly|coreLibraryDesugaring|testCompile)/;
const FLAVOUR_CONFIGURATION = /^([a-z][A-Za-z0-9]*?)(?:Implementation|Api|RuntimeOnly|Compile)$/;
const COORDINATE = /["']([\w.-]+):([\w.-]+)(?::([^"'\s]*))?["']/g;
const MAP_COORDINATE = /\bgroup\s*[:=]\s*["']([\w.-]+)["']\s*,\s*name\s*[:=]\s*["']([\w.-]+)["']/g;
const PLUGIN = /(?:\bid\s*(?:\(\s*)?|apply\s+plugin:\s*)["']([\w.-]+)["']/g;
const CATALOG_ACCESSOR = /\blibs\.((?:plugins\.)?[A-Za-z][\w]*(?:\.[A-Za-z][\w]*)*)/g;
const APPLY_FALSE = /\bapply\s*\(?\s*false\b/;

function gradleScope(line: string): { scope: Scope; via?: string } {
  const config = CONFIGURATION.exec(line)?.[1] ?? '';
  if (DEV_CONFIGURATION.test(config)) return { scope: 'dev', via: config };
  const flavour = FLAVOUR_CONFIGURATION.exec(config)?.[1];
  if (flavour && flavour !== 'release')
    return { scope: 'optional', via: `${config} (flavour or build type ${flavour})` };
  return { scope: 'runtime' };
}

/** Coordinates (`group:artifact[:version]`, map notation), plugin ids and version-catalog accessors (`libs.firebase.auth`). */
export const gradle: Reader = (text) => {
  let inComment = false;
  let balance = 0;
  const refs = linesOf(text).flatMap((raw, i): DepRef[] => {
    const line = stripComments(raw, inComment);
    inComment = line.inComment;
    balance += bracketBalance(line.code, '{', '}', /$^/);
    if (APPLY_FALSE.test(line.code)) return [];
    const at = { line: i + 1, ...gradleScope(line.code) };
    const coordinates = [...line.code.matchAll(COORDINATE), ...line.code.matchAll(MAP_COORDINATE)].map((m): DepRef => ({
      ecosystem: 'maven',
      name: `${m[1]}:${m[2]}`,
      version: m[3] || undefined,
      ...at,
    }));
    const plugins = [...line.code.matchAll(PLUGIN)].map((m): DepRef => ({
      ecosystem: 'gradle',
      name: m[1] ?? '',
      ...at,
    }));
    const accessors = [...line.code.matchAll(CATALOG_ACCESSOR)]
      .filter((m) => !m[1]?.startsWith('versions.'))
      .map((m): DepRef => ({
        ecosystem: m[1]?.startsWith('plugins.') ? 'gradle' : 'maven',
        name: '',
        alias: `libs.${(m[1] ?? '').replace(/\.get$/, '')}`,
        ...at,
      }));
    return [...coordinates, ...plugins, ...accessors];
  });
  return {
    refs,
    problem:
      balance === 0 ? undefined : { line: 1, reason: `unbalanced braces (${balance > 0 ? 'missing }' : 'extra }'})` },
  };
};

/** `//` line comments (after a space or at the start) and `/* … *\/` block comments, in one pass over the line. */
function stripComments(raw: string, inComment: boolean): { code: string; inComment: boolean } {
  let code = '';
  let comment = inComment;
  let from = 0;
  for (let i = 0; i < raw.length; i += 1) {
    if (comment) {
      if (raw[i] === '*' && raw[i + 1] === '/') [comment, from, i] = [false, i + 2, i + 1];
    } else if (raw[i] === '/' && raw[i + 1] === '*') {
      [code, comment, i] = [code + raw.slice(from, i), true, i + 1];
    } else if (raw[i] === '/' && raw[i + 1] === '/' && (i === 0 || raw[i - 1] === ' ' || raw[i - 1] === '\t')) {
      return { code: code + raw.slice(from, i), inComment: false };
    }
  }
  return { code: comment ? code : code + raw.slice(from), inComment: comment };
}

const MODULE = /\bmodule\s*=\s*"([\w.-]+):([\w.-]+)"/;
const GROUP_NAME = /\bgroup\s*=\s*"([\w.-]+)"[^}]*?\bname\s*=\s*"([\w.-]+)"/;
const PLUGIN_ID = /\bid\s*=\s*"([\w.-]+)"/;
const SHORT = /^"([\w.-]+):([\w.-]+)(?::[^"]*)?"/;

/** gradle/libs.versions.toml: `[libraries]`, `[bundles]` and `[plugins]`, each with its accessor (`libs.firebase.auth`). */
export const versionCatalog: Reader = (text) => {
  const doc = readToml(text);
  const libraries = new Map<string, DepRef>();
  const refs = doc.entries.flatMap((e): DepRef[] => {
    const accessor = e.key.replace(/[-_.]+/g, '.');
    if (e.table === 'plugins') {
      const id = PLUGIN_ID.exec(e.value)?.[1] ?? SHORT.exec(e.value)?.[1];
      return id ? [{ ecosystem: 'gradle', name: id, line: e.line, alias: `libs.plugins.${accessor}` }] : [];
    }
    if (e.table === 'bundles') return bundleRefs(e.value, e.line, `libs.bundles.${accessor}`, libraries);
    const m =
      e.table === 'libraries' ? (MODULE.exec(e.value) ?? GROUP_NAME.exec(e.value) ?? SHORT.exec(e.value)) : null;
    if (!m) return [];
    const ref: DepRef = { ecosystem: 'maven', name: `${m[1]}:${m[2]}`, line: e.line, alias: `libs.${accessor}` };
    libraries.set(accessor, ref);
    return [ref];
  });
  return { refs, problem: doc.badLine ? { line: doc.badLine.line, reason: 'not TOML' } : undefined };
};

/** A bundle's members, as copies of the library entries under the bundle's accessor. */
function bundleRefs(value: string, line: number, alias: string, libraries: ReadonlyMap<string, DepRef>): DepRef[] {
  return [...value.matchAll(/"([^"]+)"/g)].flatMap((m) => {
    const library = libraries.get((m[1] ?? '').replace(/[-_.]+/g, '.'));
    return library ? [{ ...library, line, alias, bundled: true }] : [];
  });
}
