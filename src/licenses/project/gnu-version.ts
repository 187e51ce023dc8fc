/**
 * The full texts of the GNU licenses do not say "only" or "or any later version": the project's notice
 * does. Settle the choice from the evidence, and say -or-later only when something states it.
 */
import type { DeclaredLicense } from '../declared/index.js';
import { familiesIn, familyOf, licenseIdsIn } from '../ids.js';
import type { LicenseTextMatch } from '../text/index.js';
import type { TextEvidence } from './expression.js';

const OR_LATER = /-or-later$|\+$/i;
const ONLY = /-only$/i;

export function settleVersionChoice(
  found: readonly { path: string; match: LicenseTextMatch }[],
  declared: readonly DeclaredLicense[],
): { texts: TextEvidence[]; reasoning: string[] } {
  const reasoning: string[] = [];
  const texts = found.map(({ path, match }) => {
    if (match.versionChoice !== 'unspecified') return { path, match, spdx: match.spdx };
    const family = familyOf(match.spdx);
    const base = match.spdx.replace(/-only$/i, '');
    // A bare "GPL-3.0" in a manifest states nothing either; only an explicit -only, -or-later or + counts.
    const statement = declared.find(
      (d) => d.expression && [...familiesIn(d.expression)].includes(family) && states(d.expression, base),
    );
    const orLater = statement?.expression ? OR_LATER.test(idIn(statement.expression, base) ?? '') : false;
    const spdx = `${base}-${orLater ? 'or-later' : 'only'}`;
    reasoning.push(
      statement
        ? `${path} holds the ${base} text; ${statement.source} (${statement.path}:${statement.line}) says ${statement.expression}: ${spdx}`
        : `${path} holds the ${base} text and nothing says "or any later version": ${spdx}`,
    );
    return { path, match, spdx };
  });
  return { texts, reasoning };
}

function states(expression: string, base: string): boolean {
  const id = idIn(expression, base) ?? '';
  return OR_LATER.test(id) || ONLY.test(id);
}

/** The id for `base` as written in the expression (GPL-3.0-or-later, GPL-3.0+, GPL-3.0-only). */
function idIn(expression: string, base: string): string | undefined {
  const lower = base.toLowerCase();
  return licenseIdsIn(expression).find((id) => {
    const l = id.toLowerCase();
    return l === lower || ((OR_LATER.test(l) || ONLY.test(l)) && l.replace(/-only$|-or-later$|\+$/, '') === lower);
  });
}
