/**
 * The license the owner declares in dpg.yml (license[].spdx) against the license the repository shows
 * (ctx.facts.licenses: texts, manifests, README, host). GPL-3.0, GPL-3.0-only and GPL-3.0-or-later compare
 * as one family, since the DPGA's own list still uses the deprecated ids.
 */
import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import { claimAt } from '../../declarations/claims.js';
import { familiesIn, familyOf } from '../../licenses/ids.js';

const messages = {
  agrees: '{{claim}} declares {{declared}}; the repository shows {{detected}}',
  differs: '{{claim}} declares {{declared}} but the repository shows {{detected}} ({{evidence}})',
  partly: '{{claim}} declares {{declared}}, which the repository does not show: it shows {{detected}} ({{evidence}})',
  nothingDetected: '{{claim}} declares {{declared}}, but no license was found in the repository to compare it with',
  undeclared: 'No license declared in dpg.yml or publiccode.yml: the application will use the detected one',
};
type Id = keyof typeof messages;

export default defineCheck({
  meta: {
    id: 'open-license/declared-license-matches',
    indicator: '2',
    level: 'recommended',
    title: 'The license declared in dpg.yml is the one the repository shows',
    rationale:
      'The application states a license; reviewers check it against the LICENSE file and manifests, and a mismatch makes them ask which one applies.',
    remediation:
      'Make license[].spdx in dpg.yml name the license of the LICENSE file (as an SPDX id), or change the LICENSE file if the declaration is the intended license.',
    reads: [],
    messages,
  },
  run: ({ declaration, declared, facts }) => {
    const ids = (declaration?.license ?? []).map((l) => l.spdx.trim()).filter(Boolean);
    if (ids.length === 0) return [{ outcome: 'not-applicable', messageId: 'undeclared' }];
    const at = claimAt(declared, 'license');
    // The finding itself points at the claim's line, so the message names only its file.
    const claim = at?.path ?? declared?.path ?? 'dpg.yml';
    const cite = at ? { path: at.path, line: at.line } : {};
    const { expression } = facts.licenses;
    // publiccode.yml is also a license manifest: its claim must not count as evidence for itself. Nor does a
    // manifest or README that the license texts contradict (setup.py "4-Clause BSD" beside a BSD-3-Clause text).
    const contradicted = new Set(facts.licenses.conflicts.map((c) => `${c.declared.path}\0${c.declared.expression}`));
    const detected = facts.licenses.detected.filter(
      (d) => d.path !== at?.path && !contradicted.has(`${d.path}\0${d.spdx}`),
    );
    if (expression === null)
      return [{ outcome: 'warn', messageId: 'nothingDetected', ...cite, data: { claim, declared: ids.join(', ') } }];
    const shown = new Set([...familiesIn(expression), ...detected.flatMap((d) => [...familiesIn(d.spdx)])]);
    const unmatched = ids.filter((id) => ![...familiesIn(id)].every((f) => shown.has(familyOf(f))));
    const evidence = detected.find((d) => d.path !== null)?.path ?? 'host metadata';
    const data = { claim, declared: ids.join(', '), detected: expression, evidence };
    return [verdict(unmatched, ids.length, data, cite)];
  },
});

/** All declared ids shown: pass; none: fail; some (e.g. a content license beside the code's): warn about the rest. */
function verdict(
  unmatched: readonly string[],
  total: number,
  data: Record<string, string>,
  cite: { path?: string; line?: number },
): Finding<Id> {
  if (unmatched.length === 0) return { outcome: 'pass', messageId: 'agrees', ...cite, data };
  if (unmatched.length === total) return { outcome: 'fail', messageId: 'differs', ...cite, data };
  return { outcome: 'warn', messageId: 'partly', ...cite, data: { ...data, declared: unmatched.join(', ') } };
}
