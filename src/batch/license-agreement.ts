/**
 * Does what the registry declares agree with the license dpg-check found? Compared at family level:
 * the registry files deprecated ids (GPL-3.0) where a repository says GPL-3.0-only or -or-later, and a
 * product may declare a code license and a content license of which the repository holds only one.
 */
import policy from '../data/dpg-licenses.json' with { type: 'json' };

export type Agreement = 'agree' | 'disagree' | 'not-found' | 'not-declared';

const aliases = new Map<string, string>(Object.entries(policy.aliases).map(([from, to]) => [from.toLowerCase(), to]));
const NOT_A_LICENSE = /^(?:NOASSERTION|NONE|OTHER|LicenseRef-.*|DocumentRef-.*)$/i;

export function compareLicenses(declared: readonly string[], detected: string | null): Agreement {
  const wanted = new Set(declared.map(familyOf).filter((f) => f !== ''));
  if (wanted.size === 0) return 'not-declared';
  const found = familiesOf(detected);
  if (found.size === 0) return 'not-found';
  return [...wanted].some((family) => found.has(family)) ? 'agree' : 'disagree';
}

/** The ids of an SPDX expression, without operators or exceptions. */
export function familiesOf(expression: string | null): Set<string> {
  if (expression === null) return new Set();
  const tokens = expression.split(/[()\s]+/).filter((token) => token !== '');
  // Operators go, and so does the exception named after each WITH.
  const ids = tokens.filter((token, i) => !/^(?:AND|OR|WITH)$/i.test(token) && !/^WITH$/i.test(tokens[i - 1] ?? ''));
  return new Set(ids.filter((id) => !NOT_A_LICENSE.test(id)).map(familyOf));
}

export function familyOf(id: string): string {
  const trimmed = id.trim();
  const listed = aliases.get(trimmed.toLowerCase()) ?? trimmed;
  return listed.toUpperCase().replace(/\+$/, '').replace(/-(?:ONLY|OR-LATER)$/, '');
}
