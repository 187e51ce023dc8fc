import { defineCheck } from '../define.js';
import type { Finding } from '../../model/finding.js';
import type { DeclaredLicense } from '../../licenses/declared/index.js';
import type { LicenseFacts } from '../../licenses/project/index.js';

const messages = {
  agree: '{{source}} declares {{expression}}, consistent with the license text',
  conflict: '{{source}} declares {{declared}} but {{licensePath}} holds {{text}}',
  repaired: '{{source}} says "{{raw}}", read as {{expression}}: write the SPDX id so every tool reads it the same way',
  invalid: '{{source}} says "{{raw}}", which is not an SPDX license expression',
  proprietary: '{{source}} says "{{raw}}": the package is marked as not licensed for reuse',
  nothingToCompare: 'Only one kind of license evidence found; nothing to compare',
};
type Id = keyof typeof messages;

/** Manifests and README sections speak for the whole project; sampled headers and REUSE may differ per file. */
const PROJECT_WIDE = new Set<DeclaredLicense['method']>(['manifest', 'readme']);

export default defineCheck({
  meta: {
    id: 'open-license/license-sources-agree',
    indicator: '2',
    level: 'recommended',
    title: 'License files, manifests and the README name the same license',
    rationale:
      'Reviewers question a product whose manifest or README says one license and whose LICENSE file says another: which one applies is then unclear.',
    remediation:
      'Make the manifest license fields (package.json, pyproject.toml, publiccode.yml …) and the README name the same SPDX license as the LICENSE file, written as an SPDX id or expression (e.g. "Apache-2.0", "GPL-3.0-or-later").',
    reads: [],
    messages,
  },
  run: ({ facts }) => {
    const licenses = facts.licenses;
    const projectWide = licenses.declared.filter((d) => PROJECT_WIDE.has(d.method));
    if (projectWide.length === 0 || licenses.texts.length === 0) {
      const wording = projectWide.flatMap(wordingProblem);
      return wording.length > 0 ? wording : [{ outcome: 'not-applicable', messageId: 'nothingToCompare' }];
    }
    return projectWide.flatMap((d) => [...wordingProblem(d), ...agreement(d, licenses)]);
  },
});

function agreement(d: DeclaredLicense, licenses: LicenseFacts): Finding<Id>[] {
  if (d.expression === null) return [];
  const at = { path: d.path, line: d.line };
  const conflict = licenses.conflicts.find((c) => c.declared === d);
  return conflict
    ? [
        {
          outcome: 'warn',
          messageId: 'conflict',
          ...at,
          data: { source: d.source, declared: d.expression, licensePath: conflict.text.path, text: conflict.text.spdx },
        },
      ]
    : [{ outcome: 'pass', messageId: 'agree', ...at, data: { source: d.source, expression: d.expression } }];
}

function wordingProblem(d: DeclaredLicense): Finding<Id>[] {
  const at = { path: d.path, line: d.line };
  if (d.problem === 'proprietary')
    return [{ outcome: 'warn', messageId: 'proprietary', ...at, data: { source: d.source, raw: d.raw } }];
  if (d.problem === 'invalid')
    return [{ outcome: 'warn', messageId: 'invalid', ...at, data: { source: d.source, raw: d.raw } }];
  if (d.repairedFrom !== undefined && d.expression) {
    return [
      {
        outcome: 'warn',
        messageId: 'repaired',
        ...at,
        data: { source: d.source, raw: d.repairedFrom, expression: d.expression },
      },
    ];
  }
  return [];
}
