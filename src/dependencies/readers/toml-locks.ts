/**
 * `[[package]]` lock files: poetry.lock, uv.lock and Cargo.lock, read line by line (they can pass the
 * 20,000 lines the TOML reader takes). Scope comes from Poetry's `category`/`optional` where present,
 * otherwise from the dependency edges and the manifest beside the lock (../settle.ts).
 */
import { linesOf } from '../../manifests/lines.js';
import type { DepRef, Ecosystem, Reader, Scope } from '../dep-ref.js';

const HEADER = /^\[\[?\s*([^\]]+?)\s*\]\]?\s*(?:#.*)?$/;
const STRING_KEY = /^([A-Za-z0-9_-]+)\s*=\s*"([^"]*)"/;
const BARE_KEY = /^"?([A-Za-z0-9][A-Za-z0-9._-]*)"?\s*=/;
const NAME_FIELD = /\bname\s*=\s*"([^"]+)"/g;
const ARRAY_STRING = /"([^"\s]+)(?:\s[^"]*)?"/g;
const CATEGORY: Readonly<Record<string, Scope>> = { main: 'runtime', dev: 'dev' };

interface Current {
  index: number;
  deps: string[];
  inArray: boolean;
}

export const tomlPackageLock =
  (ecosystem: Ecosystem): Reader =>
  (text) => {
    const refs: DepRef[] = [];
    const edges = new Map<string, string[]>();
    let table = '';
    let current: Current | undefined;
    let problem: { line: number; reason: string } | undefined;
    linesOf(text).forEach((raw, i) => {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) return;
      const header = current?.inArray ? undefined : HEADER.exec(line)?.[1];
      if (header !== undefined) {
        table = header;
        if (header === 'package')
          current = {
            index: refs.push({ ecosystem, name: '', line: i + 1, transitive: true }) - 1,
            deps: [],
            inArray: false,
          };
        else if (!header.startsWith('package.')) current = undefined;
        return;
      }
      if (current) readPackageLine(ecosystem, line, i, table, current, refs, edges);
      else if (!/[=\]]/.test(line)) problem ??= { line: i + 1, reason: 'not TOML' };
    });
    const named = refs.filter((r) => r.name !== '');
    const empty = named.length === 0 && text.trim() !== '' && !text.includes('[[package]]');
    return {
      refs: named,
      edges,
      problem: problem ?? (empty ? { line: 1, reason: 'no [[package]] entries' } : undefined),
    };
  };

function readPackageLine(
  ecosystem: Ecosystem,
  line: string,
  i: number,
  table: string,
  current: Current,
  refs: DepRef[],
  edges: Map<string, string[]>,
): void {
  const ref = refs[current.index];
  if (!ref) return;
  if (current.inArray || (table === 'package' && /^dependencies\s*=\s*\[/.test(line))) {
    const found = ecosystem === 'cargo' ? line.matchAll(ARRAY_STRING) : line.matchAll(NAME_FIELD);
    for (const m of found) if (m[1]) current.deps.push(m[1]);
    current.inArray = !line.endsWith(']') && !line.endsWith('],');
    return;
  }
  if (table === 'package.dependencies') {
    const dep = BARE_KEY.exec(line)?.[1];
    if (dep) current.deps.push(dep);
    return;
  }
  const pair = table === 'package' ? STRING_KEY.exec(line) : null;
  if (pair?.[1] === 'name' && pair[2]) {
    refs[current.index] = { ...ref, name: pair[2], line: i + 1 };
    edges.set(pair[2], current.deps);
  } else if (pair?.[1] === 'version') refs[current.index] = { ...ref, version: pair[2] };
  else if (pair?.[1] === 'category' && CATEGORY[pair[2] ?? ''])
    refs[current.index] = { ...ref, scope: CATEGORY[pair[2] ?? ''] === 'dev' ? 'dev' : (ref.scope ?? 'runtime') };
  else if (table === 'package' && /^optional\s*=\s*true\b/.test(line) && ref.scope !== 'dev')
    refs[current.index] = { ...ref, scope: 'optional' };
}

export const poetryLock = tomlPackageLock('pypi');
export const uvLock = tomlPackageLock('pypi');
export const cargoLock = tomlPackageLock('cargo');
