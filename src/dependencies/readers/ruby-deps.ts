/** Ruby: Gemfile (`group … do` blocks, `group:` options, optional groups) and Gemfile.lock (specs and their edges). */
import { linesOf } from '../../manifests/lines.js';
import type { Problem } from '../../manifests/problem.js';
import type { DepRef, Reader, Scope } from '../dep-ref.js';
import { isDevGroup } from '../dev-names.js';

const GEM = /^\s*gem\s*\(?\s*["']([^"']+)["'](?:\s*,\s*["']([^"']+)["'])?/;
const BLOCK_START = /\bdo\s*(?:\|[^|]*\|)?\s*$|^\s*(?:if|unless|case|while|until|begin|def|class|module)\b/;
const BLOCK_END = /^\s*end\b/;
const GROUP_LINE = /^\s*group\b/;
const GROUP_NAMES = /:(\w+)\b(?!\s*(?:=>|:))|["'](\w+)["']/g;
const INLINE_GROUP = /\bgroups?:\s*(\[[^\]]{0,200}\]|:\w+|["']\w+["'])/;
const OPTIONAL_GROUP = /\boptional:\s*true\b/;

/** The scope of a `group :a, :b do` block or an inline `group: [...]`: dev only when every group is. */
function groupScope(names: string): Scope {
  const groups = [...names.matchAll(GROUP_NAMES)].map((m) => m[1] ?? m[2] ?? '').filter((g) => g !== 'optional');
  return groups.length > 0 && groups.every(isDevGroup) ? 'dev' : 'runtime';
}

/** Gemfile: `gem` lines, scoped by the `group … do` blocks around them or their own `group:` option. */
export const gemfile: Reader = (text) => {
  const blocks: { scope: Scope; via?: string; line: number }[] = [];
  let problem: Problem | undefined;
  const refs = linesOf(text).flatMap((line, i): DepRef[] => {
    if (BLOCK_END.test(line)) {
      if (!blocks.pop()) problem ??= { line: i + 1, reason: '`end` without a block' };
      return [];
    }
    if (BLOCK_START.test(line)) {
      const group = GROUP_LINE.test(line);
      const scope: Scope = !group
        ? 'runtime'
        : OPTIONAL_GROUP.test(line)
          ? 'optional'
          : groupScope(line.replace(/\bdo\b.*$/, ''));
      blocks.push({ scope, via: group ? line.trim().replace(/\s+do\b.*$/, '') : undefined, line: i + 1 });
      return [];
    }
    const gem = GEM.exec(line);
    if (!gem?.[1]) return [];
    const inline = INLINE_GROUP.exec(line)?.[1];
    const block = blocks.find((b) => b.scope === 'dev') ?? blocks.find((b) => b.scope === 'optional');
    const scope: Scope = inline && groupScope(inline) === 'dev' ? 'dev' : (block?.scope ?? 'runtime');
    return [
      {
        ecosystem: 'gem',
        name: gem[1],
        version: gem[2],
        line: i + 1,
        scope,
        via: inline ? `group: ${inline}` : block?.via,
      },
    ];
  });
  const unclosed = blocks[0];
  return { refs, problem: problem ?? (unclosed ? { line: unclosed.line, reason: 'block without `end`' } : undefined) };
};

const LOCK_SECTION = /^[A-Z][A-Z ]*$/;
const LOCK_SPEC = /^ {4}([^\s(]+)(?: \(([^)]*)\))?$/;
const LOCK_SPEC_DEP = /^ {6}([^\s(]+)/;
const LOCK_DIRECT = /^ {2}([^\s(!]+)/;

/** Gemfile.lock: `specs:` entries with their dependency edges; `DEPENDENCIES` marks the direct ones. */
export const gemfileLock: Reader = (text) => {
  const refs: DepRef[] = [];
  const edges = new Map<string, string[]>();
  const direct = new Set<string>();
  let section = '';
  let deps: string[] | undefined;
  linesOf(text).forEach((line, i) => {
    if (LOCK_SECTION.test(line)) {
      section = line;
      deps = undefined;
      return;
    }
    const spec = LOCK_SPEC.exec(line);
    if (spec?.[1] && section !== 'DEPENDENCIES') {
      refs.push({ ecosystem: 'gem', name: spec[1], version: spec[2], line: i + 1, transitive: true });
      deps = edges.get(spec[1]) ?? [];
      edges.set(spec[1], deps);
      return;
    }
    const dep = LOCK_SPEC_DEP.exec(line)?.[1];
    if (dep && deps) deps.push(dep);
    const named = section === 'DEPENDENCIES' ? LOCK_DIRECT.exec(line)?.[1] : undefined;
    if (named) direct.add(named);
  });
  const problem =
    section === '' && text.trim() !== '' ? { line: 1, reason: 'no GEM or DEPENDENCIES section' } : undefined;
  return { refs: refs.map((r) => (direct.has(r.name) ? { ...r, transitive: false } : r)), edges, problem };
};
