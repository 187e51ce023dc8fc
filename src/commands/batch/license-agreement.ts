/**
 * Does what the registry declares agree with the license dpg-check found? Compared at family level:
 * the registry files deprecated ids (GPL-3.0) where a repository says GPL-3.0-only or -or-later, and a
 * product may declare a code license and a content license of which the repository holds only one.
 */
import { familyOf, licenseIdsIn, listedId } from '../../licenses/ids.js';

export type Agreement = 'agree' | 'disagree' | 'not-found' | 'not-declared';

const NOT_A_LICENSE = /^(?:NOASSERTION|NONE|OTHER|LicenseRef-.*|DocumentRef-.*)$/i;
const OPERATOR = /^(?:AND|OR|WITH)$/i;

export function compareLicenses(declared: readonly string[], detected: string | null): Agreement {
  const wanted = new Set(declared.map(registryFamily).filter((f) => f !== ''));
  if (wanted.size === 0) return 'not-declared';
  const found = familiesOf(detected);
  if (found.size === 0) return 'not-found';
  return [...wanted].some((family) => found.has(family)) ? 'agree' : 'disagree';
}

/** A registry entry is one id, possibly one the DPGA list files under an alias. */
const registryFamily = (id: string): string => familyOf(listedId(id.trim()));

/**
 * The families of the licenses an expression names. Values that are not SPDX are read word by word
 * ("MIT License" names MIT), and placeholders such as NOASSERTION or a LicenseRef name no license.
 */
export function familiesOf(expression: string | null): Set<string> {
  if (expression === null) return new Set();
  const words = licenseIdsIn(expression)
    .flatMap((id) => id.split(/\s+/))
    .filter((word) => !OPERATOR.test(word));
  return new Set(words.filter((id) => !NOT_A_LICENSE.test(id)).map(registryFamily));
}
